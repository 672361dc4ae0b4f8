using System.Collections.Frozen;

namespace QuoteExtract.Lexicons;

/// <summary>
/// The small closed word lists of the English rules, each from a resource file in the language's folder
/// (<c>Resources/en/</c>): loaded once into frozen sets when the language's <see cref="LanguageLexicons"/> is built.
/// </summary>
/// <param name="language">The resource folder: en.</param>
internal sealed class WordLists(string language)
{
    private readonly FilteredWords<string[]> roleLookup = new(LoadRoles(language));

    /// <summary>Stems of cues whose particle joins them into a verb phrase ("pointed out", "called for", "urged on").</summary>
    private readonly string[] particleCueStems = [.. Lexicon.ReadLines("particle-cue-stems.txt", language)];

    /// <summary>Nominal speakers and the titles they can refer back to (<c>roles.txt</c>): "diplomat" → ambassador, envoy.</summary>
    public FrozenDictionary<string, string[]> Roles => roleLookup.Dictionary;

    /// <summary>Subject pronouns that can be speakers, and object pronouns that cannot (<c>pronouns.txt</c>).</summary>
    public PronounLexicon Pronouns { get; } = new(language);

    /// <summary>Titles that tell a gender (<c>gendered-titles.txt</c>): "Mrs.", "Congresswoman", "spokesman".</summary>
    public GenderedTitles GenderedTitles { get; } = new(language);

    /// <summary>Words that link an office or place to a name after it ("Ambassador to the United States Anatoly Antonov").</summary>
    public Lexicon NameLinks { get; } = Lexicon.FromResource("name-links.txt", ignoreCase: false, language: language);

    /// <summary>Words that open a phrase of time or circumstance at the end of a tagged source ("Sanders on Tuesday", "Hillary Clinton, like Obama").</summary>
    public Lexicon SourceTails { get; } = Lexicon.FromResource("source-tails.txt", language: language);

    /// <summary>Conjunctions a tagged source can run on into ("the Congressional Budget Office, and").</summary>
    public Lexicon SourceConjunctions { get; } = Lexicon.FromResource("source-conjunctions.txt", language: language);

    /// <summary>Determiners and quantifiers that open a noun phrase (the, a, another, some).</summary>
    public Lexicon Determiners { get; } = Lexicon.FromResource("determiners.txt", language: language);

    /// <summary>Words that end a speaker noun phrase going leftwards (conjunctions, prepositions, verbs).</summary>
    public Lexicon SpeakerStops { get; } = Lexicon.FromResource("speaker-stops.txt", language: language);

    /// <summary>Adverbs and auxiliaries between a speaker and its cue (also, has, repeatedly).</summary>
    public Lexicon CueModifiers { get; } = Lexicon.FromResource("cue-modifiers.txt", language: language);

    /// <summary>Titles and roles that stand before a name or alone (President, Ambassador, Sen., spokesman).</summary>
    public Lexicon Titles { get; } = Lexicon.FromResource("titles.txt", language: language);

    /// <summary>Title words that are also surnames (<c>surname-titles.txt</c>): "White" ends "Mayor Paul White".</summary>
    public Lexicon SurnameTitles { get; } = Lexicon.FromResource("surname-titles.txt", language: language);

    /// <summary>Head words of organization names (Council, Ministry, Campaign, Times).</summary>
    public Lexicon OrganizationHeads { get; } = Lexicon.FromResource("organization-heads.txt", language: language);

    /// <summary>Capitalized words that open a sentence but are not names (But, However, Earlier).</summary>
    public Lexicon SentenceAdverbs { get; } = Lexicon.FromResource("sentence-adverbs.txt", language: language);

    /// <summary>Days, months and other words of time (Friday, this month, last year): never a speaker.</summary>
    public Lexicon TimeWords { get; } = Lexicon.FromResource("time-words.txt", language: language);

    /// <summary>Nouns that name the occasion or channel of a report (statement, interview, rally, Twitter).</summary>
    public Lexicon OccasionNouns { get; } = Lexicon.FromResource("occasion-nouns.txt", language: language);

    /// <summary>Prepositions and adverbs that open a time, place or manner adjunct around a cue ("on Monday", "through a spokesman", "publicly").</summary>
    public Lexicon TimeAdjuncts { get; } = Lexicon.FromResource("time-adjuncts.txt", language: language);

    /// <summary>Cues whose "to" opens what they report, not an addressee: "pointed to | Cruz's victories", "referred to | the killings".</summary>
    public Lexicon ToComplements { get; } = Lexicon.FromResource("to-complements.txt", language: language);

    /// <summary>Cues that take an addressee before their content ("told reporters that", "asked him whether").</summary>
    public Lexicon TellVerbs { get; } = Lexicon.FromResource("tell-verbs.txt", language: language);

    /// <summary>Words that open a page label, not a speaker, before a colon ("Photo:", "Update:", "Related:").</summary>
    public Lexicon LabelStops { get; } = Lexicon.FromResource("label-stops.txt", language: language);

    /// <summary>Auxiliaries and copulas that open a main clause's predicate after a subject with a relative clause.</summary>
    public Lexicon PredicateOpeners { get; } = Lexicon.FromResource("predicate-openers.txt", ignoreCase: false, language: language);

    /// <summary>Quantifiers that stand alone as a subject: "Some said", "Both have promised", "Many speculated that".</summary>
    public Lexicon Quantifiers { get; } = Lexicon.FromResource("quantifiers.txt", language: language);

    /// <summary>Number words that stand for a share of people: "Two in three said", "Six in 10 say".</summary>
    public Lexicon NumberWords { get; } = Lexicon.FromResource("number-words.txt", language: language);

    /// <summary>Addressees that stand right after a telling cue ("told reporters", "said to them").</summary>
    public Lexicon Recipients { get; } = Lexicon.FromResource("recipients.txt", ignoreCase: false, language: language);

    /// <summary>Prepositions that open a time phrase of up to four words after a cue ("said on Monday that").</summary>
    public Lexicon PhrasePrepositions { get; } = Lexicon.FromResource("phrase-prepositions.txt", ignoreCase: false, language: language);

    /// <summary>Subordinators that open a new clause after the content of a report ("…, when …", "…, because …").</summary>
    public Lexicon ClauseOpeners { get; } = Lexicon.FromResource("clause-openers.txt", ignoreCase: false, language: language);

    /// <summary>Adverbs and perfect auxiliaries that may stand between a subject and its cue ("she later noted", "he has said").</summary>
    public Lexicon CueAdverbs { get; } = Lexicon.FromResource("cue-adverbs.txt", ignoreCase: false, language: language);

    /// <summary>Participles that introduce quoted speech after a trailing cue (", adding …", ", saying …"), after which a split quote still joins.</summary>
    public Lexicon QuoteParticiples { get; } = Lexicon.FromResource("quote-participles.txt", ignoreCase: false, language: language);

    /// <summary>Modals and auxiliaries whose presence makes a run of tokens a clause ("the shifts would be …").</summary>
    public Lexicon FiniteAuxiliaries { get; } = Lexicon.FromResource("finite-auxiliaries.txt", ignoreCase: false, language: language);

    /// <summary>Capitalized conjunctions and prepositions that open an introductory phrase before a subject ("Once …,", "Despite …,").</summary>
    public Lexicon IntroductoryConjunctions { get; } = Lexicon.FromResource("introductory-conjunctions.txt", ignoreCase: false, language: language);

    /// <summary>Modals that make a cue an intention, not a report ("Russia will not discuss …").</summary>
    public Lexicon Modals { get; } = Lexicon.FromResource("modals.txt", ignoreCase: false, language: language);

    /// <summary>Verbs after "to" in a refusal that reports nothing ("declined to comment", "refused to elaborate").</summary>
    public Lexicon RefusalComplements { get; } = Lexicon.FromResource("refusal-complements.txt", ignoreCase: false, language: language);

    /// <summary>Verbs right after a weak cue that show the cue is a noun ("Graham's comments came …", "the plan was …").</summary>
    public Lexicon NounCueFollowers { get; } = Lexicon.FromResource("noun-cue-followers.txt", ignoreCase: false, language: language);

    /// <summary>Determiners before a number or quantifier in a group mention ("The four mayors", "all three judges").</summary>
    public Lexicon GroupDeterminers { get; } = Lexicon.FromResource("group-determiners.txt", ignoreCase: false, language: language);

    /// <summary>Numbers and quantifiers after a group determiner ("The four mayors", "those few residents").</summary>
    public Lexicon GroupCounts { get; } = Lexicon.FromResource("group-counts.txt", ignoreCase: false, language: language);

    /// <summary>Prepositions after a participle that stay in a mention ("drivers waiting at the terminal").</summary>
    public Lexicon ParticiplePhrasePrepositions { get; } = Lexicon.FromResource("participle-phrase-prepositions.txt", ignoreCase: false, language: language);

    /// <summary>Quantifiers of a partitive description before a name ("one of the union's lawyers, Ren Aoki,").</summary>
    public Lexicon PartitiveQuantifiers { get; } = Lexicon.FromResource("partitive-quantifiers.txt", ignoreCase: false, language: language);

    /// <summary>Prepositions that link a title or head noun to a name inside a mention ("Minister of Finance", "a lawyer for the union"); a mention never starts on one.</summary>
    public Lexicon LinkingPrepositions { get; } = Lexicon.FromResource("linking-prepositions.txt", ignoreCase: false, language: language);

    /// <summary>Prepositions after a title or capitalized word that keep a mention going ("Ambassador to the United States").</summary>
    public Lexicon TitleLinks { get; } = Lexicon.FromResource("title-links.txt", ignoreCase: false, language: language);

    /// <summary>Forms of "be" before a cue that make it passive ("was told", "has been reported").</summary>
    public Lexicon PassiveAuxiliaries { get; } = Lexicon.FromResource("passive-auxiliaries.txt", ignoreCase: false, language: language);

    /// <summary>Prepositions of the one prepositional phrase a description may carry ("a narrator in the Clinton ad").</summary>
    public Lexicon NounPhrasePrepositions { get; } = Lexicon.FromResource("noun-phrase-prepositions.txt", ignoreCase: false, language: language);

    /// <summary>Words that open a time phrase after a cue ("said on Monday", "said last week", "said early Tuesday").</summary>
    public Lexicon TimePhraseOpeners { get; } = Lexicon.FromResource("time-phrase-openers.txt", ignoreCase: false, language: language);

    /// <summary>Prepositions that join a cue when its content follows them ("called for", "railed against"; PolNeAR).</summary>
    public Lexicon CuePrepositions { get; } = Lexicon.FromResource("cue-prepositions.txt", ignoreCase: false, language: language);

    /// <summary>Relative pronouns: a run of tokens that holds one before a finite verb is not a clause of its own.</summary>
    public Lexicon RelativeWords { get; } = Lexicon.FromResource("relative-words.txt", ignoreCase: false, language: language);

    /// <summary>Possessive pronouns of a speaker in "In his words, …", "In their own view, …".</summary>
    public Lexicon PossessivePronouns { get; } = Lexicon.FromResource("possessive-pronouns.txt", ignoreCase: false, language: language);

    /// <summary>Conjunctions that start a coordinated clause with a cue of its own.</summary>
    public Lexicon ContrastConjunctions { get; } = Lexicon.FromResource("contrast-conjunctions.txt", ignoreCase: false, language: language);

    /// <summary>Conjunctions and relative words after ", X said," that start a clause, not a predicate.</summary>
    public Lexicon ClauseLinks { get; } = Lexicon.FromResource("clause-links.txt", ignoreCase: false, language: language);

    /// <summary>Participles that give an anonymous source's standing ("people familiar with the talks", "officials briefed on the plan").</summary>
    public Lexicon SourceStandings { get; } = Lexicon.FromResource("source-standings.txt", ignoreCase: false, language: language);

    /// <summary>Words that open reported content after a cue ("said that", "asked whether").</summary>
    public Lexicon Complementizers { get; } = Lexicon.FromResource("complementizers.txt", ignoreCase: false, language: language);

    /// <summary>Words that may stand alone between two quotations of one speaker ("…" and "…").</summary>
    public Lexicon QuoteJoiners { get; } = Lexicon.FromResource("quote-joiners.txt", ignoreCase: false, language: language);

    /// <summary>Short lowercase words a title in quotation marks keeps ("Pride and Prejudice", "Back to the Future").</summary>
    public Lexicon TitleSmallWords { get; } = Lexicon.FromResource("title-small-words.txt", ignoreCase: false, language: language);

    /// <summary>Capitalized pronouns that make quoted words speech rather than a title ("I Will Win").</summary>
    public Lexicon SpeechOpeners { get; } = Lexicon.FromResource("speech-openers.txt", ignoreCase: false, language: language);

    /// <summary>Words before a quoted fragment that make it a name, not speech ("known as “…”", "the cost of “…”").</summary>
    public Lexicon NamingPrepositions { get; } = Lexicon.FromResource("naming-prepositions.txt", ignoreCase: false, language: language);

    /// <summary>Nouns of "In his words, …" and "In their view, …".</summary>
    public Lexicon PossessiveSpeechNouns { get; } = Lexicon.FromResource("possessive-speech-nouns.txt", ignoreCase: false, language: language);

    /// <summary>Words before a participle cue that open an adverbial clause ("while speaking", "before leaving"); a comma stays in code.</summary>
    public Lexicon ParticipleOpeners { get; } = Lexicon.FromResource("participle-openers.txt", ignoreCase: false, language: language);

    /// <summary>Conjunctions that join a second clause with a cue of its own ("and said", "but added").</summary>
    public Lexicon Coordinators { get; } = Lexicon.FromResource("coordinators.txt", ignoreCase: false, language: language);

    /// <summary>Prepositions after a leading cue that open its topic, not a time phrase ("spoke about", "pointed to").</summary>
    public Lexicon TopicPrepositions { get; } = Lexicon.FromResource("topic-prepositions.txt", ignoreCase: false, language: language);

    /// <summary>Forms of "have" before a cue ("has said", "had warned").</summary>
    public Lexicon PerfectAuxiliaries { get; } = Lexicon.FromResource("perfect-auxiliaries.txt", ignoreCase: false, language: language);

    /// <summary>Particles that join a cue into a phrasal verb ("called for", "called on", "pointed out").</summary>
    public Lexicon CueParticles { get; } = Lexicon.FromResource("cue-particles.txt", ignoreCase: false, language: language);

    /// <summary>Prepositions of a share of people between two numbers ("two in three", "six of 10").</summary>
    public Lexicon SharePrepositions { get; } = Lexicon.FromResource("share-prepositions.txt", ignoreCase: false, language: language);

    /// <summary>Conjunctions after which a quantifier subject may start ("and most said", "while some argued").</summary>
    public Lexicon SubjectConjunctions { get; } = Lexicon.FromResource("subject-conjunctions.txt", ignoreCase: false, language: language);

    /// <summary>Words that end the search for a name before an appositive ("that", "but").</summary>
    public Lexicon AppositiveStops { get; } = Lexicon.FromResource("appositive-stops.txt", ignoreCase: false, language: language);

    /// <summary>Relative pronouns that open a clause about a mention ("the official, who …").</summary>
    public Lexicon RelativePronouns { get; } = Lexicon.FromResource("relative-pronouns.txt", ignoreCase: false, language: language);

    /// <summary>Relative pronouns that stand as the subject of their clause ("…, who said", "…, which reported").</summary>
    public Lexicon SubjectRelatives { get; } = Lexicon.FromResource("subject-relatives.txt", ignoreCase: false, language: language);

    /// <summary>Relative pronouns of a person ("who", "whose").</summary>
    public Lexicon PersonRelatives { get; } = Lexicon.FromResource("person-relatives.txt", ignoreCase: false, language: language);

    /// <summary>Adverbs between a conjunction and its cue ("and even said", "and also noted").</summary>
    public Lexicon FocusAdverbs { get; } = Lexicon.FromResource("focus-adverbs.txt", ignoreCase: false, language: language);

    /// <summary>Words left dangling at the end of content before a cue with a quotation of its own ("…, and chanting “…”"); a comma stays in code.</summary>
    public Lexicon ContentEndLinks { get; } = Lexicon.FromResource("content-end-links.txt", ignoreCase: false, language: language);

    /// <summary>Words after a weak cue that make it a report ("called for", "claims that").</summary>
    public Lexicon WeakCueComplements { get; } = Lexicon.FromResource("weak-cue-complements.txt", ignoreCase: false, language: language);

    /// <summary>Articles ("the", "a", "an").</summary>
    public Lexicon Articles { get; } = Lexicon.FromResource("articles.txt", ignoreCase: false, language: language);

    /// <summary>Prepositions after a source's standing ("familiar with", "briefed on", "knowledgeable about").</summary>
    public Lexicon StandingPrepositions { get; } = Lexicon.FromResource("standing-prepositions.txt", ignoreCase: false, language: language);

    /// <summary>Whether <paramref name="word"/> starts with a stem of a cue that takes a particle (case ignored).</summary>
    public bool StartsWithParticleCueStem(ReadOnlySpan<char> word)
    {
        for (int i = 0; i < particleCueStems.Length; i++)
        {
            if (word.StartsWith(particleCueStems[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> is a nominal speaker of <see cref="Roles"/> (case ignored).</summary>
    public bool IsRole(ReadOnlySpan<char> word) => roleLookup.TryGetValue(word, out _);

    private static FrozenDictionary<string, string[]> LoadRoles(string language) =>
        Lexicon.ReadLines("roles.txt", language)
            .Select(l => l.Split('\t'))
            .ToFrozenDictionary(c => c[0], c => c[1].Split(' '), StringComparer.OrdinalIgnoreCase);
}
