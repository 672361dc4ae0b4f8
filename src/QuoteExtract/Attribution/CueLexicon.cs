using System.Collections.Frozen;
using QuoteExtract.Lexicons;

namespace QuoteExtract.Attribution;

/// <summary>One cue word form from <c>cues.txt</c>.</summary>
/// <param name="Class">Speech, writing, thought or other.</param>
/// <param name="Prior">How often the word is a cue where it occurs (PolNeAR train), used for confidence.</param>
/// <param name="Weak">A noun too or often not reporting: a cue only when "that", a colon or a quotation follows.</param>
/// <param name="Lemma">The base form (first form of its line).</param>
internal sealed record CueWord(CueClass Class, double Prior, bool Weak, string Lemma);

/// <summary>A phrase cue such as "according to", whose speaker follows it.</summary>
internal sealed record CuePhrase(CueClass Class, double Prior, string[] Words);

/// <summary>
/// The cue lexicon: verb forms by class (<c>Resources/en/cues.txt</c>) and phrases (<c>Resources/en/cue-phrases.txt</c>),
/// loaded once into frozen dictionaries and looked up by span.
/// </summary>
internal static class CueLexicon
{
    private static readonly FrozenDictionary<string, CueWord> Words = LoadWords();
    private static readonly FrozenDictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<CuePhrase> Phrases => PhraseArray;

    /// <summary>The phrases as an array, read with an index on the hot path (no enumerator per word).</summary>
    internal static CuePhrase[] PhraseArray { get; } = LoadPhrases();

    public static bool TryGet(ReadOnlySpan<char> word, out CueWord cue) => WordLookup.TryGetValue(word, out cue!);

    private static FrozenDictionary<string, CueWord> LoadWords()
    {
        var result = new Dictionary<string, CueWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lexicon.ReadLines("cues.txt"))
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

    private static CuePhrase[] LoadPhrases() =>
        [.. Lexicon.ReadLines("cue-phrases.txt").Select(line =>
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
