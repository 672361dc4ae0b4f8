using QuoteExtract.Attribution;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Neural;

/// <summary>
/// Drops an article or a coordinating conjunction ("a", "the", "and", "but"; the language's word lists) that ends a
/// quote's content: a report does not stop on one (of PolNeAR train's 22,900 content parts, 3 end on one with no
/// punctuation after it, and one of them is a quote's last part), but the tagger's and hybrid mode's spans sometimes
/// run on into the first word of what follows ("… ancient societies like Easter Island and", "… a “crazy system”
/// during a"). Only the last part is trimmed, and only words standing at its very end, with no punctuation after them.
/// </summary>
internal static class ContentTrim
{
    /// <summary>Trims the last part of every quote in place; <paramref name="quoted"/> gives a trimmed quote its type again.</summary>
    public static void Apply(TextAnalysis analysis, bool[] quoted, List<QuoteCandidate> quotes)
    {
        var words = analysis.Lexicons.Words;
        foreach (var quote in quotes)
        {
            var (from, to) = analysis.TokenRange(quote.Parts[^1]);
            int last = to - 1;
            while (last > from && analysis.Tokens[last].Kind == TokenKind.Word
                && (words.Articles.Contains(analysis.TokenText(last)) || words.Coordinators.Contains(analysis.TokenText(last))))
            {
                last--;
            }

            if (last == to - 1)
            {
                continue;
            }

            quote.Parts[^1] = new TextSpan(quote.Parts[^1].Start, analysis.Tokens[last].End);
            quote.Type = RuleInputs.TypeOf(analysis, quoted, quote.Parts);
        }
    }
}
