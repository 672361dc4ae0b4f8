namespace QuoteExtract.Attribution.Placements;

/// <summary>Placement "…," X said. / "…," said X. / …, X said on Monday. / a split quote "…," X said, "…".</summary>
internal sealed class TrailingCuePlacement(AttributionContext ctx)
{
    /// <summary>The trailing quote the cue reports, if its speaker and cue follow the content.</summary>
    internal QuoteCandidate? TryPlace(in CueSite site)
    {
        var cueWord = site.Word;
        var sentence = site.Sentence;
        var cue = site.Cue;
        int cueEnd = site.CueEnd;
        int beforeModifiers = site.BeforeModifiers;
        var left = site.Left;
        int leftFirst = site.LeftFirst;
        bool tell = site.Tell;

        // Trailing: "…," X said. / "…," said X. / …, X said on Monday. A weak cue ("…," she continued) counts
        // only right after a quotation.
        bool afterQuotation = beforeModifiers >= 0 && (leftFirst > 0 && left is not null ? ctx.directOfToken[leftFirst - 1] >= 0 : ctx.directOfToken[beforeModifiers] >= 0);

        // "…, polls show." / "…, he estimated.": a weak cue that ends the sentence after ", X" is a verb.
        bool endsSentence = cueWord.Weak && left is not null && leftFirst > 0 && ctx.a.TokenText(leftFirst - 1) is "," && cueEnd > ctx.LastContentToken(sentence);
        if (!cueWord.Weak || afterQuotation || endsSentence)
        {
            Mention? speaker = left;
            int groupFirst = leftFirst;
            int restStart = cueEnd;
            if (speaker is null && beforeModifiers >= 0 && ctx.IsSeparator(beforeModifiers))
            {
                speaker = SpeakerFinder.FindStartingAt(ctx.a, cueEnd, sentence.EndToken, out restStart);
                groupFirst = beforeModifiers + 1;

                // "said a senior official who was not authorised to speak publicly": the clause identifies the source.
                int lastToken = ctx.LastContentToken(sentence);
                if (speaker is { } invertedSpeaker && restStart <= lastToken && ctx.a.TokenText(restStart) is "who" && ctx.AdjunctOnly(restStart + 1, lastToken))
                {
                    speaker = invertedSpeaker with { Span = new TextSpan(invertedSpeaker.Span.Start, ctx.tokens[lastToken].End) };
                    restStart = lastToken + 1;
                }
            }

            bool inverted = speaker is { } found && found.Span.Start > cue.Start;

            // "…, which together vowed to …": a relative pronoun heads its own clause; its content follows.
            if (speaker is { Form: MentionForm.Relative })
            {
                speaker = null;
            }

            if (speaker is { } s && groupFirst > 0 && ctx.IsSeparator(groupFirst - 1) && ctx.IsTrailingRest(restStart, sentence, tell, inverted, cueWord.Class is CueClass.Speech or CueClass.Writing, afterQuotation, out int splitQuote))
            {
                return Build(site, s, groupFirst, restStart, splitQuote);
            }
        }

        return null;
    }

    /// <summary>The trailing candidate of a speaker group that starts at <paramref name="groupFirst"/>, with the second part of a split quote.</summary>
    private QuoteCandidate? Build(in CueSite site, Mention s, int groupFirst, int restStart, int splitQuote)
    {
        var sentence = site.Sentence;
        var cue = site.Cue;
        var cueWord = site.Word;

        // "…," X said, adding that … "…": a participle cue reports a quote of its own; no split.
        if (splitQuote < 0 && !ctx.HasParticipleClause(restStart, sentence.EndToken))
        {
            splitQuote = ctx.NextSentenceQuote(sentence);
        }

        var trailing = ctx.TrailingContent(groupFirst - 1, sentence);

        // A quote after ", X said," belongs to the cue unless a quote also stands before it (a split quote).
        // "X scolded him: “A,” she said. “B”": A belongs to the lead-in; the trailing cue takes B.
        if (trailing is { } led && splitQuote >= 0 && ctx.TokenAt(led.Start) > 0 && ctx.a.TokenText(ctx.TokenAt(led.Start) - 1) is ":" && ctx.TypeOf(led) == QuoteType.Direct)
        {
            trailing = new TextSpan(ctx.direct[splitQuote].Start, ctx.direct[splitQuote].End);
            splitQuote = -1;
        }

        // A paraphrase before the cue takes the quoted sentence after it as its second part, as PolNeAR
        // annotates ("… are “not meeting the demand,” says X. “We often …”"); a quotation right after
        // ", X said," belongs to the cue instead when no quotation stands before it.
        if (trailing is { } content && (splitQuote < 0 || ctx.TypeOf(content) == QuoteType.Direct || ctx.direct[splitQuote].Start >= sentence.End))
        {
            var candidate = ctx.Build(content, cue, cueWord.Class, cueWord.Prior, s, Placement.Trailing);
            if (splitQuote >= 0)
            {
                candidate.Parts.Add(new TextSpan(ctx.direct[splitQuote].Start, ctx.direct[splitQuote].End));
                if (candidate.Type != QuoteType.Direct)
                {
                    candidate.Type = QuoteType.Mixed; // a paraphrase and a quotation
                }
            }

            return candidate;
        }

        return null;
    }
}
