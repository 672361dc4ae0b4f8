using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Neural;

/// <summary>
/// A model that labels every token of an analysed text with a probability for each label of <see cref="TagSet"/>.
/// The QuoteExtract.Neural package implements it; the core library decodes and groups what it returns.
/// Implementations are thread-safe.
/// </summary>
internal interface ITokenTagger
{
    /// <summary>
    /// Probabilities of the labels, row by row: token <c>t</c>'s are at <c>[t * TagSet.Count ..]</c>.
    /// </summary>
    float[] Tag(TextAnalysis analysis, IReadOnlyList<QuotedSpan> quotations, IReadOnlyList<QuoteCandidate> candidates);

    /// <summary>
    /// Scores the decoder adds for a label following another, <c>[previous * TagSet.Count + next]</c>, in log space; null
    /// for none.
    /// </summary>
    float[]? Transitions { get; }

    /// <summary>Quotes whose confidence falls below this are not reported.</summary>
    double MinimumConfidence { get; }
}
