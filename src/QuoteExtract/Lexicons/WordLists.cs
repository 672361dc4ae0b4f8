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

    /// <summary>Prepositions and adverbs that open a time, place or manner adjunct around a cue ("on Monday", "through a spokesman", "publicly").</summary>
    public static readonly Lexicon TimeAdjuncts = Lexicon.FromResource("time-adjuncts.txt");

    /// <summary>Cues whose "to" opens what they report, not an addressee: "pointed to | Cruz's victories", "referred to | the killings".</summary>
    public static readonly Lexicon ToComplements = Lexicon.FromResource("to-complements.txt");

    /// <summary>Cues that take an addressee before their content ("told reporters that", "asked him whether").</summary>
    public static readonly Lexicon TellVerbs = Lexicon.FromResource("tell-verbs.txt");

    /// <summary>Words that open a page label, not a speaker, before a colon ("Photo:", "Update:", "Related:").</summary>
    public static readonly Lexicon LabelStops = Lexicon.FromResource("label-stops.txt");

    /// <summary>Auxiliaries and copulas that open a main clause's predicate after a subject with a relative clause.</summary>
    public static readonly Lexicon PredicateOpeners = Lexicon.FromResource("predicate-openers.txt", ignoreCase: false);

    /// <summary>Quantifiers that stand alone as a subject: "Some said", "Both have promised", "Many speculated that".</summary>
    public static readonly Lexicon Quantifiers = Lexicon.FromResource("quantifiers.txt");

    /// <summary>Number words that stand for a share of people: "Two in three said", "Six in 10 say".</summary>
    public static readonly Lexicon NumberWords = Lexicon.FromResource("number-words.txt");

    /// <summary>Addressees that stand right after a telling cue ("told reporters", "said to them").</summary>
    public static readonly Lexicon Recipients = Lexicon.FromResource("recipients.txt", ignoreCase: false);

    /// <summary>Prepositions that open a time phrase of up to four words after a cue ("said on Monday that").</summary>
    public static readonly Lexicon PhrasePrepositions = Lexicon.FromResource("phrase-prepositions.txt", ignoreCase: false);

    /// <summary>Subordinators that open a new clause after the content of a report ("…, when …", "…, because …").</summary>
    public static readonly Lexicon ClauseOpeners = Lexicon.FromResource("clause-openers.txt", ignoreCase: false);

    /// <summary>Adverbs and perfect auxiliaries that may stand between a subject and its cue ("she later noted", "he has said").</summary>
    public static readonly Lexicon CueAdverbs = Lexicon.FromResource("cue-adverbs.txt", ignoreCase: false);

    /// <summary>Participles that introduce quoted speech after a trailing cue (", adding …", ", saying …"), after which a split quote still joins.</summary>
    public static readonly Lexicon QuoteParticiples = Lexicon.FromResource("quote-participles.txt", ignoreCase: false);

    /// <summary>Modals and auxiliaries whose presence makes a run of tokens a clause ("the shifts would be …").</summary>
    public static readonly Lexicon FiniteAuxiliaries = Lexicon.FromResource("finite-auxiliaries.txt", ignoreCase: false);

    /// <summary>Capitalized conjunctions and prepositions that open an introductory phrase before a subject ("Once …,", "Despite …,").</summary>
    public static readonly Lexicon IntroductoryConjunctions = Lexicon.FromResource("introductory-conjunctions.txt", ignoreCase: false);

    /// <summary>Modals that make a cue an intention, not a report ("Russia will not discuss …").</summary>
    public static readonly Lexicon Modals = Lexicon.FromResource("modals.txt", ignoreCase: false);

    /// <summary>Verbs after "to" in a refusal that reports nothing ("declined to comment", "refused to elaborate").</summary>
    public static readonly Lexicon RefusalComplements = Lexicon.FromResource("refusal-complements.txt", ignoreCase: false);

    /// <summary>Verbs right after a weak cue that show the cue is a noun ("Graham's comments came …", "the plan was …").</summary>
    public static readonly Lexicon NounCueFollowers = Lexicon.FromResource("noun-cue-followers.txt", ignoreCase: false);

    /// <summary>Determiners before a number or quantifier in a group mention ("The four mayors", "all three judges").</summary>
    public static readonly Lexicon GroupDeterminers = Lexicon.FromResource("group-determiners.txt", ignoreCase: false);

    /// <summary>Numbers and quantifiers after a group determiner ("The four mayors", "those few residents").</summary>
    public static readonly Lexicon GroupCounts = Lexicon.FromResource("group-counts.txt", ignoreCase: false);

    /// <summary>Prepositions after a participle that stay in a mention ("drivers waiting at the terminal").</summary>
    public static readonly Lexicon ParticiplePhrasePrepositions = Lexicon.FromResource("participle-phrase-prepositions.txt", ignoreCase: false);

    /// <summary>Quantifiers of a partitive description before a name ("one of the union's lawyers, Ren Aoki,").</summary>
    public static readonly Lexicon PartitiveQuantifiers = Lexicon.FromResource("partitive-quantifiers.txt", ignoreCase: false);

    /// <summary>Prepositions that link a title or head noun to a name inside a mention ("Minister of Finance", "a lawyer for the union"); a mention never starts on one.</summary>
    public static readonly Lexicon LinkingPrepositions = Lexicon.FromResource("linking-prepositions.txt", ignoreCase: false);

    /// <summary>Prepositions after a title or capitalized word that keep a mention going ("Ambassador to the United States").</summary>
    public static readonly Lexicon TitleLinks = Lexicon.FromResource("title-links.txt", ignoreCase: false);

    /// <summary>Forms of "be" before a cue that make it passive ("was told", "has been reported").</summary>
    public static readonly Lexicon PassiveAuxiliaries = Lexicon.FromResource("passive-auxiliaries.txt", ignoreCase: false);

    /// <summary>Prepositions of the one prepositional phrase a description may carry ("a narrator in the Clinton ad").</summary>
    public static readonly Lexicon NounPhrasePrepositions = Lexicon.FromResource("noun-phrase-prepositions.txt", ignoreCase: false);

    /// <summary>Words that open a time phrase after a cue ("said on Monday", "said last week", "said early Tuesday").</summary>
    public static readonly Lexicon TimePhraseOpeners = Lexicon.FromResource("time-phrase-openers.txt", ignoreCase: false);

    /// <summary>Prepositions that join a cue when its content follows them ("called for", "railed against"; PolNeAR).</summary>
    public static readonly Lexicon CuePrepositions = Lexicon.FromResource("cue-prepositions.txt", ignoreCase: false);

    /// <summary>Relative pronouns: a run of tokens that holds one before a finite verb is not a clause of its own.</summary>
    public static readonly Lexicon RelativeWords = Lexicon.FromResource("relative-words.txt", ignoreCase: false);

    /// <summary>Possessive pronouns of a speaker in "In his words, …", "In their own view, …".</summary>
    public static readonly Lexicon PossessivePronouns = Lexicon.FromResource("possessive-pronouns.txt", ignoreCase: false);

    /// <summary>Conjunctions that start a coordinated clause with a cue of its own.</summary>
    public static readonly Lexicon ContrastConjunctions = Lexicon.FromResource("contrast-conjunctions.txt", ignoreCase: false);

    /// <summary>Conjunctions and relative words after ", X said," that start a clause, not a predicate.</summary>
    public static readonly Lexicon ClauseLinks = Lexicon.FromResource("clause-links.txt", ignoreCase: false);

    /// <summary>Participles that give an anonymous source's standing ("people familiar with the talks", "officials briefed on the plan").</summary>
    public static readonly Lexicon SourceStandings = Lexicon.FromResource("source-standings.txt", ignoreCase: false);

    /// <summary>Words that open reported content after a cue ("said that", "asked whether").</summary>
    public static readonly Lexicon Complementizers = Lexicon.FromResource("complementizers.txt", ignoreCase: false);
}
