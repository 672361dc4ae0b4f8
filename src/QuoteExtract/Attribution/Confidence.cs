namespace QuoteExtract.Attribution;

/// <summary>
/// A rule-based confidence: how sure the placement is, scaled by how often the cue word reports speech
/// in annotated news (its prior). Unclosed quotes and quotes without a speaker score lower.
/// </summary>
internal static class Confidence
{
    public static double Of(QuoteCandidate c)
    {
        double placement = c.Placement switch
        {
            Placement.Trailing => 0.95,
            Placement.Leading => 0.85,
            Placement.Colon => 0.7,
            Placement.Dash => 0.8,
            Placement.Inherited => 0.6,
            _ => 0.35,
        };

        double value = placement * (0.5 + (0.5 * c.CuePrior));
        if (c.Type == QuoteType.Direct && c.Placement != Placement.None)
        {
            value = Math.Max(value, 0.7);
        }

        if (!c.Closed)
        {
            value *= 0.7;
        }

        return Math.Clamp(value, 0, 1);
    }
}
