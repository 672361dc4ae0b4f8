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

    /// <summary>The words of <see cref="Titles"/>, for the nominal lookup.</summary>
    public readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A group named by a plural noun ("polls", "the aides"): "he" and "she" never refer to it.</summary>
    public bool Plural;
}
