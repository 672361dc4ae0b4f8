using QuoteExtract.Tokenization;

namespace QuoteExtract.Lexicons;

/// <summary>
/// Tells English, German and French apart by counting each language's most frequent function words
/// (<c>Resources/&lt;lang&gt;/function-words.txt</c>). News text of a few sentences holds dozens of them, so the counts
/// differ by far; a tie, or a text with none (a list, a headline), is read as English.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>The function words of each language among the words of <paramref name="analysis"/>.</summary>
    public static (int Words, int English, int German, int French) Count(TextAnalysis analysis)
    {
        var en = LanguageLexicons.English.FunctionWords;
        var de = LanguageLexicons.German.FunctionWords;
        var fr = LanguageLexicons.French.FunctionWords;
        int words = 0, english = 0, german = 0, french = 0;
        for (int t = 0; t < analysis.Tokens.Length; t++)
        {
            if (analysis.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = analysis.TokenText(t);
            words++;
            english += en.Contains(word) ? 1 : 0;
            german += de.Contains(word) ? 1 : 0;
            french += fr.Contains(word) ? 1 : 0;
        }

        return (words, english, german, french);
    }

    /// <summary>The language of <paramref name="analysis"/>: the one with the most function words, English on a tie.</summary>
    public static TextLanguage Detect(TextAnalysis analysis)
    {
        var (_, english, german, french) = Count(analysis);
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
