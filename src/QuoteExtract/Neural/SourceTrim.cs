using QuoteExtract.Tokenization;

namespace QuoteExtract.Neural;

/// <summary>
/// Trims a tagged source span to the speaker mention PolNeAR marks. Measured on dev, the tagger's source spans that
/// overlap the gold speaker but miss its bounds most often run on into what follows the name: a conjunction
/// ("… Office, and"), a participle clause ("Trump, speaking to veterans"), or a
/// phrase of time or circumstance ("federal prosecutors in April", "Hillary Clinton, like Obama"); or they open with
/// "that". Each is cut off.
/// </summary>
internal static class SourceTrim
{
    /// <summary>The trimmed token range of a source span over tokens [first, last].</summary>
    public static (int First, int Last) Trim(TextAnalysis a, int first, int last)
    {
        if (last > first && a.TokenText(first) is "that")
        {
            first++;
        }

        // PolNeAR's speaker spans keep a comma that closes an apposition ("Caddell,"), but not one before a cut phrase.
        int end = last;
        last = CutCommaClause(a, first, last);
        while (last > first)
        {
            var word = a.TokenText(last);
            if ((word is "," && last < end) || (IsLower(word) && a.Lexicons.Words.SourceConjunctions.Contains(word)))
            {
                last--;
            }
            else if (TimeTail(a, first, last) is int cut)
            {
                last = cut;
            }
            else
            {
                break;
            }
        }

        return (first, last);
    }

    /// <summary>
    /// "Trump, speaking to a veterans group", "Hillary Clinton, like Obama": the span ends before the first comma that
    /// opens an -ing clause or a comparison. One pass over the span.
    /// </summary>
    private static int CutCommaClause(TextAnalysis a, int first, int last)
    {
        for (int t = first + 1; t < last; t++)
        {
            if (a.TokenText(t) is "," && a.TokenText(t + 1) is var next
                && (next is "like" || (next.Length > 4 && IsLower(next) && next.EndsWith("ing", StringComparison.Ordinal))))
            {
                return t - 1;
            }
        }

        return last;
    }

    /// <summary>
    /// Where a trailing phrase of time begins ("in April", "on Tuesday", "this month", "in late August"), as the last
    /// token kept before it; null when the span does not end in one.
    /// </summary>
    private static int? TimeTail(TextAnalysis a, int first, int last)
    {
        // A phrase of time: an opener, then only words of time or years ("in late August", "this month", "in 2001").
        int t = last;
        while (t > first && (a.Lexicons.Words.TimeWords.Contains(a.TokenText(t)) || IsYear(a.TokenText(t))))
        {
            t--;
        }

        // "a poll released last week" keeps its time: PolNeAR marks the participle's phrase with the noun.
        int? cut = null;
        if (t < last && t > first && a.Lexicons.Words.SourceTails.Contains(a.TokenText(t)) && IsLower(a.TokenText(t)))
        {
            cut = t - 1;
        }
        else if (t < last && a.Lexicons.Words.SourceTails.Contains(a.TokenText(t + 1)) && IsLower(a.TokenText(t + 1)))
        {
            cut = t; // "this week", "last year": the opener is itself a word of time
        }

        if (cut is int kept && !(IsLower(a.TokenText(kept)) && a.TokenText(kept).EndsWith("ed", StringComparison.Ordinal)))
        {
            return kept;
        }

        return null;
    }

    private static bool IsYear(ReadOnlySpan<char> word) => word.Length == 4 && (word.StartsWith("19") || word.StartsWith("20")) && int.TryParse(word, out _);

    private static bool IsLower(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]);
}
