using System.Runtime.InteropServices;

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

    /// <summary>
    /// The mentions' ends and starts, each sorted, once there are many (<see cref="ClusterSet.AddMention"/>): the nearest
    /// mention to a position is then found by binary search instead of a scan of every mention.
    /// </summary>
    private (List<int> Ends, List<int> Starts)? sorted;

    /// <summary>
    /// How far <paramref name="span"/> is from the nearest mention of this entity: the gap when the mention ends before
    /// the span starts, four times the gap when it starts after the span ends; <see cref="int.MaxValue"/> when every
    /// mention overlaps the span.
    /// </summary>
    public int NearestMentionDistance(TextSpan span)
    {
        int best = int.MaxValue;
        if (sorted is not var (ends, starts))
        {
            foreach (var mention in Mentions)
            {
                int distance = mention.End <= span.Start ? span.Start - mention.End : 4 * (mention.Start - span.End);
                if (distance >= 0 && distance < best)
                {
                    best = distance;
                }
            }

            return best;
        }

        // The last end at or before the span's start, and the first start at or after its end.
        int before = SortedInts.CountAtMost(CollectionsMarshal.AsSpan(ends), span.Start) - 1;
        if (before >= 0)
        {
            best = span.Start - ends[before];
        }

        int after = SortedInts.CountBelow(CollectionsMarshal.AsSpan(starts), span.End);
        if (after < starts.Count)
        {
            best = Math.Min(best, 4 * (starts[after] - span.End));
        }

        return best;
    }

    /// <summary>Adds a mention's bounds to the sorted lists, made from every mention (this one included) the first time.</summary>
    public void IndexMention(TextSpan span)
    {
        if (sorted is not var (ends, starts))
        {
            sorted = ([.. Mentions.Select(m => m.End).Order()], [.. Mentions.Select(m => m.Start).Order()]);
            return;
        }

        ends.Insert(SortedInts.CountAtMost(CollectionsMarshal.AsSpan(ends), span.End), span.End);
        starts.Insert(SortedInts.CountAtMost(CollectionsMarshal.AsSpan(starts), span.Start), span.Start);
    }
}
