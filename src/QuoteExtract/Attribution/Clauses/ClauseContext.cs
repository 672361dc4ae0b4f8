using QuoteExtract.Detection;
using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// What the clause rules share, read-only: the text's tokens and sentences, its quotations, the language's lexicons,
/// and the readings every rule needs (is a token a cue, where does a speaker before or after a cue end).
/// </summary>
internal sealed partial class ClauseContext
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
        if (QuotationOfToken[t] >= 0 || !IsWord(t) || !(Lexicons.TryGetCue(Word(t), out cue) || TryGetInvertedCue(Word(t), out cue)))
        {
            cue = null!;
            return false;
        }

        if (cue.Particles.Length > 0 && !ParticleFollows(t, cue.Particles))
        {
            return false;
        }

        // The auxiliary joins the cue ("a déclaré"), unless it carries the speaker ("a-t-elle ajouté": the cue is "ajouté").
        int start = t;
        if (t > 0 && Lexicons.Auxiliaries.Contains(Word(t - 1)) && !Word(t - 1).Contains('-'))
        {
            start = t - 1;
        }

        int hyphen = Word(t).IndexOf('-');
        int end = hyphen > 0 && !Lexicons.TryGetCue(Word(t), out _) ? Analysis.Tokens[t].Start + hyphen : Analysis.Tokens[t].End;
        span = new TextSpan(Analysis.Tokens[start].Start, end);
        return true;
    }

    /// <summary>
    /// The pronoun joined to a verb by a hyphen in French inversion ("a-t-elle ajouté", "ajoute-t-il"), among the
    /// tokens from <paramref name="first"/> to <paramref name="last"/>: the speaker, or null.
    /// </summary>
    public Mention? InvertedPronoun(int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            var word = Word(t);
            int hyphen = word.LastIndexOf('-');
            if (IsWord(t) && hyphen > 0 && Lexicons.TryGetPronoun(word[(hyphen + 1)..], out var pronoun) && !pronoun.Expletive)
            {
                var span = new TextSpan(Analysis.Tokens[t].Start + hyphen + 1, Analysis.Tokens[t].End);
                return new Mention(span, pronoun.Plural ? EntityKind.Unknown : EntityKind.Person, MentionForm.Pronoun);
            }
        }

        return null;
    }

    /// <summary>"ajoute-t-il", "déclare-t-elle": a cue verb with its subject pronoun after a hyphen.</summary>
    private bool TryGetInvertedCue(ReadOnlySpan<char> word, out CueVerb cue)
    {
        int hyphen = word.IndexOf('-');
        int last = word.LastIndexOf('-');
        cue = null!;
        return hyphen > 0 && Lexicons.TryGetPronoun(word[(last + 1)..], out _) && Lexicons.TryGetCue(word[..hyphen], out cue);
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

        // A pronoun is a whole mention: "sagte er danach".
        if (t < end && IsWord(t) && QuotationOfToken[t] < 0 && Lexicons.TryGetPronoun(Word(t), out _))
        {
            return MentionOf(t, t);
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
