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
        if (IsTitle(analysis, inner, words))
        {
            return false;
        }

        if (words >= minimumWords)
        {
            return true;
        }

        // A short quoted sentence: "Absolutely not." / "Why?"
        char last = text[inner.End - 1];
        bool sentenceEnd = last is '.' or '!' or '?' or '…';
        return !span.IsSingle && sentenceEnd && char.IsUpper(text[inner.Start]) && words >= 1;
    }

    /// <summary>
    /// A title of a work, show or section: every word capitalized ("The Steve Harvey Morning Show",
    /// 'Coal Isn't the Villain.'), short function words aside, at most twelve words.
    /// </summary>
    private static bool IsTitle(TextAnalysis analysis, TextSpan inner, int words)
    {
        if (words < 2 || words > 12)
        {
            return false;
        }

        var text = analysis.Text;
        int lowercase = 0;
        for (int t = analysis.TokenAtOrAfter(inner.Start); t < analysis.Tokens.Length && analysis.Tokens[t].Start < inner.End; t++)
        {
            var token = analysis.Tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                if (token.Kind == TokenKind.Punctuation && text[token.Start] is '?' or '!' or ';')
                {
                    return false;
                }

                continue;
            }

            var word = token.Slice(text);
            if (char.IsLower(word[0]))
            {
                if (word.Length > 4 || !(word is "a" or "an" or "the" or "of" or "and" or "or" or "in" or "on" or "at" or "to" or "for" or "by" or "with" or "from" or "vs" or "is"))
                {
                    return false;
                }

                lowercase++;
            }
            else if (word is "I" or "I'm" or "I’m" or "We" or "You")
            {
                return false; // "I Will Win" is more often speech than a title
            }
        }

        return lowercase < words;
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
