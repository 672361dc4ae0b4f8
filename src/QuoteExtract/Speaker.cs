namespace QuoteExtract;

/// <summary>The mention of who said a quote, as written: "Antonov", "He", "the diplomat".</summary>
/// <param name="Span">Where the mention is in the text.</param>
/// <param name="Text">The mention as written; equals the text at <paramref name="Span"/>.</param>
/// <param name="Kind">Person, organization or unknown.</param>
public sealed record Speaker(TextSpan Span, string Text, EntityKind Kind);
