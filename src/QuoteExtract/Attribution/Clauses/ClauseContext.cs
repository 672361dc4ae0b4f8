using QuoteExtract.Detection;
using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// What the clause rules share, read-only: the text's tokens and sentences, its quotations, the language's lexicons,
/// and the readings every rule needs (is a token a cue, where does a speaker before or after a cue end).
/// </summary>
internal sealed class ClauseContext
{
    /// <summary>A speaker read rightwards from an inverted cue is at most this many tokens long.</summary>
    private const int MaxSpeakerTokens = 12;

    public ClauseContext(TextAnalysis analysis, IReadOnlyList<QuotedSpan> quotations, LanguageLexicons lexicons, QuoteExtractorOptions options)
    {
        Analysis = analysis;
        Quotations = quotations;
        Lexicons = lexicons;
        Options = options;
        QuotationOfToken = new int[analysis.Tokens.Length];
        Array.Fill(QuotationOfToken, -1);
        for (int q = 0; q < quotations.Count; q++)
        {
            for (int t = analysis.TokenAtOrAfter(quotations[q].Start); t < analysis.Tokens.Length && analysis.Tokens[t].Start < quotations[q].End; t++)
            {
                QuotationOfToken[t] = q;
            }
        }
    }

    public TextAnalysis Analysis { get; }

    public IReadOnlyList<QuotedSpan> Quotations { get; }

    public LanguageLexicons Lexicons { get; }

    public QuoteExtractorOptions Options { get; }

    /// <summary>The quotation each token is in (its marks included), or -1.</summary>
    public int[] QuotationOfToken { get; }

    public ReadOnlySpan<char> Word(int t) => Analysis.TokenText(t);

    public bool IsWord(int t) => Analysis.Tokens[t].Kind == TokenKind.Word;

    public bool IsPunctuation(int t, string marks) =>
        Analysis.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Dash && Analysis.Tokens[t].Length == 1 && marks.Contains(Analysis.Text[Analysis.Tokens[t].Start], StringComparison.Ordinal);

    public Sentence SentenceOf(int t) => Analysis.Sentences[Analysis.SentenceOfToken[t]];

    /// <summary>The quotation whose closing mark is token <paramref name="t"/>, or -1.</summary>
    public int QuotationEndingAt(int t) =>
        t >= 0 && QuotationOfToken[t] is var q and >= 0 && Quotations[q].Closed && Analysis.Tokens[t].End == Quotations[q].End ? q : -1;

    /// <summary>The quotation whose opening mark is token <paramref name="t"/>, or -1.</summary>
    public int QuotationStartingAt(int t) =>
        t < Analysis.Tokens.Length && QuotationOfToken[t] is var q and >= 0 && Analysis.Tokens[t].Start == Quotations[q].Start ? q : -1;

    /// <summary>
    /// Whether token <paramref name="t"/> is a cue verb outside a quotation; <paramref name="span"/> takes in a French
    /// auxiliary before it ("a déclaré"). A verb with separable particles reports only when one of them follows in its
    /// clause ("teilte … mit").
    /// </summary>
    public bool IsCue(int t, out CueVerb cue, out TextSpan span)
    {
        span = default;
        if (QuotationOfToken[t] >= 0 || !IsWord(t) || !Lexicons.TryGetCue(Word(t), out cue))
        {
            cue = null!;
            return false;
        }

        if (cue.Particles.Length > 0 && !ParticleFollows(t, cue.Particles))
        {
            return false;
        }

        int start = t;
        if (t > 0 && Lexicons.Auxiliaries.Contains(Word(t - 1)))
        {
            start = t - 1;
        }

        span = new TextSpan(Analysis.Tokens[start].Start, Analysis.Tokens[t].End);
        return true;
    }

    /// <summary>A mention from a run of tokens: a pronoun, a description opening with a determiner, or a name.</summary>
    public Mention? MentionOf(int first, int last)
    {
        while (first <= last && !IsWord(first) && !IsPunctuation(first, "("))
        {
            first++;
        }

        while (last >= first && !IsWord(last) && !IsPunctuation(last, ")"))
        {
            last--;
        }

        // "Auch der Minister", "Jetzt": an adverb before a subject is no part of it.
        while (first < last && IsWord(first) && Lexicons.SpeakerStops.Contains(Word(first)))
        {
            first++;
        }

        if (first <= last && IsWord(first) && Lexicons.SpeakerStops.Contains(Word(first)))
        {
            return null;
        }

        if (first > last || !IsWord(first))
        {
            return null;
        }

        var span = new TextSpan(Analysis.Tokens[first].Start, Analysis.Tokens[last].End);
        if (first == last && Lexicons.TryGetPronoun(Word(first), out var pronoun))
        {
            if (pronoun.Expletive)
            {
                return null;
            }

            return new Mention(span, pronoun.Plural ? EntityKind.Unknown : EntityKind.Person, MentionForm.Pronoun);
        }

        bool determiner = Lexicons.Determiners.Contains(Word(first));
        if (determiner && first == last && first > 0 && IsPunctuation(first - 1, ","))
        {
            return new Mention(span, EntityKind.Unknown, MentionForm.Relative); // "Celebi, die auch angab, …"
        }

        bool described = determiner && (last == first || !IsCapitalizedName(last));
        bool capitalized = char.IsUpper(Word(first)[0]) || char.IsUpper(Word(last)[0]);
        // A description is a person when its head is a title ("der Sprecher"); "la préfecture" may be anything.
        var kind = !described || Lexicons.IsTitle(Word(last)) ? EntityKind.Person : EntityKind.Unknown;
        return capitalized || (determiner && last > first) ? new Mention(span, kind, described ? MentionForm.Nominal : MentionForm.Name) : null;
    }

    /// <summary>The speaker after an inverted cue ("…“, sagte der Minister Hans Maier am Montag."), up to a stop.</summary>
    public Mention? SpeakerAfter(int t, int end)
    {
        while (t < end && IsWord(t) && Lexicons.Reflexives.Contains(Word(t)))
        {
            t++;
        }

        // "heißt es in dem Bericht": past the expletive, the source is the place the words stand in.
        if (t + 2 < end && IsWord(t) && Lexicons.TryGetPronoun(Word(t), out var pronoun) && pronoun.Expletive && Word(t + 1) is "in" or "im")
        {
            t += Word(t + 1) is "in" ? 2 : 1;
        }

        int last = t - 1;
        for (int i = t; i < end && i - t < MaxSpeakerTokens; i++)
        {
            if (QuotationOfToken[i] >= 0 || IsPunctuation(i, ",.:;!?") || (i > t && IsWord(i) && Lexicons.SpeakerStops.Contains(Word(i)))
                || (IsWord(i) && Lexicons.ClauseLinks.Contains(Word(i))) || (i > t && IsWord(i) && Lexicons.TryGetCue(Word(i), out _)))
            {
                break;
            }

            last = i;
        }

        return last >= t ? MentionOf(t, last) : null;
    }

    /// <summary>
    /// The subject before a cue: back to the clause's start (a comma, colon, quotation, subordinator or the sentence
    /// start). A comma right before the cue closes an appositive, which the subject takes in ("Klaus Stöhr, Leiter
    /// der WHO, sagte").
    /// </summary>
    public Mention? SpeakerBefore(int cueStart, int lower)
    {
        // "Die CCE bestätigte die Aussage nicht und nannte sie …": a second verb shares the sentence's subject.
        if (cueStart - 1 > lower && IsWord(cueStart - 1) && Lexicons.Conjunctions.Contains(Word(cueStart - 1)))
        {
            return SentenceSubject(SentenceOf(cueStart));
        }

        int first = ClauseStart(cueStart, lower);
        int last = cueStart - 1;
        if (first == cueStart && cueStart - 1 > lower && IsPunctuation(cueStart - 1, ","))
        {
            last = cueStart - 2;
            first = ClauseStart(cueStart - 1, lower);
            if (first > lower && IsPunctuation(first - 1, ",") && !(first - 1 > lower && IsPunctuation(first - 2, ",")))
            {
                first = ClauseStart(first - 1, lower);
            }
        }

        return first <= last ? MentionOf(first, first == cueStart ? last : LastBeforeAdjuncts(first, last)) : null;
    }

    /// <summary>
    /// The subject that opens a sentence in the verb-second order ("Die Staatsanwaltschaft argumentierte …", "Der
    /// Kongressabgeordnete John Murtha erhob …"): a noun phrase from the first token, followed by a lowercase verb.
    /// Null when the sentence opens with an adverbial or a subordinator.
    /// </summary>
    public Mention? SentenceSubject(Sentence sentence)
    {
        int t = sentence.FirstToken;
        if (!IsWord(t) || QuotationOfToken[t] >= 0 || Lexicons.Subordinators.Contains(Word(t)))
        {
            return null;
        }

        if (Lexicons.SpeakerStops.Contains(Word(t)))
        {
            return SubjectAfterVerb(sentence);
        }

        int last = t - 1;
        for (int i = t; i < sentence.EndToken && i - t < MaxSpeakerTokens; i++)
        {
            if (!InNounPhrase(i, sentence.EndToken))
            {
                break;
            }

            last = i;
        }

        // "Der Regierungssprecher, Steffen Seibert, versuchte …": a name or role in apposition belongs to the subject.
        if (last >= t && last + 2 < sentence.EndToken && IsPunctuation(last + 1, ",") && InNounPhrase(last + 2, sentence.EndToken))
        {
            int apposition = last + 2;
            while (apposition + 1 < sentence.EndToken && apposition - last < MaxSpeakerTokens && InNounPhrase(apposition + 1, sentence.EndToken))
            {
                apposition++;
            }

            int verb = apposition + 1 < sentence.EndToken && IsPunctuation(apposition + 1, ",") ? apposition + 2 : apposition + 1;
            if (verb < sentence.EndToken && IsWord(verb) && char.IsLower(Word(verb)[0]) && !Lexicons.Determiners.Contains(Word(verb)))
            {
                return MentionOf(t, apposition);
            }
        }

        bool verbFollows = last + 1 < sentence.EndToken && IsWord(last + 1) && char.IsLower(Word(last + 1)[0]);
        return last >= t && verbFollows ? MentionOf(t, last) : null;
    }

    /// <summary>
    /// "So warnten Vertreter der Bauverbände …", "Am 15. Mai hat die Wahlkommission …": after an opening adverbial,
    /// the subject follows the verb, the first lowercase word that is no determiner.
    /// </summary>
    private Mention? SubjectAfterVerb(Sentence sentence)
    {
        int end = sentence.EndToken;
        for (int v = sentence.FirstToken + 1; v < end && v - sentence.FirstToken <= 8; v++)
        {
            if (QuotationOfToken[v] >= 0 || IsPunctuation(v, ",:;"))
            {
                return null;
            }

            if (IsWord(v) && char.IsLower(Word(v)[0]) && !Lexicons.Determiners.Contains(Word(v)) && !Lexicons.SpeakerStops.Contains(Word(v)))
            {
                int last = v;
                while (last + 1 < end && last - v < MaxSpeakerTokens && InNounPhrase(last + 1, end))
                {
                    last++;
                }

                return last > v ? MentionOf(v + 1, last) : null;
            }
        }

        return null;
    }

    /// <summary>Whether token <paramref name="i"/> belongs to a noun phrase: determiners, capitalised words, and a lowercase adjective before one.</summary>
    public bool InNounPhrase(int i, int end)
    {
        if (QuotationOfToken[i] >= 0 || !IsWord(i))
        {
            return IsPunctuation(i, "()") || (Analysis.Tokens[i].Kind == TokenKind.Number && i + 1 < end && IsWord(i + 1));
        }

        var word = Word(i);
        if (char.IsUpper(word[0]) || Lexicons.Determiners.Contains(word) || word is "von" or "de" or "du" or "des")
        {
            return !Lexicons.TryGetCue(word, out _);
        }

        // "einem neuen Bericht": a lowercase adjective after an article, before a capitalised word within two tokens.
        if (i == 0 || !IsWord(i - 1) || !(Lexicons.Determiners.Contains(Word(i - 1)) || (char.IsLower(Word(i - 1)[0]) && i > 1 && IsWord(i - 2) && Lexicons.Determiners.Contains(Word(i - 2)))))
        {
            return false;
        }

        for (int k = i + 1; k < end && k <= i + 2; k++)
        {
            if (IsWord(k) && char.IsUpper(Word(k)[0]))
            {
                return !Lexicons.TryGetCue(word, out _) && !Lexicons.Subjunctives.Contains(word);
            }
        }

        return false;
    }

    /// <summary>Whether a subject stands before the cue (not an adverbial: "Am Montag sagte …", "Dazu sagte …").</summary>
    public bool SubjectBefore(int cueStart, int lower)
    {
        int first = ClauseStart(cueStart, lower);
        if (first == cueStart && cueStart - 1 > lower && IsPunctuation(cueStart - 1, ","))
        {
            first = ClauseStart(cueStart - 1, lower); // "Der Innenminister, Nicolas Sarkozy, verteidigte …"
            if (first > lower && IsPunctuation(first - 1, ","))
            {
                first = ClauseStart(first - 1, lower);
            }
        }

        return first < cueStart && !(IsWord(first) && Lexicons.SpeakerStops.Contains(Word(first)));
    }

    /// <summary>Where the clause holding the token before <paramref name="end"/> starts, after its subordinator.</summary>
    private int ClauseStart(int end, int lower)
    {
        int first = end;
        int depth = 0;
        for (int i = end - 1; i >= lower; i--)
        {
            if (IsPunctuation(i, ")"))
            {
                depth++;
            }
            else if (IsPunctuation(i, "("))
            {
                depth--;
            }
            else if (depth == 0 && (QuotationOfToken[i] >= 0 || IsPunctuation(i, ",:;") || (IsWord(i) && (Lexicons.ClauseLinks.Contains(Word(i)) || Lexicons.Subordinators.Contains(Word(i))))))
            {
                break;
            }

            first = i;
        }

        return first;
    }

    /// <summary>Whether the cue at <paramref name="t"/> (starting at <paramref name="cueStart"/>) has its subject after it: inverted, with no subject before.</summary>
    public bool Inverted(int cueStart, int t, int end) =>
        SubjectFollows(t, end) && (PronounFollows(t, end) || !SubjectBefore(cueStart, SentenceOf(t).FirstToken) || PrepositionalOpening(cueStart, t, end));

    /// <summary>A subject pronoun right after the cue ("warnte er", "äußerte sie sich"): the subject, whatever stands before.</summary>
    private bool PronounFollows(int t, int end)
    {
        int i = t + 1;
        // Only a singular pronoun: German "sie" is also the object ("nannte sie „reine Spekulation“").
        return i < end && IsWord(i) && QuotationOfToken[i] < 0 && Lexicons.TryGetPronoun(Word(i), out var pronoun) && !pronoun.Expletive && !pronoun.Plural;
    }

    /// <summary>
    /// "Als Antwort auf den Brief sagte ein Sprecher": a subordinator before the cue's clause that is no clause of its
    /// own (its verb would end it, before a comma) is a preposition, and what follows it an adverbial.
    /// </summary>
    private bool PrepositionalOpening(int cueStart, int t, int end)
    {
        int first = ClauseStart(cueStart, SentenceOf(t).FirstToken);
        return first > 0 && IsWord(first - 1) && Lexicons.Subordinators.Contains(Word(first - 1)) && !(t + 1 < end && IsPunctuation(t + 1, ","));
    }

    /// <summary>Whether the words after a cue at <paramref name="t"/> are its subject (verb-second inversion: "Dazu sagte Rice, …").</summary>
    public bool SubjectFollows(int t, int end, bool insideQuotation = false)
    {
        int i = t + 1;
        while (i < end && IsWord(i) && Lexicons.Reflexives.Contains(Word(i)))
        {
            i++;
        }

        if (i >= end || !IsWord(i) || (QuotationOfToken[i] >= 0 && !insideQuotation))
        {
            return false;
        }

        var word = Word(i);
        return !Lexicons.SpeakerStops.Contains(word) && !Lexicons.ClauseLinks.Contains(word)
            && (char.IsUpper(word[0]) || Lexicons.Determiners.Contains(word) || Lexicons.TryGetPronoun(word, out _));
    }

    /// <summary>A capitalised word that is not a title: "Müller", not "Minister".</summary>
    public bool IsCapitalizedName(int t) => IsWord(t) && char.IsUpper(Word(t)[0]) && !Lexicons.IsTitle(Word(t));

    /// <summary>Where a quoted or reported span ends: before the sentence's final punctuation.</summary>
    public int ContentEnd(int lastToken)
    {
        // „… mit Kindern.“ — the sentence ends at the period, but the quotation it holds closes after it.
        if (lastToken + 1 < Analysis.Tokens.Length && QuotationEndingAt(lastToken + 1) is var q and >= 0 && Quotations[q].Start < Analysis.Tokens[lastToken].Start)
        {
            return Analysis.Tokens[lastToken + 1].End;
        }

        int t = lastToken;
        while (t > 0 && IsPunctuation(t, ".!?;:,") && QuotationOfToken[t] < 0)
        {
            t--;
        }

        return Analysis.Tokens[t].End;
    }

    private bool ParticleFollows(int t, string[] particles)
    {
        var sentence = SentenceOf(t);
        for (int i = t + 1; i < sentence.EndToken; i++)
        {
            if (QuotationOfToken[i] >= 0 || IsPunctuation(i, ",:;"))
            {
                return false;
            }

            if (IsWord(i) && Array.Exists(particles, p => Word(i).Equals(p, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A subject's last token before adjuncts that stand between it and a verb ("Der Minister hat am Montag erklärt").</summary>
    private int LastBeforeAdjuncts(int first, int last)
    {
        for (int i = first + 1; i <= last; i++)
        {
            if (IsWord(i) && Lexicons.SpeakerStops.Contains(Word(i)))
            {
                return i - 1;
            }
        }

        return last;
    }
}
