using QuoteExtract.Tokenization;

namespace QuoteExtract.Detection;

/// <summary>
/// What the detection stage hands to attribution: every quoted span of the text in order, and the same spans split
/// into direct quotes (reported on their own) and fragments (scare quotes, titles, nicknames, which attribution may
/// fold into a mixed quote but never reports alone).
/// </summary>
/// <param name="All">Every quoted span, in text order.</param>
/// <param name="Direct">The spans that read as quotations (<see cref="DirectQuoteDetector.IsQuoteLike"/>).</param>
/// <param name="Fragments">The other spans.</param>
internal sealed record Quotations(IReadOnlyList<QuotedSpan> All, IReadOnlyList<QuotedSpan> Direct, IReadOnlyList<QuotedSpan> Fragments)
{
    /// <summary>
    /// The detection stage: pairs the quotation marks of <paramref name="analysis"/> (<see cref="QuoteMarkScanner"/>)
    /// and tells direct quotes from fragments, a direct quote having at least <paramref name="minimumDirectQuoteWords"/> words.
    /// </summary>
    public static Quotations Detect(TextAnalysis analysis, int minimumDirectQuoteWords)
    {
        var all = QuoteMarkScanner.Scan(analysis);
        var direct = new List<QuotedSpan>();
        var fragments = new List<QuotedSpan>();
        int previousEnd = -1;
        foreach (var span in all)
        {
            bool quoteLike = DirectQuoteDetector.IsQuoteLike(analysis, span, minimumDirectQuoteWords, previousEnd);
            previousEnd = span.End;
            (quoteLike ? direct : fragments).Add(span);
        }

        return new Quotations(all, direct, fragments);
    }
}
