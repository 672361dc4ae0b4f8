using QuoteExtract.Detection;

namespace QuoteExtract.Attribution;

/// <summary>
/// The quotations of one kind (whole quotes or fragments) looked up by position: by exact bounds, by start, by end,
/// by overlap and by containment, each answer the one a scan of the list in order would give. A news article holds a
/// few dozen quotations, which a scan reads fastest; past <see cref="ScanLimit"/> the lookups go through a
/// <see cref="SpanIndex"/>, so a text with thousands of quotations costs time in proportion to its size. One instance
/// serves one attributor (one thread): overlap look-ups remember where the last one began.
/// </summary>
internal sealed class QuotationLookup
{
    /// <summary>Up to this many quotations, each lookup scans the list.</summary>
    private const int ScanLimit = 32;

    /// <summary>The quotations' bounds in list order, read by the scans as an array (no interface call or object per step).</summary>
    private readonly TextSpan[] spans;
    private readonly SpanIndex? index;
    private readonly HashSet<int>? ends;

    /// <summary>Where the last overlap look-up began: an attributor asks in order of position, so the next begins near it.</summary>
    private int overlapHint;

    public QuotationLookup(IReadOnlyList<QuotedSpan> quotations)
    {
        spans = new TextSpan[quotations.Count];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = new TextSpan(quotations[i].Start, quotations[i].End);
        }

        if (spans.Length > ScanLimit)
        {
            var bounds = spans;
            index = new SpanIndex(bounds.Length, i => bounds[i]);
            ends = [.. bounds.Select(s => s.End)];
        }
    }

    /// <summary>The first quotation with exactly these bounds, or -1.</summary>
    public int IndexOf(int start, int end)
    {
        if (index is null)
        {
            for (int i = 0; i < spans.Length; i++)
            {
                if (spans[i].Start == start && spans[i].End == end)
                {
                    return i;
                }
            }

            return -1;
        }

        // Equal starts are in list order, so the first match is the first in the list.
        for (int p = index.CountStartingBefore(start); p < index.Count && index.StartAt(p) == start; p++)
        {
            if (index.EndAt(p) == end)
            {
                return index.IndexAt(p);
            }
        }

        return -1;
    }

    /// <summary>The first quotation that starts at <paramref name="start"/>, or -1.</summary>
    public int IndexOfStart(int start)
    {
        if (index is null)
        {
            for (int i = 0; i < spans.Length; i++)
            {
                if (spans[i].Start == start)
                {
                    return i;
                }
            }

            return -1;
        }

        int p = index.CountStartingBefore(start);
        return p < index.Count && index.StartAt(p) == start ? index.IndexAt(p) : -1;
    }

    /// <summary>Whether a quotation ends at <paramref name="end"/>.</summary>
    public bool AnyEndsAt(int end)
    {
        if (ends is not null)
        {
            return ends.Contains(end);
        }

        foreach (var q in spans)
        {
            if (q.End == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first quotation in list order that overlaps <paramref name="span"/>, or -1.</summary>
    public int FirstOverlapping(TextSpan span)
    {
        if (index is not null)
        {
            return index.FirstOverlapping(span, ref overlapHint);
        }

        for (int i = 0; i < spans.Length; i++)
        {
            if (span.Overlaps(spans[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The quotations that lie inside <paramref name="span"/>.</summary>
    public List<int> Inside(TextSpan span)
    {
        var result = new List<int>();
        if (index is not null)
        {
            index.Inside(span, result);
            return result;
        }

        for (int i = 0; i < spans.Length; i++)
        {
            if (span.Contains(spans[i]))
            {
                result.Add(i);
            }
        }

        return result;
    }
}
