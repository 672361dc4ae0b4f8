using System.Collections.Frozen;

namespace QuoteExtract.Lexicons;

/// <summary>One cue word form from <c>cues.txt</c>.</summary>
/// <param name="Class">Speech, writing, thought or other.</param>
/// <param name="Prior">How often the word is a cue where it occurs (PolNeAR train), used for confidence.</param>
/// <param name="Weak">A noun too or often not reporting: a cue only when "that", a colon or a quotation follows.</param>
/// <param name="Lemma">The base form (first form of its line).</param>
internal sealed record CueWord(CueClass Class, double Prior, bool Weak, string Lemma);

/// <summary>A phrase cue such as "according to", whose speaker follows it.</summary>
internal sealed record CuePhrase(CueClass Class, double Prior, string[] Words);

/// <summary>
/// The cue lexicon of the English rules: verb forms by class (<c>Resources/en/cues.txt</c>) and phrases
/// (<c>Resources/en/cue-phrases.txt</c>), loaded once into frozen dictionaries when the language's
/// <see cref="LanguageLexicons"/> is built, and looked up by span.
/// </summary>
internal sealed class CueLexicon
{
    private readonly FilteredWords<CueWord> words;

    /// <param name="language">The resource folder: en.</param>
    public CueLexicon(string language)
    {
        words = new FilteredWords<CueWord>(LoadWords(language));
        PhraseArray = LoadPhrases(language);
        foreach (var phrase in PhraseArray)
        {
            PhraseFirstWordLengths |= phrase.Words[0].Length < 64 ? 1UL << phrase.Words[0].Length : ulong.MaxValue;
        }
    }

    public IReadOnlyList<CuePhrase> Phrases => PhraseArray;

    /// <summary>The phrases as an array, read with an index on the hot path (no enumerator per word).</summary>
    internal CuePhrase[] PhraseArray { get; }

    /// <summary>
    /// A bit for each length of a phrase's first word ("according": 9; all bits for a word of 64 characters or more): a
    /// word of no such length starts no phrase, and is turned away before the phrases are compared.
    /// </summary>
    internal ulong PhraseFirstWordLengths { get; }

    public bool TryGet(ReadOnlySpan<char> word, out CueWord cue) => words.TryGetValue(word, out cue);

    private static FrozenDictionary<string, CueWord> LoadWords(string language)
    {
        var result = new Dictionary<string, CueWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lexicon.ReadLines("cues.txt", language))
        {
            var columns = line.Split('\t');
            var cueClass = ParseClass(columns[0]);
            double prior = double.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture);
            var forms = columns[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string lemma = forms[0].TrimEnd('*');
            foreach (var form in forms)
            {
                bool weak = form.EndsWith('*');
                result.TryAdd(form.TrimEnd('*'), new CueWord(cueClass, prior, weak, lemma));
            }
        }

        return result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static CuePhrase[] LoadPhrases(string language) =>
        [.. Lexicon.ReadLines("cue-phrases.txt", language).Select(line =>
        {
            var columns = line.Split('\t');
            return new CuePhrase(ParseClass(columns[0]), double.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture), columns[3].Split(' '));
        })];

    private static CueClass ParseClass(string name) => name switch
    {
        "speech" => CueClass.Speech,
        "writing" => CueClass.Writing,
        "thought" => CueClass.Thought,
        _ => CueClass.Other,
    };
}
