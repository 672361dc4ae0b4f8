using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Placements;

/// <summary>Placement X said (that) … / X said: "…" / X told reporters that … / Said X: "…": the speaker before the cue, the content after it.</summary>
internal sealed class LeadingCuePlacement(AttributionContext ctx)
{
    /// <summary>
    /// The leading quote the cue reports, if its speaker stands before it and its content after it (or, with
    /// <paramref name="speakerOptional"/>, the sentence subject or no one speaks). <paramref name="lackedSpeaker"/>
    /// tells whether no speaker was found.
    /// </summary>
    internal QuoteCandidate? TryPlace(in CueSite site, List<QuoteCandidate> earlier, bool speakerOptional, out bool lackedSpeaker)
    {
        var cueWord = site.Word;
        var cue = site.Cue;
        int cueEnd = site.CueEnd;
        var leadSpeaker = FindSpeaker(site, earlier, speakerOptional, ref cueEnd, out lackedSpeaker, out bool refused);
        if (refused)
        {
            return null;
        }

        int contentStart = ContentStart(site, cueEnd, ref cue, out bool hasThat, out bool colon);
        if (contentStart < 0)
        {
            return null;
        }

        // X said: ¶ "…" — a lead-in that ends its paragraph.
        if (contentStart >= site.Sentence.EndToken && colon && contentStart < ctx.tokens.Length && ctx.directOfToken[contentStart] >= 0)
        {
            var q = ctx.direct[ctx.directOfToken[contentStart]];
            return ctx.Build(new TextSpan(q.Start, q.End), cue, cueWord.Class, cueWord.Prior, leadSpeaker, Placement.Leading);
        }

        if (contentStart >= site.Sentence.EndToken)
        {
            return null;
        }

        if (!IsReport(site, cue, cueEnd, leadSpeaker, contentStart, hasThat, colon, out bool quoteFollows, out int contentEnd))
        {
            return null;
        }

        if (quoteFollows)
        {
            // X said "…" and left: the quotation is the content, whatever the sentence goes on to say.
            var q = ctx.direct[ctx.directOfToken[contentStart]];
            return ctx.Build(new TextSpan(q.Start, q.End), cue, cueWord.Class, cueWord.Prior, leadSpeaker, Placement.Leading);
        }

        var leadContent = ctx.Span(contentStart, contentEnd);
        if (leadContent.IsEmpty || ctx.IsRefusal(contentStart, contentEnd))
        {
            return null;
        }

        if (DirectQuoteDetector.CountWords(ctx.a, leadContent) < 2)
        {
            // "Trump attacked Machado", "she cited it": a one-word object is reported content as PolNeAR
            // annotates it, but too often a plain action for the rules; hybrid mode proposes it for the scorer.
            if (ctx.proposals is null || DirectQuoteDetector.CountWords(ctx.a, leadContent) == 0)
            {
                return null;
            }

            var shortObject = ctx.Build(leadContent, cue, cueWord.Class, cueWord.Prior, leadSpeaker, Placement.Leading);
            if (speakerOptional)
            {
                return shortObject; // the caller proposes it as relaxed
            }

            ctx.proposals.Propose(shortObject);
            return null;
        }

        return ctx.Build(leadContent, cue, cueWord.Class, cueWord.Prior, leadSpeaker, Placement.Leading);
    }

    /// <summary>The speaker of a leading cue: the mention before it, else the clause's subject, or a speaker after an opening cue ("Said Ellis: …").</summary>
    private Mention? FindSpeaker(in CueSite site, List<QuoteCandidate> earlier, bool speakerOptional, ref int cueEnd, out bool lacked, out bool refused)
    {
        lacked = false;
        refused = false;
        int t = site.Token;
        var sentence = site.Sentence;
        var word = ctx.a.TokenText(site.Token);

        // Leading: X said (that) … / X said: "…" / X told reporters that …
        var leadSpeaker = site.Left;
        if (leadSpeaker is null && AttributionContext.IsParticiple(word) && t > 0 && ctx.a.TokenText(t - 1) is var opener && (opener is "," || ctx.words.ParticipleOpeners.Contains(opener)))
        {
            // "…," Sanders said, suggesting …: the cue just before speaks; else the subject of the main clause.
            bool cueJustBefore = earlier.Count > 0 && earlier[^1].Cue is { } previousCue && previousCue.End <= ctx.tokens[t].Start
                && ctx.TokenAt(previousCue.Start) >= t - 4 && earlier[^1].Speaker is not null;
            leadSpeaker = cueJustBefore ? earlier[^1].Speaker : ctx.SentenceSubject(sentence, t);
        }

        if (leadSpeaker is null && t == sentence.FirstToken && !site.Word.Weak)
        {
            // "Said Ellis: “…”": the cue opens the sentence and the speaker follows it.
            var inverted = SpeakerFinder.FindStartingAt(ctx.a, cueEnd, sentence.EndToken, out int afterSpeaker);
            if (inverted is not null && afterSpeaker < ctx.tokens.Length && ctx.a.TokenText(afterSpeaker) is ":" or ",")
            {
                leadSpeaker = inverted;
                cueEnd = afterSpeaker;
            }
        }

        bool coordinated = false;
        if (leadSpeaker is null && site.BeforeModifiers >= site.Lower && ctx.words.Coordinators.Contains(ctx.a.TokenText(site.BeforeModifiers)))
        {
            // "Democrats described the showdown as ominous, and said …": the subject of the sentence speaks.
            leadSpeaker = ctx.SentenceSubject(sentence, t); // past introductory phrases: "Last month, Comey called … but said"
            coordinated = true;
        }

        // "It was reported that …": a sourceless passive reports content without a speaker.
        bool sourceless = leadSpeaker is null && site.Passive && site.BeforeModifiers >= site.Lower && ctx.a.TokenText(site.BeforeModifiers) is "It" or "it"
            && cueEnd < sentence.EndToken && ctx.a.TokenText(cueEnd) is "that";
        if (leadSpeaker is null && !coordinated && !sourceless)
        {
            // Hybrid mode's second try goes on, but not for a weak cue after a determiner: in "The vote is
            // next week" the cue is a noun, with or without a speaker.
            lacked = true;
            if (!speakerOptional || (site.Word.Weak && t > sentence.FirstToken && ctx.words.Determiners.Contains(ctx.a.TokenText(t - 1))))
            {
                refused = true;
                return null;
            }

            leadSpeaker = ctx.SentenceSubject(sentence, t);
        }

        return leadSpeaker;
    }

    /// <summary>Where the content of a leading cue starts, past an addressee, "that" and a time; -1 when the cue reports nothing.</summary>
    private int ContentStart(in CueSite site, int cueEnd, ref TextSpan cue, out bool hasThat, out bool colon)
    {
        hasThat = false;
        colon = false;
        var sentence = site.Sentence;
        var word = ctx.a.TokenText(site.Token);

        int contentStart = cueEnd;
        if (site.Tell && contentStart < sentence.EndToken)
        {
            contentStart = ctx.SkipRecipient(contentStart, sentence.EndToken);

            // "told reporters outside the terminal": after the addressee, only a clause or a quotation is content.
            if (contentStart > cueEnd && contentStart < sentence.EndToken && ctx.words.TimeAdjuncts.Contains(ctx.a.TokenText(contentStart)) && !ctx.words.TopicPrepositions.Contains(ctx.a.TokenText(contentStart)))
            {
                contentStart = ctx.SkipToThat(contentStart, sentence.EndToken);
                if (ctx.a.TokenText(contentStart) is not ("that" or "," or ":"))
                {
                    return -1;
                }
            }
        }

        bool toComplement = ctx.words.ToComplements.Contains(word);
        if (!site.Tell && !toComplement && contentStart + 1 < sentence.EndToken && ctx.a.TokenText(contentStart) is "to"
            && (ctx.words.Determiners.Contains(ctx.a.TokenText(contentStart + 1)) || SpeakerFinder.IsCapitalized(ctx.a.TokenText(contentStart + 1)) || ctx.words.Pronouns.TryGet(ctx.a.TokenText(contentStart + 1), out _)))
        {
            // "said to the TV", "said to reporters": the addressee is in no span.
            int afterAddressee = ctx.SkipRecipient(contentStart + 1, sentence.EndToken);
            if (afterAddressee == contentStart + 1)
            {
                afterAddressee++;
            }

            contentStart = afterAddressee;
            if (contentStart < sentence.EndToken && ctx.a.TokenText(contentStart) is not ("that" or "," or ":") && ctx.directOfToken[contentStart] < 0)
            {
                return -1;
            }
        }

        contentStart = ctx.SkipToThat(contentStart, sentence.EndToken);
        contentStart = ctx.SkipTimeAdjunct(contentStart, sentence.EndToken);

        // "talked about", "called for", "railed against": a linking preposition is part of the cue (PolNeAR).
        if (contentStart == cueEnd && contentStart + 1 < sentence.EndToken && (ctx.a.TokenText(contentStart) is "about" || (!site.Tell && ctx.words.CuePrepositions.Contains(ctx.a.TokenText(contentStart)))
            || (toComplement && ctx.a.TokenText(contentStart) is "to")))
        {
            cue = new TextSpan(cue.Start, ctx.tokens[contentStart].End);
            contentStart++;
        }

        hasThat = contentStart < ctx.tokens.Length && ctx.words.Complementizers.Contains(ctx.a.TokenText(contentStart));
        if (contentStart < ctx.tokens.Length && ctx.a.TokenText(contentStart) is ":" or ",")
        {
            colon = ctx.a.TokenText(contentStart) is ":";
            contentStart++;
        }

        return contentStart;
    }

    /// <summary>
    /// Whether the cue is a verb that reports its complement, not a noun ("the plan on Tuesday") or a plain action.
    /// A refused weak cue with a longer complement is proposed as relaxed in hybrid mode.
    /// </summary>
    private bool IsReport(in CueSite site, TextSpan cue, int cueEnd, Mention? leadSpeaker, int contentStart, bool hasThat, bool colon, out bool quoteFollows, out int contentEnd)
    {
        var cueWord = site.Word;
        var left = site.Left;
        var word = ctx.a.TokenText(site.Token);

        quoteFollows = ctx.directOfToken[contentStart] >= 0 && ctx.tokens[contentStart].Kind == TokenKind.QuoteMark;
        bool infinitive = ctx.a.TokenText(contentStart) is "to" && contentStart + 1 < site.Sentence.EndToken && ctx.tokens[contentStart + 1].Kind == TokenKind.Word
            && char.IsLower(ctx.a.TokenText(contentStart + 1)[0]) && !ctx.words.Determiners.Contains(ctx.a.TokenText(contentStart + 1)) && !ctx.words.Pronouns.TryGet(ctx.a.TokenText(contentStart + 1), out _);

        // A weak cue (a noun too: plans, claims, calls) needs a complement that only a verb takes; a past
        // form after its subject ("Clinton criticized the plan") is a verb.
        // A person does speech, writing and thought verbs ("Trump claimed vast wealth"); a document or poll
        // does evidence verbs ("the poll shows Clinton ahead").
        bool thirdPerson = word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal); // "discusses", not "discuss"
        bool pastAfterSubject = !ctx.AfterModal(site.Token, site.BeforeModifiers) && ((left is { Form: MentionForm.Name or MentionForm.Pronoun } && cueWord.Class != CueClass.Other && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || thirdPerson))
            || (left is { Form: MentionForm.Nominal } && cueWord.Class == CueClass.Other && thirdPerson && site.BeforeModifiers == site.Token - 1));
        // A form of "be" before the cue is skipped as a modifier and marks a passive, so only "has/have/had" count here.
        bool afterAuxiliary = left is not null && site.Token > 0 && ctx.words.PerfectAuxiliaries.Contains(ctx.a.TokenText(site.Token - 1)) && !site.Passive;
        // A quotation right after the cue is the content whatever the sentence goes on to say (the caller takes it), so
        // where a clause would end is not looked for.
        contentEnd = quoteFollows ? contentStart : ctx.ContentEnd(contentStart, site.Sentence);
        if (!quoteFollows && left is { Form: MentionForm.Relative } && ctx.ReferentOpensClause(site.LeftFirst, site.Sentence))
        {
            // "The novice who wants to unseat the chair is reaping rewards": the relative clause ends where the
            // predicate of its subject begins.
            contentEnd = ctx.BeforeMainPredicate(contentStart, contentEnd);
        }

        bool quotationInside = cueWord.Weak && ctx.HoldsQuotation(contentStart, contentEnd)
            && !(ctx.a.TokenText(contentStart).EndsWith("ed", StringComparison.Ordinal)); // "the report released last year": a noun
        if (cueWord.Weak && !hasThat && !colon && !quoteFollows && !infinitive && !pastAfterSubject && !afterAuxiliary && !quotationInside)
        {
            // A one-word complement of a weak cue is a noun's ("the plan on Tuesday"), not a report.
            if (ctx.proposals is not null && DirectQuoteDetector.CountWords(ctx.a, ctx.Span(contentStart, contentEnd)) >= 2)
            {
                ctx.proposals.Propose(ctx.Build(ctx.Span(contentStart, contentEnd), cue, cueWord.Class, cueWord.Prior, leadSpeaker, Placement.Leading));
            }

            return false;
        }

        // "Graham’s comments came …", "Editor’s note: …", "his Fifth Amendment claims, …", "college savings plans
        // that …": after a possessive, before a verb or a comma, or after a bare noun, the cue is a noun.
        if (cueWord.Weak && !quoteFollows && ((cueEnd < ctx.tokens.Length && ctx.a.TokenText(cueEnd) is ",")
            || (left is { Form: MentionForm.Nominal } && !ctx.words.Determiners.Contains(ctx.a.TokenText(site.LeftFirst)) && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                && !(hasThat && ctx.PluralSubject(left.Value, word)))))
        {
            return false;
        }

        if (!hasThat && (ctx.IsPossessive(left) || (cueWord.Weak && ctx.words.NounCueFollowers.Contains(ctx.a.TokenText(contentStart)))))
        {
            return false;
        }

        return true;
    }
}
