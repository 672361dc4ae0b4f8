namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// A quotation, a comma, then the cue and its speaker: "„Wir bauen neu“, sagte Anna Krüger." / "« Nous
/// reconstruirons », a déclaré Paul Durand." / "« … », a-t-elle ajouté." / "„…“, so der Sprecher." The quotation is a direct quote.
/// </summary>
internal sealed class QuoteThenCuePlacement(ClauseContext ctx)
{
    public QuoteCandidate? TryPlace(int cueStart, int cue, TextSpan cueSpan, CueClass cueClass, double prior, int sentenceEnd)
    {
        int k = cueStart - 1;
        int first = cueStart;
        if (k >= 0 && ctx.IsWord(k) && ctx.Lexicons.Auxiliaries.Contains(ctx.Word(k)))
        {
            first = k--; // "a-t-elle ajouté": the auxiliary carries the speaker
        }

        if (k >= 0 && ctx.IsPunctuation(k, ","))
        {
            k--;
        }

        int q = ctx.QuotationEndingAt(k);
        if (q < 0 || (ctx.InvertedPronoun(first, cue) ?? ctx.SpeakerAfter(cue + 1, sentenceEnd)) is not { } speaker)
        {
            return null;
        }

        var quotation = ctx.Quotations[q];
        var candidate = new QuoteCandidate([new TextSpan(quotation.Start, quotation.End)], QuoteType.Direct) { Closed = quotation.Closed };
        candidate.AttributeTo(speaker, cueSpan, cueClass, prior, Placement.Trailing);
        return candidate;
    }
}
