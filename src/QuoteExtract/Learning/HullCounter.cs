using QuoteExtract.Attribution;

namespace QuoteExtract.Learning;

/// <summary>
/// Counts the candidates whose hulls overlap a span, without comparing it with each of them: a hull overlaps a
/// non-empty span [s, e) exactly when it starts before e and does not end at or before s, and every hull that ends
/// at or before s also starts before e. So the count is (hulls starting before e) − (hulls ending at or before s),
/// two binary searches over the starts and the ends, each sorted once per document.
/// </summary>
internal sealed class HullCounter
{
    private readonly IReadOnlyList<QuoteCandidate> candidates;
    private readonly int[] starts;
    private readonly int[] ends;

    /// <summary>Whether every hull has End ≥ Start, which the subtraction needs; otherwise spans are compared one by one.</summary>
    private readonly bool ordered = true;

    public HullCounter(IReadOnlyList<QuoteCandidate> candidates)
    {
        this.candidates = candidates;
        starts = new int[candidates.Count];
        ends = new int[candidates.Count];
        for (int i = 0; i < candidates.Count; i++)
        {
            var hull = candidates[i].Hull;
            starts[i] = hull.Start;
            ends[i] = hull.End;
            ordered &= hull.End >= hull.Start;
        }

        Array.Sort(starts);
        Array.Sort(ends);
    }

    /// <summary>How many candidates other than the one at <paramref name="except"/> have a hull that overlaps <paramref name="span"/>.</summary>
    public int CountOverlapping(TextSpan span, int except)
    {
        if (!ordered || span.IsEmpty)
        {
            int count = 0;
            for (int k = 0; k < candidates.Count; k++)
            {
                count += k != except && candidates[k].Hull.Overlaps(span) ? 1 : 0;
            }

            return count;
        }

        int overlapping = SortedInts.CountBelow(starts, span.End) - SortedInts.CountBelow(ends, span.Start + 1);
        return overlapping - (except >= 0 && except < candidates.Count && candidates[except].Hull.Overlaps(span) ? 1 : 0);
    }
}
