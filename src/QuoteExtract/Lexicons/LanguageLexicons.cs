using System.Collections.Frozen;

namespace QuoteExtract.Lexicons;

/// <summary>A cue verb of a language: its class, how often it reports, and the separable particles it needs ("teilte … mit").</summary>
internal sealed record CueVerb(CueClass Class, double Prior, string[] Particles);

/// <summary>
/// A phrase that names a source ("laut", "zufolge", "selon"); <paramref name="SourceFollows"/> when the source comes
/// after it; <paramref name="NeedsNoun"/> when it names one only beside a source noun ("nach Angaben", "Seiner Meinung nach").
/// </summary>
internal sealed record SourcePhrase(CueClass Class, bool SourceFollows, string[] Words, bool NeedsNoun);

/// <summary>A subject pronoun, with its gender ('m', 'f', 'n') and number; an expletive ("es" of "heißt es") never speaks.</summary>
internal sealed record PronounForm(char Gender, bool Plural, bool Expletive);

/// <summary>
/// One language's knowledge, loaded once from <c>Resources/&lt;lang&gt;/</c> into frozen lists: quote convention, cue
/// verbs, source phrases, titles, determiners, pronouns, subjunctive forms. Immutable and shared by every extraction
/// in that language. English text goes through the English rules (<c>Attribution/</c>), which read their word
/// lists (<see cref="Words"/>) and cue lexicon (<see cref="CueWords"/>) from the English set; German and French through
/// the clause rules, which read everything else from here. Every stage reaches the set of its text through
/// <see cref="Tokenization.TextAnalysis.Lexicons"/>.
/// </summary>
internal sealed class LanguageLexicons
{
    private static readonly Lazy<LanguageLexicons> EnglishSet = new(() => new LanguageLexicons(TextLanguage.English, "en"));
    private static readonly Lazy<LanguageLexicons> GermanSet = new(() => new LanguageLexicons(TextLanguage.German, "de"));
    private static readonly Lazy<LanguageLexicons> FrenchSet = new(() => new LanguageLexicons(TextLanguage.French, "fr"));

    private readonly FrozenDictionary<string, CueVerb>.AlternateLookup<ReadOnlySpan<char>> cueLookup;
    private readonly FrozenDictionary<string, PronounForm>.AlternateLookup<ReadOnlySpan<char>> pronounLookup;

    private LanguageLexicons(TextLanguage language, string code)
    {
        Language = language;
        Code = code;
        FunctionWords = Lexicon.FromResource("function-words.txt", language: code);
        Titles = Lexicon.FromResource("titles.txt", language: code);
        Determiners = Lexicon.FromResource("determiners.txt", language: code);
        // German and French have no lists of their own for the entity rules they share with English (organization
        // keys, descriptions, pronouns); those read the English lists.
        Words = language == TextLanguage.English ? new WordLists(code) : English.Words;
        CueWords = language == TextLanguage.English ? new CueLexicon(code) : English.CueWords;
        if (language == TextLanguage.English)
        {
            Quotes = null!;
            Cues = FrozenDictionary<string, CueVerb>.Empty;
            Pronouns = FrozenDictionary<string, PronounForm>.Empty;
            SourcePhrases = [];
            TrailingCues = Subjunctives = ReportingSubjunctives = ClauseLinks = SpeakerStops = Auxiliaries = new Lexicon([], ignoreCase: true);
            Subordinators = Reflexives = SourceAdverbs = NamingVerbs = Conjunctions = TrailingCues;
            NounSuffixes = SourceNouns = [];
        }
        else
        {
            Quotes = QuoteConvention.Load(code);
            Cues = LoadCues(code);
            Pronouns = Lexicon.ReadLines("pronouns.txt", code).Select(l => l.Split('\t'))
                .ToFrozenDictionary(c => c[0], c => new PronounForm(c[1][0], c[2] == "p", c.Length > 3 && c[3].Split(' ').Contains("expletive")), StringComparer.OrdinalIgnoreCase);
            SourcePhrases = [.. Lexicon.ReadLines("source-phrases.txt", code).Select(l => l.Split('\t'))
                .Select(c => new SourcePhrase(ParseClass(c[0]), c[1] == "before", c[2].Split(' '), c.Length > 3 && c[3] == "noun"))];
            TrailingCues = Lexicon.FromResource("trailing-cues.txt", language: code);
            var subjunctives = Lexicon.ReadLines("subjunctives.txt", code).ToList();
            Subjunctives = new Lexicon(subjunctives.Select(l => l.TrimEnd('*')), ignoreCase: false);
            ReportingSubjunctives = new Lexicon(subjunctives.Where(l => !l.EndsWith('*')), ignoreCase: false);
            Subordinators = Lexicon.FromResource("subordinators.txt", language: code);
            Reflexives = Lexicon.FromResource("reflexives.txt", ignoreCase: false, language: code);
            SourceNouns = [.. Lexicon.ReadLines("source-nouns.txt", code)];
            SourceAdverbs = Lexicon.FromResource("source-adverbs.txt", language: code);
            NamingVerbs = Lexicon.FromResource("naming-verbs.txt", language: code);
            Conjunctions = Lexicon.FromResource("conjunctions.txt", ignoreCase: false, language: code);
            ClauseLinks = Lexicon.FromResource("clause-links.txt", language: code);
            SpeakerStops = Lexicon.FromResource("speaker-stops.txt", language: code);
            Auxiliaries = code == "fr" ? Lexicon.FromResource("auxiliaries.txt", ignoreCase: false, language: code) : new Lexicon([], ignoreCase: false);
            NounSuffixes = [.. Lexicon.ReadLines("noun-suffixes.txt", code)];
        }

        cueLookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();
        pronounLookup = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static LanguageLexicons English => EnglishSet.Value;

    public static LanguageLexicons German => GermanSet.Value;

    public static LanguageLexicons French => FrenchSet.Value;

    public TextLanguage Language { get; }

    /// <summary>The ISO 639-1 code, also the resource folder: en, de, fr.</summary>
    public string Code { get; }

    /// <summary>The closed word lists of the English rules (<c>Resources/en/</c>); German and French share the English ones (the entity rules read them for every language).</summary>
    public WordLists Words { get; }

    /// <summary>The cue verbs and phrases of the English rules (<c>Resources/en/cues.txt</c>, <c>cue-phrases.txt</c>); German and French share the English ones.</summary>
    public CueLexicon CueWords { get; }

    /// <summary>Frequent function words, counted to tell languages apart.</summary>
    public Lexicon FunctionWords { get; }

    public QuoteConvention Quotes { get; }

    /// <summary>The clause rules' cue verbs with their particles (German and French; empty for English, whose rules read <see cref="CueWords"/>).</summary>
    public FrozenDictionary<string, CueVerb> Cues { get; }

    /// <summary>The clause rules' subject pronouns (German and French; empty for English, whose rules read <see cref="WordLists.Pronouns"/>).</summary>
    public FrozenDictionary<string, PronounForm> Pronouns { get; }

    public IReadOnlyList<SourcePhrase> SourcePhrases { get; }

    /// <summary>Cues only after a comma with the source to the sentence end ("…“, so der Sprecher.").</summary>
    public Lexicon TrailingCues { get; }

    /// <summary>Titles and roles; in German also the last part of a compound ("Vereinschef").</summary>
    public Lexicon Titles { get; }

    public Lexicon Determiners { get; }

    /// <summary>Verb forms that mark reported speech (the German Konjunktiv I).</summary>
    public Lexicon Subjunctives { get; }

    /// <summary>The subjunctive forms that start a report on their own (Konjunktiv I, not the conditional Konjunktiv II).</summary>
    public Lexicon ReportingSubjunctives { get; }

    /// <summary>Subordinators before a cue's subject ("Wie die Polizei mitteilte").</summary>
    public Lexicon Subordinators { get; }

    /// <summary>Reflexive pronouns between a cue and its inverted subject ("äußerte sich der Minister").</summary>
    public Lexicon Reflexives { get; }

    /// <summary>Nouns that make "nach" name a source ("nach Angaben"), also as the end of a compound.</summary>
    public IReadOnlyList<string> SourceNouns { get; }

    /// <summary>Adverbs that report their sentence from the source named before ("Demnach …").</summary>
    public Lexicon SourceAdverbs { get; }

    /// <summary>Verbs whose object is the quoted words ("nannte sie „reine Spekulation“").</summary>
    public Lexicon NamingVerbs { get; }

    /// <summary>Conjunctions that join a second verb to the sentence's subject ("… und nannte sie …").</summary>
    public Lexicon Conjunctions { get; }

    /// <summary>Complementisers that open the reported clause ("dass", "que").</summary>
    public Lexicon ClauseLinks { get; }

    /// <summary>Words that end a speaker read rightwards from an inverted cue.</summary>
    public Lexicon SpeakerStops { get; }

    /// <summary>Auxiliaries that join a cue participle ("a déclaré").</summary>
    public Lexicon Auxiliaries { get; }

    /// <summary>Endings of common nouns, which German capitalises like names.</summary>
    public IReadOnlyList<string> NounSuffixes { get; }

    /// <summary>Whether capitalisation alone does not mark a name (German capitalises every noun).</summary>
    public bool CapitalisesNouns => NounSuffixes.Count > 0;

    public static LanguageLexicons For(TextLanguage language) => language switch
    {
        TextLanguage.German => German,
        TextLanguage.French => French,
        _ => English,
    };

    public bool TryGetCue(ReadOnlySpan<char> word, out CueVerb cue) => cueLookup.TryGetValue(word, out cue!);

    public bool TryGetPronoun(ReadOnlySpan<char> word, out PronounForm pronoun) => pronounLookup.TryGetValue(word, out pronoun!);

    /// <summary>A title word, or (in German) a compound ending in one: "Innenminister", "Skistars".</summary>
    public bool IsTitle(ReadOnlySpan<char> word)
    {
        if (Titles.Contains(word))
        {
            return true;
        }

        if (!CapitalisesNouns)
        {
            return false;
        }

        foreach (var title in Titles.Entries)
        {
            if (word.Length > title.Length + 2 && word.EndsWith(title, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A source noun, or a compound ending in one ("Polizeiangaben").</summary>
    public bool IsSourceNoun(ReadOnlySpan<char> word)
    {
        foreach (var noun in SourceNouns)
        {
            if (word.EndsWith(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, CueVerb> LoadCues(string code)
    {
        var result = new Dictionary<string, CueVerb>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lexicon.ReadLines("cues.txt", code))
        {
            var columns = line.Split('\t');
            var cue = new CueVerb(ParseClass(columns[0]), double.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture),
                columns.Length > 3 ? columns[3].Split(' ', StringSplitOptions.RemoveEmptyEntries) : []);
            foreach (var form in columns[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                result.TryAdd(form, cue);
            }
        }

        return result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static CueClass ParseClass(string name) => name switch
    {
        "speech" => CueClass.Speech,
        "writing" => CueClass.Writing,
        "thought" => CueClass.Thought,
        _ => CueClass.Other,
    };
}
