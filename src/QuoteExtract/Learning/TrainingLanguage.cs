using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Learning;

/// <summary>
/// Whether a text is in the language the hybrid models were trained on (English news). On other languages the
/// learned scorer would judge candidates by English habits (on German news it dropped almost every quote), so
/// hybrid mode falls back to the rules there. The test is cheap: English function words must make up at least a
/// tenth of the words and outnumber German ones (every PolNeAR document but one very short list passes; no German
/// WikiNews document does).
/// </summary>
internal static class TrainingLanguage
{
    private const double MinimumShare = 0.1;

    private static readonly Lexicon English = new(
        ["the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "was", "with", "as", "by", "at", "it", "he", "said", "from", "his", "be", "are", "have", "has", "not", "but", "this"],
        ignoreCase: true);

    private static readonly Lexicon German = new(
        ["der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des", "auf", "für", "im", "dem", "sagte", "wurde", "es", "als", "auch"],
        ignoreCase: true);

    public static bool Matches(TextAnalysis analysis)
    {
        int words = 0, english = 0, german = 0;
        for (int t = 0; t < analysis.Tokens.Length; t++)
        {
            if (analysis.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = analysis.TokenText(t);
            words++;
            english += English.Contains(word) ? 1 : 0;
            german += German.Contains(word) ? 1 : 0;
        }

        return english >= MinimumShare * words && english > german;
    }
}
