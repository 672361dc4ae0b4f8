using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Learning;

/// <summary>
/// Whether a text is in the language the hybrid models were trained on (English news). On other languages the
/// learned scorer would judge candidates by English habits (on German news it dropped almost every quote), so
/// hybrid mode falls back to the rules there. Stricter than <see cref="LanguageDetector.Detect"/>: English function
/// words must make up at least a tenth of the words and outnumber German ones (every PolNeAR document but one very
/// short list passes; no German WikiNews document does).
/// </summary>
internal static class TrainingLanguage
{
    private const double MinimumShare = 0.1;

    public static bool Matches(TextAnalysis analysis)
    {
        var (words, english, german, _) = analysis.FunctionWordCounts;
        return english >= MinimumShare * words && english > german;
    }
}
