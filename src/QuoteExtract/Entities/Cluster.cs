namespace QuoteExtract.Entities;

/// <summary>One entity being built: its name forms, titles, kind, gender and mentions.</summary>
internal sealed class Cluster
{
    public string Name = string.Empty;
    public string Key = string.Empty;
    public EntityKind Kind;
    public readonly List<string> Titles = [];
    public readonly List<TextSpan> Mentions = [];
    public char Gender = 'n';
    public bool Speaks;

    /// <summary>Position in the document's list of clusters: earlier clusters win ties, as a scan of the list in order would decide.</summary>
    public int Index;

    /// <summary>The mentions as a set, made once there are many (<see cref="ClusterSet.AddMention"/>).</summary>
    public HashSet<TextSpan>? MentionSet;

    /// <summary>A group named by a plural noun ("polls", "the aides"): "he" and "she" never refer to it.</summary>
    public bool Plural;
}
