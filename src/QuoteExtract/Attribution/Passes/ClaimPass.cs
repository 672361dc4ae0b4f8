namespace QuoteExtract.Attribution.Passes;

/// <summary>Pass: each direct quote inside a candidate is claimed by it; a direct candidate whose quotes were all claimed before is dropped.</summary>
internal static class ClaimPass
{
    internal static List<QuoteCandidate> Apply(List<QuoteCandidate> candidates, QuoteCandidate?[] claimedBy, AttributionContext ctx)
    {
        var kept = new List<QuoteCandidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var claimed = ctx.DirectInside(candidate.Hull);
            if (candidate.Type == QuoteType.Direct && claimed.Count > 0 && claimed.TrueForAll(i => claimedBy[i] is not null))
            {
                continue;
            }

            foreach (int i in claimed)
            {
                claimedBy[i] ??= candidate;
            }

            kept.Add(candidate);
        }

        return kept;
    }
}
