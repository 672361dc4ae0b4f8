using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution;

/// <summary>Clause bounds: where a clause starts, where reported content ends, and what an addressee or adjunct skips.</summary>
internal sealed partial class AttributionContext
{
    /// <summary>Where a paraphrase before a trailing cue starts: the sentence start, after a leading "But," and the like.</summary>
    internal int ClauseStart(int end, Sentence sentence)
    {
        int start = sentence.FirstToken;
        if (start + 1 <= end && a.TokenText(start + 1) is "," && words.SentenceAdverbs.Contains(a.TokenText(start)))
        {
            start += 2;
        }

        return start;
    }

    /// <summary>Skips the addressee of a tell-verb: "told reporters", "told the Kellsbridge Courier", "told him".</summary>
    internal int SkipRecipient(int k, int end)
    {
        if (k >= end)
        {
            return k;
        }

        var word = a.TokenText(k);
        if (words.Recipients.Contains(word))
        {
            return k + 1;
        }

        if (word is "that" or ":" or ",")
        {
            return k;
        }

        var recipient = SpeakerFinder.FindStartingAt(a, k, end, out int after);
        return recipient is null ? k : after;
    }

    /// <summary>"said Friday that", "said in a statement that": content starts at a nearby "that".</summary>
    internal int SkipToThat(int k, int end)
    {
        int phrase = 0; // words left in a prepositional phrase ("in a statement")
        for (int i = k; i < end && i < k + 14; i++)
        {
            var word = a.TokenText(i);
            if (word is "that")
            {
                return i;
            }

            if (word is ",")
            {
                continue;
            }

            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                break;
            }

            if (words.TimeAdjuncts.Contains(word))
            {
                // A preposition opens a phrase of up to four words; "this", "last", "early" take the noun after them
                // ("said this week that"), also inside an open phrase ("in the early morning hours that").
                phrase = words.PhrasePrepositions.Contains(word) ? 4 : Math.Max(phrase, 1);
                continue;
            }

            if (phrase-- > 0 || char.IsUpper(word[0]) || tokens[i].Kind == TokenKind.Number || (i == k && word.EndsWith("ly", StringComparison.Ordinal)))
            {
                continue; // "said Friday that", "complained bitterly that"
            }

            break;
        }

        return k;
    }

    /// <summary>
    /// Skips a time adjunct right after the cue when the report follows it without "that": "said on Friday | he met
    /// …", "announced Sunday | she will resign". Returns <paramref name="k"/> when no word of time stands there.
    /// </summary>
    internal int SkipTimeAdjunct(int k, int end)
    {
        int i = k;
        if (i < end && words.TimePhraseOpeners.Contains(a.TokenText(i)))
        {
            i++;
        }

        int times = 0;
        while (i < end && times < 3 && (words.TimeWords.Contains(a.TokenText(i)) || (times > 0 && tokens[i].Kind == TokenKind.Number)))
        {
            i++;
            times++;
        }

        return times > 0 && i + 1 < end && tokens[i].Kind == TokenKind.Word ? i : k;
    }

    /// <summary>The last token of a leading content: the sentence end, or before ", adding …" / "; …".</summary>
    /// <remarks>
    /// Whether a token ends the content depends on the start only for the first three tokens after it (the tests
    /// "i &gt; start + 3" and nearer); from start + 4 on, a token ends the content of every start before it or of none.
    /// So the scan of a sentence remembers where it started and where it first stopped, and a later scan from a start
    /// no earlier jumps from start + 4 to that stop: the cues of one sentence together read it about once.
    /// </remarks>
    internal int ContentEnd(int start, Sentence sentence)
    {
        int last = LastContentToken(sentence);
        int sentenceIndex = a.SentenceOfToken[sentence.FirstToken];
        var (memoSentence, memoFrom, memoHit) = contentEndMemo;
        bool memo = memoSentence == sentenceIndex && memoFrom <= start;
        for (int i = start + 1; i < last; i++)
        {
            if (memo && i == start + 4 && memoHit > i)
            {
                i = memoHit;
                if (i >= last)
                {
                    break;
                }
            }

            int end = ContentEndAt(i, start, last);
            if (end != NotAnEnd)
            {
                contentEndMemo = (sentenceIndex, start, i);
                return end;
            }
        }

        contentEndMemo = (sentenceIndex, start, last);
        return last;
    }

    internal const int NotAnEnd = int.MinValue;

    /// <summary>The last token of a content that starts at <paramref name="start"/> if token <paramref name="i"/> ends it, else <see cref="NotAnEnd"/>.</summary>
    internal int ContentEndAt(int i, int start, int last)
    {
        if (directOfToken[i] >= 0)
        {
            return NotAnEnd;
        }

        var word = a.TokenText(i);
        if (word is ";" && i > start + 2)
        {
            return i - 1;
        }

        // A non-restrictive relative clause, a parenthesis or a dash aside ends the reported clause:
        // "… the rules, which the court has put on hold"; "… (which lets the party off the hook)".
        if (i > start + 2 && ((word is "," && i + 1 <= last && words.RelativePronouns.Contains(a.TokenText(i + 1)))
            || word is "(" || (tokens[i].Kind == TokenKind.Dash && i > 0 && tokens[i].Start > tokens[i - 1].End)))
        {
            return i - 1;
        }

        // ", when pressed on why …", ", known as …", ", looping the streets …": an adverbial clause or a
        // participle phrase after a comma is the writer's, not the reported clause.
        if (word is "," && i > start + 3 && i + 1 <= last && directOfToken[i + 1] < 0)
        {
            var next = a.TokenText(i + 1);
            if (words.FocusAdverbs.Contains(next) && i + 2 <= last)
            {
                next = a.TokenText(i + 2); // ", even suggesting …"
            }

            if (words.ClauseOpeners.Contains(next)
                || (tokens[i + 1].Kind == TokenKind.Word && char.IsLower(next[0]) && next.EndsWith("ing", StringComparison.Ordinal) && next.Length > 4))
            {
                return i - 1;
            }
        }

        // "… and warned against …": a second cue verb coordinated with the first starts a quote of its own.
        if (words.Coordinators.Contains(word) && i > start && i + 1 <= last && CoordinatedCue(i + 1, last))
        {
            return a.TokenText(i - 1) is "," ? i - 2 : i - 1;
        }

        // "… would have on women: “Parallel …”": a quotation after a colon is a quote of its own.
        if (word is ":" && i > start + 1 && directOfToken[i + 1] >= 0 && tokens[i + 1].Kind == TokenKind.QuoteMark)
        {
            return i - 1;
        }

        // "… while chanting, “Hands up”": a cue that introduces a quotation of its own ends the content.
        if (i + 2 <= last + 1 && tokens[i].Kind == TokenKind.Word && CueAt(i, out var inner) && !inner.Weak
            && (directOfToken[i + 1] >= 0 || (a.TokenText(i + 1) is "," or ":" && i + 2 < tokens.Length && directOfToken[i + 2] >= 0)))
        {
            int end = i - 1;
            while (end > start && a.TokenText(end) is var link && (link is "," || words.ContentEndLinks.Contains(link)))
            {
                end--;
            }

            return end;
        }

        if ((word is "," or "—" or "―" or "–" || words.ContrastConjunctions.Contains(word)) && i + 2 <= last && StartsAttributedClause(i + 1, last))
        {
            return i - 1;
        }

        if (word is "," && i + 1 <= last)
        {
            var next = a.TokenText(i + 1);
            if ((cues.TryGet(next, out _) && IsParticiple(next)) || (next.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 2 <= last && a.TokenText(i + 2) is "to"))
            {
                return i - 1;
            }
        }

        return NotAnEnd;
    }

    /// <summary>"… and said …", "… but has said …": a cue verb (after auxiliaries and adverbs) right after a conjunction.</summary>
    internal bool CoordinatedCue(int i, int last)
    {
        while (i <= last && a.Tokens[i].Kind == TokenKind.Word && words.CueModifiers.Contains(a.TokenText(i)))
        {
            i++;
        }

        if (i > last || !CueAt(i, out var cue) || IsParticiple(a.TokenText(i)))
        {
            return false;
        }

        // A weak form counts with its particle or a that-clause, or in the past: "and has called for …", "and
        // claims that …", "and called it a common ailment".
        return !cue.Weak || (i + 1 <= last && words.WeakCueComplements.Contains(a.TokenText(i + 1))) || a.TokenText(i).EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>"(though) she noted …", "I laughed and said …": a clause of its own with a subject and a cue verb.</summary>
    internal bool StartsAttributedClause(int i, int last)
    {
        if (words.ContrastConjunctions.Contains(a.TokenText(i)))
        {
            i++;
        }

        if (i > last || SpeakerFinder.FindStartingAt(a, i, last + 1, out int subjectEnd) is null)
        {
            return false;
        }

        // The cue follows the subject, with at most adverbs and perfect auxiliaries between: "she later noted",
        // "he has said"; a modal ("he will ask them") is an intention, not a report.
        for (int k = subjectEnd; k <= last && k < subjectEnd + 4; k++)
        {
            var word = a.TokenText(k);
            if (CueAt(k, out var cue) && !cue.Weak && !IsParticiple(word))
            {
                return true;
            }

            if (!words.CueAdverbs.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the referent of the relative pronoun at <paramref name="relative"/> opens its sentence (after an opening phrase): the clause sits in the subject.</summary>
    internal bool ReferentOpensClause(int relative, Sentence sentence)
    {
        int k = relative - 1;
        if (k >= 0 && a.TokenText(k) is ",")
        {
            k--;
        }

        int start = ClauseStart(k, sentence);
        return k >= start && SpeakerFinder.FindEndingAt(a, k, start, passive: false, out int first) is { Form: MentionForm.Name or MentionForm.Nominal } && first == start;
    }

    /// <summary>The last content token before the main clause's predicate ("…, has lost members", "… is reaping …"), or <paramref name="end"/>.</summary>
    internal int BeforeMainPredicate(int start, int end)
    {
        // A clause ("that the bridge would cost jobs") has an auxiliary of its own: then only one after a comma opens the predicate.
        bool clause = words.Complementizers.Contains(a.TokenText(start)) || words.Pronouns.TryGet(a.TokenText(start), out _);
        for (int k = start + 2; k <= end; k++)
        {
            if (directOfToken[k] >= 0)
            {
                return end;
            }

            if (words.PredicateOpeners.Contains(a.TokenText(k)) && (!clause || a.TokenText(k - 1) is ","))
            {
                int last = k - 1;
                while (last > start && a.TokenText(last) is "," or "—" or "–")
                {
                    last--;
                }

                return last;
            }
        }

        return end;
    }
}
