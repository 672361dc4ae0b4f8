using QuoteExtract.Tokenization;

namespace QuoteExtract.Detection;

/// <summary>
/// Decides which quoted spans are direct quotes. A quote is a span of several words or a quoted sentence;
/// short spans (scare quotes, titles, nicknames: the “temporary” bridge, 'Shivering') are fragments, which
/// later stages may fold into a mixed quote but never report on their own.
/// </summary>
internal static class DirectQuoteDetector
{
    public static bool IsQuoteLike(TextAnalysis analysis, QuotedSpan span, int minimumWords, int previousQuoteEnd = -1)
    {
        var text = analysis.Text;
        var inner = span.Inner(text);
        if (inner.IsEmpty)
        {
            return false;
        }

        int words = CountWords(analysis, inner);
        bool followsCue = FollowsCue(analysis, span);
        if (followsCue && words >= 2 && text[inner.End - 1] is '.' or '!' or '?' && analysis.TokenText(analysis.TokenAtOrAfter(span.Start) - 1) is ",")
        {
            return true; // the second part of a split quote: "he said, “and they're terrifying.”"
        }

        if (!followsCue && (IsTitle(analysis, inner, words) || (!FollowsQuote(analysis, span, previousQuoteEnd) && IsEmbeddedFragment(analysis, span, inner, words))))
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
    /// A quotation right after another ("“… at all “We will …”" where the first lost its closing mark) or
    /// after "and"/"or" and another (‘We lost the boat’ and ‘we lost our jobs’): a list of quotations, not a
    /// fragment of a paraphrase.
    /// </summary>
    private static bool FollowsQuote(TextAnalysis analysis, QuotedSpan span, int previousQuoteEnd)
    {
        if (previousQuoteEnd < 0 || previousQuoteEnd > span.Start)
        {
            return false;
        }

        var between = analysis.Text.AsSpan(previousQuoteEnd, span.Start - previousQuoteEnd).Trim();
        return between.IsEmpty || between is "," or ", and" || analysis.Lexicons.Words.QuoteJoiners.Contains(between);
    }

    /// <summary>"singing “It's Our Time.”", "said: “…”": a cue right before the marks makes the span speech.</summary>
    private static bool FollowsCue(TextAnalysis analysis, QuotedSpan span)
    {
        int before = analysis.TokenAtOrAfter(span.Start) - 1;
        if (before >= 0 && analysis.TokenText(before) is "," or ":")
        {
            before--;
        }

        return before >= 0 && analysis.Tokens[before].Kind == TokenKind.Word && analysis.Lexicons.CueWords.TryGet(analysis.TokenText(before), out var cue) && !cue.Weak;
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
                // A question, an exclamation or a full stop before the end is speech ("The Donald. Big Daddy.").
                if (token.Kind == TokenKind.Punctuation && (text[token.Start] is '?' or '!' or ';' || (text[token.Start] == '.' && token.End < inner.End - 1)))
                {
                    return false;
                }

                continue;
            }

            var word = token.Slice(text);
            if (!char.IsUpper(word[0]))
            {
                if (word.Length > 4 || !analysis.Lexicons.Words.TitleSmallWords.Contains(word))
                {
                    return false;
                }

                lowercase++;
            }
            else if (analysis.Lexicons.Words.SpeechOpeners.Contains(word))
            {
                return false; // "I Will Win" is more often speech than a title
            }
        }

        return lowercase < words;
    }

    /// <summary>
    /// A short quoted phrase inside a sentence (a motto, a label, a fragment of a paraphrase): it follows a
    /// word or an appositive comma rather than a cue, and holds no sentence of its own. Such a span is a
    /// fragment; a cue around it makes it part of a mixed quote.
    /// </summary>
    private static bool IsEmbeddedFragment(TextAnalysis analysis, QuotedSpan span, TextSpan inner, int words)
    {
        const int MaxFragmentWords = 7;
        if (words > MaxFragmentWords || span.Paragraphs > 1)
        {
            return false;
        }

        var text = analysis.Text;
        char last = text[inner.End - 1];
        if (last is '.' or '!' or '?' or '…')
        {
            return false;
        }

        int before = analysis.TokenAtOrAfter(span.Start) - 1;
        if (before < 0 || analysis.SentenceOfToken[before] != analysis.SentenceOfToken[before + 1])
        {
            return false;
        }

        var previous = analysis.Tokens[before];
        var previousText = previous.Slice(text);
        if (previous.Kind == TokenKind.Word)
        {
            return !analysis.Lexicons.CueWords.TryGet(previousText, out _) && !analysis.Lexicons.Words.NamingPrepositions.Contains(previousText);
        }

        // "The regiment's motto, “Steady in the storm”, is …": an appositive between commas.
        return previousText is "," && before > 0 && analysis.Tokens[before - 1].Kind == TokenKind.Word
            && !analysis.Lexicons.CueWords.TryGet(analysis.Tokens[before - 1].Slice(text), out _)
            && span.End < text.Length && text.AsSpan(span.End).TrimStart().StartsWith(",");
    }

    public static int CountWords(TextAnalysis analysis, TextSpan span) => analysis.CountWords(span);
}
