namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// The cue and its speaker, a colon or comma, then a quotation: "Anna Krüger sagte: „Wir bauen neu.“" / "Paul
/// Durand a déclaré : « Nous reconstruirons. »" The quotation is a direct quote.
/// </summary>
internal sealed class CueThenQuotePlacement(ClauseContext ctx)
{
    /// <summary>At most this many tokens (an inverted speaker, adjuncts) stand between a cue and its colon.</summary>
    private const int MaxGap = 14;

    public QuoteCandidate? TryPlace(int cueStart, int cue, TextSpan cueSpan, CueClass cueClass, double prior, int sentenceEnd)
    {
        int mark = -1;
        for (int i = cue + 1; i < sentenceEnd && i - cue <= MaxGap; i++)
        {
            if (ctx.QuotationStartingAt(i) >= 0)
            {
                mark = i;
                break;
            }

            if (ctx.QuotationOfToken[i] >= 0 || (ctx.IsPunctuation(i, ",;") && ctx.QuotationStartingAt(i + 1) < 0))
            {
                return null;
            }
        }

        if (mark < 0 || !ctx.IsPunctuation(mark - 1, ":,") || mark - 1 == cue && ctx.IsPunctuation(mark - 1, ","))
        {
            return null;
        }

        var sentence = ctx.SentenceOf(cue);
        var speaker = ctx.Inverted(cueStart, cue, mark - 1) ? ctx.SpeakerAfter(cue + 1, mark - 1) ?? ctx.SpeakerBefore(cueStart, sentence.FirstToken) : ctx.SpeakerBefore(cueStart, sentence.FirstToken);
        var quotation = ctx.Quotations[ctx.QuotationStartingAt(mark)];
        var candidate = new QuoteCandidate([new TextSpan(quotation.Start, quotation.End)], QuoteType.Direct) { Closed = quotation.Closed };
        candidate.AttributeTo(speaker, cueSpan, cueClass, prior, Placement.Leading);
        return candidate;
    }
}
