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
    /// The candidates come sorted by where their content starts. A quote around a turn starts before the turn's label
    /// and ends at or after the turn, so only candidates before the label are read, from the nearest back, and the
    /// reading stops where no earlier candidate reaches the turn's end (<c>reach</c>: the furthest end so far in the
    /// list): each turn costs the quotes around it, not the whole document.
    /// </remarks>
    internal void Apply(List<QuoteCandidate> candidates)
    {
        var outers = new HashSet<QuoteCandidate>();
        int[]? reach = null;
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

            reach ??= Reach(candidates);
            int innerEnd = inner.Hull.End;
            for (int j = StartingBefore(candidates, speaker.Span.Start) - 1; j >= 0 && reach[j] >= innerEnd; j--)
            {
                var outer = candidates[j];
                if (!ReferenceEquals(outer, inner) && outer.Type == QuoteType.Direct && innerEnd <= outer.Hull.End)
                {
                    outers.Add(outer);
                    inner.Type = QuoteType.Direct;
                }
            }
        }

        candidates.RemoveAll(outers.Contains);
    }

    /// <summary>For each position in the list, the furthest content end among the candidates up to it.</summary>
    private static int[] Reach(List<QuoteCandidate> candidates)
    {
        var reach = new int[candidates.Count];
        for (int i = 0, furthest = int.MinValue; i < candidates.Count; i++)
        {
            furthest = Math.Max(furthest, candidates[i].Hull.End);
            reach[i] = furthest;
        }

        return reach;
    }

    /// <summary>How many candidates (sorted by content start) start before <paramref name="position"/>.</summary>
    private static int StartingBefore(List<QuoteCandidate> candidates, int position)
    {
        int low = 0, high = candidates.Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (candidates[mid].Hull.Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
