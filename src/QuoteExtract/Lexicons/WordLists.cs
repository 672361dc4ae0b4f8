namespace QuoteExtract.Lexicons;

/// <summary>The small closed word lists the attribution rules use, each from a resource file.</summary>
internal static class WordLists
{
    /// <summary>Determiners and quantifiers that open a noun phrase (the, a, another, some).</summary>
    public static readonly Lexicon Determiners = Lexicon.FromResource("determiners.txt");

    /// <summary>Words that end a speaker noun phrase going leftwards (conjunctions, prepositions, verbs).</summary>
    public static readonly Lexicon SpeakerStops = Lexicon.FromResource("speaker-stops.txt");

    /// <summary>Adverbs and auxiliaries between a speaker and its cue (also, has, repeatedly).</summary>
    public static readonly Lexicon CueModifiers = Lexicon.FromResource("cue-modifiers.txt");

    /// <summary>Titles and roles that stand before a name or alone (President, Ambassador, Sen., spokesman).</summary>
    public static readonly Lexicon Titles = Lexicon.FromResource("titles.txt");

    /// <summary>Head words of organization names (Council, Ministry, Campaign, Times).</summary>
    public static readonly Lexicon OrganizationHeads = Lexicon.FromResource("organization-heads.txt");

    /// <summary>Capitalized words that open a sentence but are not names (But, However, Earlier).</summary>
    public static readonly Lexicon SentenceAdverbs = Lexicon.FromResource("sentence-adverbs.txt");

    /// <summary>Days, months and other words of time (Friday, this month, last year): never a speaker.</summary>
    public static readonly Lexicon TimeWords = Lexicon.FromResource("time-words.txt");

    /// <summary>Nouns that name the occasion or channel of a report (statement, interview, rally, Twitter).</summary>
    public static readonly Lexicon OccasionNouns = Lexicon.FromResource("occasion-nouns.txt");
}
