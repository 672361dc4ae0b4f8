using System.Buffers;

namespace QuoteExtract.Evaluation;

/// <summary>
/// score.py's <c>norm()</c> and <c>charset()</c>: a span is compared without the quotation marks, punctuation
/// and white space at its ends and without one leading "that ". Offsets outside the text are clamped to it
/// (score.py would fail on them).
/// </summary>
internal static class SpanNormalizer
{
    private static readonly SearchValues<char> Edge = SearchValues.Create(
        "\"'“”‘’«»„‚‹›「」『』" + ",;:.!?—–-…()[] \t\r\n\u00a0");

    /// <summary>The trimmed span; the span itself when trimming would leave nothing.</summary>
    public static TextSpan Normalize(string text, int start, int end)
    {
        int s = Math.Clamp(start, 0, text.Length);
        int e = Math.Clamp(end, 0, text.Length);
        int s0 = s, e0 = e;
        for (int round = 0; round < 3; round++)
        {
            while (s < e && Edge.Contains(text[s]))
            {
                s++;
            }

            while (e > s && Edge.Contains(text[e - 1]))
            {
                e--;
            }

            // text[s:s + 5].lower() == 'that ' looks past the end of the span, as score.py does.
            if (StartsWithThat(text, s))
            {
                s += 5;
            }
            else
            {
                break;
            }
        }

        return s < e ? new TextSpan(s, e) : new TextSpan(s0, e0);
    }

    /// <summary>
    /// The characters of a quote as sorted, disjoint, non-adjacent ranges: the union of its normalised parts
    /// (or of its normalised hull when it has no parts). The count of characters two quotes share is what the
    /// overlap match compares.
    /// </summary>
    public static IReadOnlyList<TextSpan> Characters(string text, EvalQuote quote)
    {
        IReadOnlyList<TextSpan> parts = quote.Parts ?? [new TextSpan(quote.Start, quote.End)];
        var ranges = new List<TextSpan>(parts.Count);
        foreach (var part in parts)
        {
            var n = Normalize(text, part.Start, part.End);
            if (n.End > n.Start)
            {
                ranges.Add(n);
            }
        }

        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TextSpan>(ranges.Count);
        foreach (var r in ranges)
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, r.End));
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }

    /// <summary>The number of characters in a set of ranges made by <see cref="Characters"/>.</summary>
    public static int Count(IReadOnlyList<TextSpan> ranges) => ranges.Sum(r => r.Length);

    /// <summary>The number of characters two sets of ranges made by <see cref="Characters"/> share.</summary>
    public static int Overlap(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b)
    {
        int shared = 0, i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            int lo = Math.Max(a[i].Start, b[j].Start);
            int hi = Math.Min(a[i].End, b[j].End);
            if (hi > lo)
            {
                shared += hi - lo;
            }

            if (a[i].End < b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    private static bool StartsWithThat(string text, int s) =>
        s + 5 <= text.Length
        && (text[s] | 0x20) == 't' && (text[s + 1] | 0x20) == 'h' && (text[s + 2] | 0x20) == 'a' && (text[s + 3] | 0x20) == 't'
        && text[s + 4] == ' ';
}
