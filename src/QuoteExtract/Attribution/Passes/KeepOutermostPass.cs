namespace QuoteExtract.Attribution.Passes;

/// <summary>Pass after the cue-driven placements: only the outermost attribution counts, and of two overlapping ones the better.</summary>
internal static class KeepOutermostPass
{
    /// <summary>Only the outermost attribution counts: drop candidates whose cue lies in another's content, and overlaps.</summary>
    internal static List<QuoteCandidate> Apply(List<QuoteCandidate> candidates)
    {
        var result = new List<QuoteCandidate>(candidates.Count);
        var hulls = candidates.Count > AttributionContext.SmallCount ? new SpanIndex(candidates.Count, i => candidates[i].Hull) : null;
        int hint = 0; // candidates come in order of their cue, so each look-up starts where the one before ended
        foreach (var c in candidates)
        {
            if (!IsNested(c, candidates, hulls, ref hint))
            {
                result.Add(c);
            }
        }

        // Overlapping content of two attributions: keep the one that came first, unless the later one is longer and direct.
        result.Sort((x, y) => x.Hull.Start.CompareTo(y.Hull.Start));
        var final = new List<QuoteCandidate>(result.Count);
        foreach (var c in result)
        {
            if (final.Count > 0 && final[^1].Hull.Overlaps(c.Hull))
            {
                var previous = final[^1];
                if (Score(c) > Score(previous))
                {
                    final[^1] = c;
                }

                continue;
            }

            final.Add(c);
        }

        return final;

        static double Score(QuoteCandidate c) => c.CuePrior + (c.Placement == Placement.Trailing ? 0.1 : 0) + (c.Type == QuoteType.Direct ? 0.2 : 0);
    }

    /// <summary>
    /// Whether another candidate's content, longer than <paramref name="c"/>'s, holds <paramref name="c"/>'s cue while
    /// <paramref name="c"/>'s content does not hold its cue. Only the hulls that start at or before the cue and reach
    /// past it are read, nearest first.
    /// </summary>
    private static bool IsNested(QuoteCandidate c, List<QuoteCandidate> candidates, SpanIndex? hulls, ref int hint)
    {
        var cue = c.Cue!.Value;
        if (hulls is null)
        {
            foreach (var other in candidates)
            {
                if (!ReferenceEquals(c, other) && other.Hull.Contains(cue) && !c.Hull.Contains(other.Cue!.Value) && other.Hull.Length > c.Hull.Length)
                {
                    return true;
                }
            }

            return false;
        }

        for (int p = hulls.CountStartingBefore(cue.Start + 1, ref hint) - 1; p >= 0 && hulls.ReachAt(p) >= cue.End; p--)
        {
            var other = candidates[hulls.IndexAt(p)];
            if (!ReferenceEquals(c, other) && other.Hull.Contains(cue) && !c.Hull.Contains(other.Cue!.Value) && other.Hull.Length > c.Hull.Length)
            {
                return true;
            }
        }

        return false;
    }
}
