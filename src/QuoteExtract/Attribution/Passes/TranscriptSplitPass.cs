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
    /// <remarks>
    /// A quote around a turn starts before the turn's label and ends at or after the turn, so only candidates that start
    /// before the label are read (a <see cref="SpanIndex"/> of their hulls), from the nearest back, and the reading stops
    /// where no earlier candidate reaches the turn's end: each turn costs the quotes around it, not the whole document.
    /// </remarks>
    internal void Apply(List<QuoteCandidate> candidates)
    {
        var outers = new HashSet<QuoteCandidate>();
        SpanIndex? hulls = null;
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

            hulls ??= new SpanIndex(candidates.Count, i => candidates[i].Hull);
            int innerEnd = inner.Hull.End;
            for (int p = hulls.CountStartingBefore(speaker.Span.Start) - 1; p >= 0 && hulls.ReachAt(p) >= innerEnd; p--)
            {
                var outer = candidates[hulls.IndexAt(p)];
                if (!ReferenceEquals(outer, inner) && outer.Type == QuoteType.Direct && innerEnd <= hulls.EndAt(p))
                {
                    outers.Add(outer);
                    inner.Type = QuoteType.Direct;
                }
            }
        }

        candidates.RemoveAll(outers.Contains);
    }
}
