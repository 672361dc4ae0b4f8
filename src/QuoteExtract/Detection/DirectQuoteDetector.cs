using QuoteExtract.Tokenization;

namespace QuoteExtract.Detection;

/// <summary>
/// Decides which quoted spans are direct quotes. A quote is a span of several words or a quoted sentence;
/// short spans (scare quotes, titles, nicknames: the “temporary” bridge, 'Shivering') are fragments, which
/// later stages may fold into a mixed quote but never report on their own.
/// </summary>
internal static class DirectQuoteDetector
{
    public static bool IsQuoteLike(TextAnalysis analysis, QuotedSpan span, int minimumWords)
    {
        var text = analysis.Text;
        var inner = span.Inner(text);
        if (inner.IsEmpty)
        {
            return false;
        }

        int words = CountWords(analysis, inner);
        if (words >= minimumWords)
        {
            return true;
        }

        // A short quoted sentence: "Absolutely not." / "Why?"
        char last = text[inner.End - 1];
        bool sentenceEnd = last is '.' or '!' or '?' or '…';
        return !span.IsSingle && sentenceEnd && char.IsUpper(text[inner.Start]) && words >= 1;
    }

    public static int CountWords(TextAnalysis analysis, TextSpan span)
    {
        int count = 0;
        for (int t = analysis.TokenAtOrAfter(span.Start); t < analysis.Tokens.Length && analysis.Tokens[t].Start < span.End; t++)
        {
            if (analysis.Tokens[t].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Url or TokenKind.Email)
            {
                count++;
            }
        }

        return count;
    }
}
