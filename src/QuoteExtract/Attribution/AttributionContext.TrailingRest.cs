using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution;

/// <summary>What may follow a trailing speaker and cue ("…," X said on Monday / , adding that …), and the content before them.</summary>
internal sealed partial class AttributionContext
{
    /// <summary>After the trailing group: nothing, a time or place adjunct, a recipient, or ", "…" (split quote).</summary>
    internal bool IsTrailingRest(int k, Sentence sentence, bool tell, bool inverted, bool speaking, bool afterQuotation, out int splitQuote)
    {
        splitQuote = -1;
        int end = sentence.EndToken;
        if (tell && k < end)
        {
            k = SkipRecipient(k, end);
        }

        int last = end - 1;
        while (last >= k && (tokens[last].Kind is TokenKind.Punctuation or TokenKind.QuoteMark) && a.TokenText(last) is "." or "!" or "?" or "\"" or "”" or "’" or "''" or ")")
        {
            last--;
        }

        if (k > last)
        {
            return true;
        }

        if (a.TokenText(k) is "," && k + 1 <= last + 1 && k + 1 < tokens.Length && directOfToken[k + 1] >= 0 && tokens[k + 1].Kind == TokenKind.QuoteMark)
        {
            splitQuote = directOfToken[k + 1];
            return true; // "…," X said, "…"
        }

        if (a.TokenText(k) is "," && k + 1 <= last)
        {
            // ", adding that …" (the participle gets its own quote), ", speaking of …", ", a professor at …".
            var next = a.TokenText(k + 1);
            splitQuote = SplitAfterAdjuncts(k + 1, last);
            // After an inverted speaker ("said Len Burman, head of the Tax Policy Center") the rest is an appositive.
            // "…, she said, the night shifts would be harder": a noun phrase with a finite verb is a clause, not an appositive.
            bool nounPhrase = (words.Determiners.Contains(next) || words.Titles.Contains(next) || next is "who" || SpeakerFinder.IsCapitalized(next)) && AdjunctOnly(k + 1, last)
                && (inverted || !HoldsFiniteVerb(k + 1, last));
            // "…,” Melanie said, and soon the balloons dropped": a coordinated clause of the narrative follows.
            return IsParticiple(next) || words.PersonRelatives.Contains(next) || (words.TimeAdjuncts.Contains(next) && AdjunctOnly(k + 1, last)) || (inverted && AdjunctOnly(k + 1, last, allowThat: true))
                || nounPhrase || (words.Coordinators.Contains(next) && afterQuotation);
        }

        if (words.PersonRelatives.Contains(a.TokenText(k)) && AdjunctOnly(k + 1, last))
        {
            return true; // "said a senior official who was not authorised to speak"
        }

        if (a.TokenText(k) is "(")
        {
            // "said Rep. Joseph Crowley (D-N.Y.), a leading advocate …": a party and state tag.
            // The closing bracket may be the one the sentence-final trim left out: "said Joseph Crowley (D-N.Y.)."
            int close = k + 1;
            while (close < sentence.EndToken && close < k + 8 && a.TokenText(close) is not ")")
            {
                close++;
            }

            if (close >= sentence.EndToken || a.TokenText(close) is not ")")
            {
                return false;
            }

            if (close >= last)
            {
                return true;
            }

            k = close + 1;
        }

        return IsAdjunctRest(k, last, tell, speaking, out splitQuote);
    }

    /// <summary>
    /// The rest of <see cref="IsTrailingRest"/> from token <paramref name="k"/> to <paramref name="last"/>: a manner
    /// adverb, time or place adjuncts (then perhaps ", "…""), or an addressee, up to a participle cue of its own.
    /// </summary>
    private bool IsAdjunctRest(int k, int last, bool tell, bool speaking, out int splitQuote)
    {
        splitQuote = -1;
        // ", adding that …", "at a news conference announcing that …": a participle cue at the end reports a
        // quote of its own.
        for (int i = k; i < last; i++)
        {
            if (a.TokenText(i) is "," && IsParticiple(a.TokenText(i + 1)) && CueAt(i + 1, out _))
            {
                last = i - 1;
                break;
            }

            if (i > k && IsParticiple(a.TokenText(i)) && CueAt(i, out var participle) && !participle.Weak && a.TokenText(i + 1) is "that")
            {
                last = i - 1;
                break;
            }
        }

        if (k > last)
        {
            return true;
        }

        if (a.TokenText(k).EndsWith("ly", StringComparison.Ordinal) && tokens[k].Kind == TokenKind.Word && char.IsLower(a.TokenText(k)[0]) && AdjunctOnly(k, last) && last - k <= 10)
        {
            return true; // "Gowdy said sarcastically."
        }

        if (a.TokenText(k) is "to" && k + 1 <= last && tokens[k + 1].Kind == TokenKind.Word && char.IsLower(a.TokenText(k + 1)[0])
            && !words.Determiners.Contains(a.TokenText(k + 1)) && !words.Pronouns.TryGet(a.TokenText(k + 1), out _))
        {
            return false; // "vowed to stave off …": an infinitive complement is content, not an adjunct
        }

        if (words.TimeAdjuncts.Contains(a.TokenText(k)))
        {
            // "…," Schiff told the paper on Wednesday, "but …": adjuncts, then the second part.
            for (int i = k + 1; i < last && i < k + 12; i++)
            {
                if (a.TokenText(i) is "," && directOfToken[i + 1] >= 0 && tokens[i + 1].Kind == TokenKind.QuoteMark && AdjunctOnly(k, i - 1))
                {
                    splitQuote = directOfToken[i + 1];
                    return true;
                }
            }
        }

        // One capitalized word after a verb of speaking or writing is its addressee or medium ("…, she told Reuters.",
        // "…, he wrote Tuesday."); after another cue it is the object ("In the ad, Cruz endorses Trump.").
        return (words.TimeAdjuncts.Contains(a.TokenText(k)) || (SpeakerFinder.IsCapitalized(a.TokenText(k)) && k == last && (speaking || tell))) && last - k <= 25 && AdjunctOnly(k, last);
    }

    /// <summary>", referring to the excuse, “you give …”": the second part of a split quote after an adjunct.</summary>
    internal int SplitAfterAdjuncts(int from, int last)
    {
        for (int i = from; i < last && i < from + 15; i++)
        {
            if (a.TokenText(i) is "," && directOfToken[i + 1] >= 0 && tokens[i + 1].Kind == TokenKind.QuoteMark && direct[directOfToken[i + 1]].Start == tokens[i + 1].Start)
            {
                return directOfToken[i + 1];
            }

            if (directOfToken[i] >= 0 || a.TokenText(i) is "that" || IntroducesQuote(a.TokenText(i))
                || (CueAt(i, out _) && !IsParticiple(a.TokenText(i))))
            {
                return -1; // another cue ("adding later, “…”") owns the quotation
            }
        }

        return -1;
    }

    /// <summary>
    /// Participles that introduce a quotation of their own (", adding, “…”"), unlike those that describe the
    /// speaking (", emphasizing why …", ", referring to …"), after which PolNeAR still joins a split quote.
    /// </summary>
    internal bool IntroducesQuote(ReadOnlySpan<char> word) =>
        words.QuoteParticiples.Contains(word);

    internal bool HasParticipleClause(int from, int end)
    {
        for (int i = from; i + 1 < end; i++)
        {
            if (a.TokenText(i) is "," && IntroducesQuote(a.TokenText(i + 1)))
            {
                return true; // ", adding …": the participle reports a quote of its own
            }
        }

        return false;
    }

    /// <summary>Split quote across sentences: "…," X said. "…" — a quoted sentence right after, in the same paragraph.</summary>
    /// <remarks>
    /// One short narrative sentence may stand between the parts ("“…,” Varga said. She folded her notes. “…”"):
    /// a sentence without quotation marks or cues, after which the quotation continues (JAI style 10; PolNeAR
    /// joins these too).
    /// </remarks>
    internal int NextSentenceQuote(Sentence sentence)
    {
        int end = sentence.EndToken;
        int sentenceIndex = a.SentenceOfToken[sentence.FirstToken];
        if (end < tokens.Length && a.Sentences[a.SentenceOfToken[end]] is var next && next.ParagraphIndex == sentence.ParagraphIndex
            && directOfToken[end] < 0 && next.EndToken - next.FirstToken <= 15 && sentenceIndex + 2 < a.Sentences.Length && IsNarrative(next))
        {
            end = next.EndToken;
        }

        if (end < tokens.Length && directOfToken[end] >= 0 && tokens[end].Kind == TokenKind.QuoteMark && direct[directOfToken[end]].Start == tokens[end].Start
            && a.Sentences[a.SentenceOfToken[end]].ParagraphIndex == sentence.ParagraphIndex && EndsItsSentence(direct[directOfToken[end]]))
        {
            return directOfToken[end];
        }

        return -1;
    }

    internal bool IsNarrative(Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind == TokenKind.QuoteMark || CueAt(i, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A quotation that ends its sentence (only punctuation follows): a whole quoted sentence, not a fragment.</summary>
    internal bool EndsItsSentence(QuotedSpan q)
    {
        int after = TokenAt(q.End);
        if (after >= tokens.Length)
        {
            return true;
        }

        var sentence = SentenceOf(TokenAt(q.End - 1));
        for (int i = after; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>No direct quote, no "that" clause and no further cue verb between the two tokens.</summary>
    /// <summary>A modal or an auxiliary before any relative pronoun: the tokens form a clause ("the shifts would be …").</summary>
    internal bool HoldsFiniteVerb(int from, int last)
    {
        for (int i = from; i <= last; i++)
        {
            var word = a.TokenText(i);
            if (words.RelativeWords.Contains(word))
            {
                return false;
            }

            if (words.FiniteAuxiliaries.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    internal bool AdjunctOnly(int from, int last, bool allowThat = false)
    {
        for (int i = from; i <= last; i++)
        {
            // In an appositive, "that" opens a relative clause ("an official with the board that oversees them").
            if (directOfToken[i] >= 0 || (!allowThat && a.TokenText(i) is "that") || a.TokenText(i) is "whether")
            {
                return false;
            }

            if (CueAt(i, out var cue) && !cue.Weak && !IsParticiple(a.TokenText(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The content before a trailing group whose separator is token <paramref name="separator"/>.</summary>
    internal TextSpan? TrailingContent(int separator, Sentence sentence)
    {
        int end = separator;
        if (a.TokenText(end) is "," or "—" or "–" && end > 0)
        {
            end--;
        }

        if (directOfToken[end] >= 0 && tokens[end].Kind == TokenKind.QuoteMark)
        {
            // The quotation before ", X said" is the content when it opens the sentence or follows a lead-in
            // ("X scolded him: “…,” she said"); after other words it is a fragment of a mixed quote.
            var q = direct[directOfToken[end]];
            int quoteFirst = TokenAt(q.Start);
            if (quoteFirst <= sentence.FirstToken || a.TokenText(quoteFirst - 1) is ":" or "," or "—" or "–" || a.Sentences[a.SentenceOfToken[quoteFirst]].FirstToken == quoteFirst
                || directOfToken[quoteFirst - 1] >= 0)
            {
                return new TextSpan(q.Start, q.End);
            }

            return Span(ClauseStart(quoteFirst, sentence), end);
        }

        int start = sentence.FirstToken;
        if (end < start)
        {
            return null;
        }

        var content = Span(ClauseStart(end, sentence), end);

        // A short quotation that opens the sentence ("“I would,” Melanie said") is content whatever its length.
        bool quotation = fragmentLookup.IndexOf(content.Start, content.End) >= 0;
        return quotation || DirectQuoteDetector.CountWords(a, content) >= 3 ? content : null;
    }
}
