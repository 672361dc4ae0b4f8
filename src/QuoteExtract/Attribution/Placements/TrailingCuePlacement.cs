namespace QuoteExtract.Attribution.Placements;

/// <summary>Placement "…," X said. / "…," said X. / …, X said on Monday. / a split quote "…," X said, "…".</summary>
internal sealed class TrailingCuePlacement(AttributionContext ctx)
{
    /// <summary>The trailing quote the cue reports, if its speaker and cue follow the content.</summary>
    internal QuoteCandidate? TryPlace(in CueSite site)
    {
        int beforeModifiers = site.BeforeModifiers;
        int leftFirst = site.LeftFirst;

        // Trailing: "…," X said. / "…," said X. / …, X said on Monday. A weak cue ("…," she continued) counts
        // only right after a quotation.
        bool afterQuotation = beforeModifiers >= 0 && (leftFirst > 0 && site.Left is not null ? ctx.directOfToken[leftFirst - 1] >= 0 : ctx.directOfToken[beforeModifiers] >= 0);

        // "…, polls show." / "…, he estimated.": a weak cue that ends the sentence after ", X" is a verb.
        bool endsSentence = site.Word.Weak && site.Left is not null && leftFirst > 0 && ctx.a.TokenText(leftFirst - 1) is "," && site.CueEnd > ctx.LastContentToken(site.Sentence);
        if (!site.Word.Weak || afterQuotation || endsSentence)
        {
            Mention? speaker = site.Left;
            int groupFirst = leftFirst;
            int restStart = site.CueEnd;
            if (speaker is null && beforeModifiers >= 0 && ctx.IsSeparator(beforeModifiers))
            {
                speaker = SpeakerFinder.FindStartingAt(ctx.a, site.CueEnd, site.Sentence.EndToken, out restStart);
                groupFirst = beforeModifiers + 1;

                // "said a senior official who was not authorised to speak publicly": the clause identifies the source.
                int lastToken = ctx.LastContentToken(site.Sentence);
                if (speaker is { } invertedSpeaker && restStart <= lastToken && ctx.a.TokenText(restStart) is "who" && ctx.AdjunctOnly(restStart + 1, lastToken))
                {
                    speaker = invertedSpeaker with { Span = new TextSpan(invertedSpeaker.Span.Start, ctx.tokens[lastToken].End) };
                    restStart = lastToken + 1;
                }
            }

            bool inverted = speaker is { } found && found.Span.Start > site.Cue.Start;

            // "…, which together vowed to …": a relative pronoun heads its own clause; its content follows.
            if (speaker is { Form: MentionForm.Relative })
            {
                speaker = null;
            }

            if (speaker is { } s && groupFirst > 0 && ctx.IsSeparator(groupFirst - 1) && ctx.IsTrailingRest(restStart, site.Sentence, site.Tell, inverted, site.Word.Class is CueClass.Speech or CueClass.Writing, afterQuotation, out int splitQuote))
            {
                return Build(site, s, groupFirst, restStart, splitQuote);
            }
        }

        return null;
    }

    /// <summary>The trailing candidate of a speaker group that starts at <paramref name="groupFirst"/>, with the second part of a split quote.</summary>
    private QuoteCandidate? Build(in CueSite site, Mention s, int groupFirst, int restStart, int splitQuote)
    {

        // "…," X said, adding that … "…": a participle cue reports a quote of its own; no split.
        if (splitQuote < 0 && !ctx.HasParticipleClause(restStart, site.Sentence.EndToken))
        {
            splitQuote = ctx.NextSentenceQuote(site.Sentence);
        }

        var trailing = ctx.TrailingContent(groupFirst - 1, site.Sentence);

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
        if (trailing is { } content && (splitQuote < 0 || ctx.TypeOf(content) == QuoteType.Direct || ctx.direct[splitQuote].Start >= site.Sentence.End))
        {
            var candidate = ctx.Build(content, site.Cue, site.Word.Class, site.Word.Prior, s, Placement.Trailing);
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
