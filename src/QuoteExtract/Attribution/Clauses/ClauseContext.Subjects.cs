using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// Who is the subject of a clause or sentence, read in the verb-second order of German (and the plain order of
/// French): before the cue, after it (inversion), or after an opening adverbial; and what a noun phrase is.
/// </summary>
internal sealed partial class ClauseContext
{
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
}
