namespace QuoteExtract.Attribution.Passes;

/// <summary>Pass: the second part of a split quote ("…," X said. "…") is claimed by its cue unless another cue claimed it first.</summary>
internal sealed class SplitQuoteMergePass(AttributionContext ctx)
{
    internal void Apply(List<QuoteCandidate> candidates, QuoteCandidate?[] claimedBy)
    {
        foreach (var c in candidates)
        {
            if (c.Parts.Count < 2)
            {
                continue;
            }

            // The second part was added when the trailing group was read; claim it unless claimed already.
            var second = c.Parts[^1];
            int index = ctx.directLookup.IndexOfStart(second.Start);
            if (index >= 0 && claimedBy[index] is null)
            {
                claimedBy[index] = c;
            }
            else if (index >= 0 && !ReferenceEquals(claimedBy[index], c))
            {
                c.Parts.RemoveAt(c.Parts.Count - 1);
            }
        }
    }
}
