using QuoteExtract.Detection;

namespace QuoteExtract.Attribution.Passes;

/// <summary>Pass (hybrid mode): the refused candidates that overlap no rule candidate join the list, for the learned scorer.</summary>
internal sealed class RelaxedProposalPass(AttributionContext ctx)
{
    /// <summary>
    /// Hybrid mode's extra proposals, added after the rules are done so they change no rule decision: a refused
    /// candidate that overlaps no kept one and no earlier relaxed one, for the learned scorer to accept or drop.
    /// </summary>
    internal void Apply(List<QuoteCandidate> candidates)
    {
        if (ctx.proposals is null || ctx.proposals.Candidates.Count == 0)
        {
            return;
        }

        int ruleCount = candidates.Count;
        var rules = ruleCount > AttributionContext.SmallCount ? new SpanIndex(ruleCount, i => candidates[i].Hull) : null;
        foreach (var candidate in ctx.proposals.Candidates)
        {
            var hull = candidate.Hull;
            // A rule candidate nested inside (its cue within this content: "ruled that … could not resist pointing
            // out that …") does not block the outer report; the scorer judges both, and the likelier kept one stays.
            if (hull.IsEmpty || DirectQuoteDetector.CountWords(ctx.a, hull) < 1 || BlockedByRule(candidates, ruleCount, rules, hull))
            {
                continue;
            }

            candidate.Relaxed = true;
            candidates.Add(candidate);
        }

        if (candidates.Count > ruleCount)
        {
            candidates.Sort((x, y) => x.Hull.Start.CompareTo(y.Hull.Start));
        }
    }

    /// <summary>Whether one of the first <paramref name="ruleCount"/> (rule) candidates overlaps <paramref name="hull"/> without being nested in it.</summary>
    private static bool BlockedByRule(List<QuoteCandidate> candidates, int ruleCount, SpanIndex? rules, TextSpan hull)
    {
        if (rules is null)
        {
            for (int i = 0; i < ruleCount; i++)
            {
                var rule = candidates[i];
                if (rule.Hull.Overlaps(hull) && !Nested(rule, hull))
                {
                    return true;
                }
            }

            return false;
        }

        for (int p = rules.FirstEndingAfter(hull.Start); p < rules.Count && rules.StartAt(p) < hull.End; p++)
        {
            var rule = candidates[rules.IndexAt(p)];
            if (rule.Hull.Overlaps(hull) && !Nested(rule, hull))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="inner"/> (content, cue and speaker) lies wholly inside <paramref name="outer"/>, after its start.</summary>
    private static bool Nested(QuoteCandidate inner, TextSpan outer)
    {
        bool Inside(TextSpan s) => outer.Start < s.Start && s.End <= outer.End;
        return inner.Cue is { } cue && Inside(cue) && Inside(inner.Hull) && (inner.Speaker is not { } speaker || Inside(speaker.Span));
    }
}
