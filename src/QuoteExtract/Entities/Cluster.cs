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
    public List<int>? SortedEnds;

    /// <inheritdoc cref="SortedEnds"/>
    public List<int>? SortedStarts;

    /// <summary>
    /// How far <paramref name="span"/> is from the nearest mention of this entity: the gap when the mention ends before
    /// the span starts, four times the gap when it starts after the span ends; <see cref="int.MaxValue"/> when every
    /// mention overlaps the span.
    /// </summary>
    public int NearestMentionDistance(TextSpan span)
    {
        int best = int.MaxValue;
        if (SortedEnds is null || SortedStarts is null)
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
        int before = UpperBound(SortedEnds, span.Start) - 1;
        if (before >= 0)
        {
            best = span.Start - SortedEnds[before];
        }

        int after = LowerBound(SortedStarts, span.End);
        if (after < SortedStarts.Count && SortedStarts[after] >= span.End)
        {
            best = Math.Min(best, 4 * (SortedStarts[after] - span.End));
        }

        return best;
    }

    /// <summary>Adds a mention's bounds to the sorted lists, made from every mention the first time.</summary>
    public void IndexMention(TextSpan span)
    {
        if (SortedEnds is null || SortedStarts is null)
        {
            SortedEnds = [.. Mentions.Select(m => m.End).Order()];
            SortedStarts = [.. Mentions.Select(m => m.Start).Order()];
            return;
        }

        SortedEnds.Insert(UpperBound(SortedEnds, span.End), span.End);
        SortedStarts.Insert(UpperBound(SortedStarts, span.Start), span.Start);
    }

    /// <summary>The number of values in the sorted list that are at most <paramref name="value"/>.</summary>
    private static int UpperBound(List<int> sorted, int value)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The number of values in the sorted list that are less than <paramref name="value"/>.</summary>
    private static int LowerBound(List<int> sorted, int value)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
