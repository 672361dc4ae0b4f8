namespace QuoteExtract.Attribution;

/// <summary>
/// Spans (quotations, candidate hulls) indexed by position, so that a stage asks "which spans overlap or contain
/// this one" in time proportional to the answer instead of comparing every pair. Spans are kept in order of start,
/// beside the greatest end reached so far; a query starts at the first span that reaches past its start and stops at
/// its end. Read-only once built.
/// </summary>
internal sealed class SpanIndex
{
    private readonly int[] order;
    private readonly int[] starts;
    private readonly int[] ends;
    private readonly int[] reach;

    /// <summary>Whether the list was already in order of start (the usual case), so the first overlapping span found is the first in the list.</summary>
    private readonly bool inListOrder = true;

    /// <summary>Indexes <paramref name="count"/> spans, the i-th given by <paramref name="spanAt"/>(i).</summary>
    public SpanIndex(int count, Func<int, TextSpan> spanAt)
    {
        var spans = new TextSpan[count];
        order = new int[count];
        for (int i = 0; i < count; i++)
        {
            spans[i] = spanAt(i);
            order[i] = i;
        }

        // By start, and by position in the list among equal starts, so "first" answers keep list order (a list already
        // in order of start, as quotations and candidates usually are, needs no sort).
        bool sorted = true;
        for (int i = 1; i < count && sorted; i++)
        {
            sorted = spans[i - 1].Start <= spans[i].Start;
        }

        if (!sorted)
        {
            Array.Sort(order, (x, y) => spans[x].Start != spans[y].Start ? spans[x].Start.CompareTo(spans[y].Start) : x.CompareTo(y));
        }
        starts = new int[count];
        ends = new int[count];
        reach = new int[count];
        int max = int.MinValue;
        for (int p = 0; p < count; p++)
        {
            var span = spans[order[p]];
            starts[p] = span.Start;
            ends[p] = span.End;
            max = Math.Max(max, span.End);
            reach[p] = max;
            inListOrder &= order[p] == p;
        }
    }

    /// <summary>How many spans there are.</summary>
    public int Count => order.Length;

    /// <summary>The list index of the span at sorted position <paramref name="p"/>.</summary>
    public int IndexAt(int p) => order[p];

    /// <summary>The start of the span at sorted position <paramref name="p"/>.</summary>
    public int StartAt(int p) => starts[p];

    /// <summary>The end of the span at sorted position <paramref name="p"/>.</summary>
    public int EndAt(int p) => ends[p];

    /// <summary>The greatest end of the spans at sorted positions up to <paramref name="p"/>.</summary>
    public int ReachAt(int p) => reach[p];

    /// <summary>The first sorted position at or after which a span ends after <paramref name="position"/>; no span before it does.</summary>
    public int FirstEndingAfter(int position) => SortedInts.CountAtMost(reach, position);

    /// <summary>
    /// <see cref="CountStartingBefore(int)"/> for queries that mostly move forward: <paramref name="hint"/> holds the
    /// previous answer, and the answer is found by stepping on from it when it lies a few spans ahead, else by binary
    /// search. The answer is the same either way; <paramref name="hint"/> becomes it.
    /// </summary>
    public int CountStartingBefore(int position, ref int hint)
    {
        const int MaxSteps = 8;
        int p = hint;
        if (p >= 0 && p <= starts.Length && (p == 0 || starts[p - 1] < position))
        {
            for (int end = Math.Min(starts.Length, p + MaxSteps); p < end && starts[p] < position; p++)
            {
            }

            if (p == starts.Length || starts[p] >= position)
            {
                return hint = p;
            }
        }

        return hint = CountStartingBefore(position);
    }

    /// <summary>How many spans start before <paramref name="position"/> (also the first sorted position that starts at or after it).</summary>
    public int CountStartingBefore(int position) => SortedInts.CountBelow(starts, position);

    /// <summary>
    /// <see cref="FirstEndingAfter(int)"/> for queries that mostly move forward, stepping on from the previous answer in
    /// <paramref name="hint"/> when it lies a few spans ahead (the same answer as the binary search).
    /// </summary>
    public int FirstEndingAfter(int position, ref int hint)
    {
        const int MaxSteps = 8;
        int p = hint;
        if (p >= 0 && p <= reach.Length && (p == 0 || reach[p - 1] <= position))
        {
            for (int end = Math.Min(reach.Length, p + MaxSteps); p < end && reach[p] <= position; p++)
            {
            }

            if (p == reach.Length || reach[p] > position)
            {
                return hint = p;
            }
        }

        return hint = FirstEndingAfter(position);
    }

    /// <summary>The list index of the first span (in list order) that overlaps <paramref name="span"/>, or -1.</summary>
    public int FirstOverlapping(TextSpan span)
    {
        int hint = -1;
        return FirstOverlapping(span, ref hint);
    }

    /// <summary><see cref="FirstOverlapping(TextSpan)"/>, its first look-up stepping on from <paramref name="hint"/> (see <see cref="FirstEndingAfter(int, ref int)"/>).</summary>
    public int FirstOverlapping(TextSpan span, ref int hint)
    {
        int first = -1;
        for (int p = FirstEndingAfter(span.Start, ref hint); p < starts.Length && starts[p] < span.End; p++)
        {
            if (ends[p] > span.Start && (first < 0 || order[p] < first))
            {
                first = order[p];
                if (inListOrder)
                {
                    break; // later positions come later in the list too
                }
            }
        }

        return first;
    }

    /// <summary>Adds to <paramref name="into"/> the list index of every span that lies inside <paramref name="span"/>.</summary>
    public void Inside(TextSpan span, List<int> into)
    {
        for (int p = CountStartingBefore(span.Start); p < starts.Length && starts[p] <= span.End; p++)
        {
            if (ends[p] <= span.End)
            {
                into.Add(order[p]);
            }
        }
    }
}
