namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// The cue and its speaker, then what they report to the end of the sentence: "Er sagte, dass …" / "Dazu sagte
/// Rice, die USA hielten sich …" / "Wie die Polizei mitteilte, wurde …" / "Le maire a déclaré que …". An indirect
/// quote, mixed when it holds a quotation.
/// </summary>
internal sealed class CueThenClausePlacement(ClauseContext ctx)
{
    /// <summary>At most this many tokens (an inverted speaker, adjuncts, a particle) stand between a cue and its comma.</summary>
    private const int MaxGap = 14;

    public QuoteCandidate? TryPlace(int cueStart, int cue, TextSpan cueSpan, CueClass cueClass, double prior, int sentenceEnd)
    {
        var a = ctx.Analysis;
        int start = -1;
        for (int i = cue + 1; i < sentenceEnd && i - cue <= MaxGap; i++)
        {
            if (ctx.IsPunctuation(i, ",:"))
            {
                start = i + 1;
                break;
            }

            if (ctx.IsWord(i) && ctx.Lexicons.ClauseLinks.Contains(ctx.Word(i)))
            {
                start = i;
                break;
            }

            if (ctx.QuotationOfToken[i] >= 0 || ctx.IsPunctuation(i, ";") || (ctx.IsWord(i) && ctx.Lexicons.TryGetCue(ctx.Word(i), out _) && i > cue + 1))
            {
                return null;
            }
        }

        if (start < 0 || start >= sentenceEnd)
        {
            return null;
        }

        var content = new TextSpan(a.Tokens[start].Start, ctx.ContentEnd(sentenceEnd - 1));
        if (content.End <= content.Start || a.CountWords(content) < 3)
        {
            return null;
        }

        var sentence = ctx.SentenceOf(cue);
        int speakerEnd = start - 1;
        while (speakerEnd > cue && ctx.IsPunctuation(speakerEnd, ",:"))
        {
            speakerEnd--;
        }

        var speaker = ctx.Inverted(cueStart, cue, speakerEnd + 1) ? ctx.SpeakerAfter(cue + 1, speakerEnd + 1) ?? ctx.SpeakerBefore(cueStart, sentence.FirstToken) : ctx.SpeakerBefore(cueStart, sentence.FirstToken);
        var candidate = new QuoteCandidate([content], a.HoldsQuoteMark(content) ? QuoteType.Mixed : QuoteType.Indirect);
        candidate.AttributeTo(speaker, cueSpan, cueClass, prior, Placement.Leading);
        return candidate;
    }
}
