using System.Collections.Frozen;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Lexicons;

/// <summary>
/// Tells English, German and French apart by counting each language's most frequent function words
/// (<c>Resources/&lt;lang&gt;/function-words.txt</c>). News text of a few sentences holds dozens of them, so the counts
/// differ by far; a tie, or a text with none (a list, a headline), is read as English. Only a text's first
/// <see cref="SampleWords"/> words are counted: they hold well over a hundred function words, and a long document then
/// costs no more to judge than a short one.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>The number of words, from the start of a text, whose function words are counted.</summary>
    public const int SampleWords = 400;

    /// <summary>
    /// The function words of each language among the first <see cref="SampleWords"/> words of <paramref name="analysis"/>,
    /// and the number of words counted.
    /// </summary>
    public static (int Words, int English, int German, int French) Count(TextAnalysis analysis) => Count(analysis, untilDecided: false);

    /// <summary>
    /// <see cref="Count(TextAnalysis)"/>, or with <paramref name="untilDecided"/> only until the words left in the sample
    /// could no longer change what <see cref="Detect"/> decides (each word adds at most one to each language's count).
    /// </summary>
    private static (int Words, int English, int German, int French) Count(TextAnalysis analysis, bool untilDecided)
    {
        int words = 0, english = 0, german = 0, french = 0;
        for (int t = 0; t < analysis.Tokens.Length && words < SampleWords; t++)
        {
            if (analysis.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            if (untilDecided && (words & 15) == 0 && Decided(english, german, french, SampleWords - words))
            {
                break;
            }

            words++;
            if (analysis.Tokens[t].Length <= LongestFunctionWord && analysis.TokenText(t) is var word
                && FunctionWordLanguages.TryGetValue(word, out byte languages))
            {
                english += languages & EnglishBit;
                german += (languages & GermanBit) >> 1;
                french += (languages & FrenchBit) >> 2;
            }
        }

        return (words, english, german, french);
    }

    private const byte EnglishBit = 1;
    private const byte GermanBit = 2;
    private const byte FrenchBit = 4;

    /// <summary>
    /// Every function word of the three languages, with a bit for each language that has it: one look-up per word
    /// instead of one per language.
    /// </summary>
    private static readonly FilteredWords<byte> FunctionWordLanguages = BuildFunctionWordLanguages();

    /// <summary>The length of the longest function word: a longer word (most content words) is not looked up.</summary>
    private static readonly int LongestFunctionWord = FunctionWordLanguages.Dictionary.Keys.Max(w => w.Length);

    private static FilteredWords<byte> BuildFunctionWordLanguages()
    {
        var languages = new Dictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lexicon, bit) in new[] { (LanguageLexicons.English, EnglishBit), (LanguageLexicons.German, GermanBit), (LanguageLexicons.French, FrenchBit) })
        {
            foreach (string word in lexicon.FunctionWords.Entries)
            {
                languages[word] = (byte)(languages.GetValueOrDefault(word) | bit);
            }
        }

        return new FilteredWords<byte>(languages.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether counts that may still grow by <paramref name="left"/> each decide the language already: no other language
    /// can overtake the one that leads.
    /// </summary>
    private static bool Decided(int english, int german, int french, int left) =>
        (english >= german + left && english >= french + left)
        || (german > english + left && german >= french + left)
        || (french > english + left && french > german + left);

    /// <summary>
    /// The language of <paramref name="analysis"/>: the one with the most function words, English on a tie. Counting
    /// stops once the rest of the sample cannot change the answer (unless the full counts are already known).
    /// </summary>
    public static TextLanguage Detect(TextAnalysis analysis)
    {
        var (_, english, german, french) = analysis.KnownFunctionWordCounts ?? Count(analysis, untilDecided: true);
        if (german > english && german >= french)
        {
            return TextLanguage.German;
        }

        return french > english && french > german ? TextLanguage.French : TextLanguage.English;
    }

    /// <summary>The language <paramref name="option"/> asks for, or the detected one for <see cref="TextLanguage.Auto"/>.</summary>
    public static LanguageLexicons Choose(TextLanguage option, TextAnalysis analysis) =>
        LanguageLexicons.For(option == TextLanguage.Auto ? Detect(analysis) : option);
}
