namespace QuoteExtract.Attribution.Passes;

/// <summary>Pass: a direct quote with no cue takes the lead-in or colon subject before it, or its neighbour's speaker.</summary>
internal sealed class SpeakerInheritancePass(AttributionContext ctx)
{
    /// <summary>
    /// A direct quote with no cue continues the speaker of the quote before it in the same or the previous
    /// paragraph (a long statement, a conversation), or else of a quote right after it in the next paragraph.
    /// </summary>
    internal void Apply(List<QuoteCandidate> candidates)
    {
        int lastWithSpeaker = -1; // speakers are only ever given here, so the nearest before i is tracked, not searched
        for (int i = 0; i < candidates.Count; lastWithSpeaker = candidates[i].Speaker is not null ? i : lastWithSpeaker, i++)
        {
            var c = candidates[i];
            if (c.Speaker is not null || c.Type != QuoteType.Direct)
            {
                continue;
            }

            int paragraph = ctx.a.ParagraphAt(c.Hull.Start);
            if (LeadInSubject(c, paragraph) is not null || ColonSubject(c) is not null)
            {
                continue;
            }

            QuoteCandidate? source = null;
            if (lastWithSpeaker >= 0 && paragraph - ctx.a.ParagraphAt(candidates[lastWithSpeaker].Hull.End - 1) <= 1)
            {
                source = candidates[lastWithSpeaker];
            }

            if (source is null && i + 1 < candidates.Count && candidates[i + 1].Speaker is not null && ctx.a.ParagraphAt(candidates[i + 1].Hull.Start) - paragraph <= 1)
            {
                source = candidates[i + 1];
            }

            if (source is not null)
            {
                c.AttributeTo(source.Speaker, source.Cue, source.CueClass, source.CuePrior, Placement.Inherited);
            }
        }
    }

    /// <summary>"President Obama is rolling out a new message: “It's about me.”": the subject of the clause before the colon.</summary>
    private Mention? ColonSubject(QuoteCandidate c)
    {
        int first = ctx.TokenAt(c.Hull.Start);
        if (first < 2 || ctx.a.TokenText(first - 1) is not ":" || ctx.a.SentenceOfToken[first - 1] != ctx.a.SentenceOfToken[first])
        {
            return null;
        }

        var subject = ctx.SentenceSubject(ctx.SentenceOf(first - 1), first - 1);
        if (subject is null)
        {
            return null;
        }

        c.AttributeTo(subject, new TextSpan(ctx.tokens[first - 1].Start, ctx.tokens[first - 1].End), CueClass.Speech, 0.6, Placement.Colon);
        return subject;
    }

    /// <summary>"Sanders made the following comment:" ¶ "…": the subject of a paragraph that ends with a colon.</summary>
    private Mention? LeadInSubject(QuoteCandidate c, int paragraph)
    {
        if (paragraph == 0 || ctx.a.Paragraphs[paragraph].Start != c.Hull.Start)
        {
            return null;
        }

        var previous = ctx.a.Paragraphs[paragraph - 1];
        int colon = previous.EndToken - 1;
        if (ctx.a.TokenText(colon) is not ":")
        {
            return null;
        }

        var sentence = ctx.a.Sentences[previous.EndSentence - 1];

        // "And from Eastholm's harbourmaster, Per Lindqvist:" — the name before the colon, else the subject.
        var subject = SpeakerFinder.FindEndingAt(ctx.a, colon - 1, sentence.FirstToken, false, out _) is { Form: MentionForm.Name } named
            ? named
            : ctx.SentenceSubject(sentence, colon);
        if (subject is null)
        {
            return null;
        }

        c.AttributeTo(subject, new TextSpan(ctx.tokens[colon].Start, ctx.tokens[colon].End), CueClass.Speech, 0.6, Placement.Colon);
        return subject;
    }
}
