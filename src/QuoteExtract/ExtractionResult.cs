namespace QuoteExtract;

/// <summary>The quotes and speaking entities of one text.</summary>
/// <param name="Quotes">The quotes in text order.</param>
/// <param name="Entities">The entities the quotes' speakers refer to.</param>
public sealed record ExtractionResult(IReadOnlyList<Quote> Quotes, IReadOnlyList<Entity> Entities)
{
    /// <summary>A result with no quote and no entity.</summary>
    public static ExtractionResult Empty { get; } = new([], []);
}
