using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Neural;

/// <summary>
/// The rows the tagger reads, one per token: the encoder's vector, then the rule inputs (<see cref="RuleInputs"/>).
/// Training and extraction build them with this one method.
/// </summary>
internal static class TaggerInputs
{
    /// <summary>Columns of a row for <paramref name="encoder"/>.</summary>
    public static int Width(MiniLmEncoder encoder) => encoder.Width + RuleInputs.Count;

    /// <summary>The rows of an analysed text (tokens × <see cref="Width"/>).</summary>
    public static float[] Build(MiniLmEncoder encoder, TextAnalysis analysis, IReadOnlyList<QuotedSpan> quotations, IReadOnlyList<QuoteCandidate> candidates)
    {
        int count = analysis.Tokens.Length;
        int width = Width(encoder);
        var rows = new float[count * width];
        encoder.Encode(analysis, rows, width);
        var rules = new float[count * RuleInputs.Count];
        RuleInputs.Compute(analysis, quotations, candidates, rules);
        for (int t = 0; t < count; t++)
        {
            rules.AsSpan(t * RuleInputs.Count, RuleInputs.Count).CopyTo(rows.AsSpan((t * width) + encoder.Width, RuleInputs.Count));
        }

        return rows;
    }
}
