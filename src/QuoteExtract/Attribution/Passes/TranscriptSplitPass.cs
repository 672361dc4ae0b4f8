using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Passes;

/// <summary>Pass: a transcript quoted whole is its speaker turns, not one more quote around them.</summary>
internal sealed class TranscriptSplitPass(AttributionContext ctx)
{
    /// <summary>
    /// A transcript quoted whole (<c>"RAMOS: Secretary Clinton, did you …</c>, each paragraph reopened with a mark) is
    /// its speaker turns: each turn whose speaker label stands right after a quotation mark, before a colon, is a direct
    /// quote (its words are inside the marks), and the quotation around the turns is not reported as one more quote.
    /// </summary>
    internal void Apply(List<QuoteCandidate> candidates)
    {
        var outers = new HashSet<QuoteCandidate>();
        foreach (var inner in candidates)
        {
            if (inner.Cue is not { } cue || inner.Speaker is not { } speaker || ctx.a.TokenText(ctx.TokenAt(cue.Start)) is not ":")
            {
                continue;
            }

            int label = ctx.TokenAt(speaker.Span.Start);
            if (label == 0 || ctx.tokens[label - 1].Kind != TokenKind.QuoteMark || !ctx.IsNameLabel(speaker.Span))
            {
                continue;
            }

            foreach (var outer in candidates)
            {
                if (!ReferenceEquals(outer, inner) && outer.Type == QuoteType.Direct && outer.Hull.Start < speaker.Span.Start && inner.Hull.End <= outer.Hull.End)
                {
                    outers.Add(outer);
                    inner.Type = QuoteType.Direct;
                }
            }
        }

        candidates.RemoveAll(outers.Contains);
    }
}
