namespace QuoteExtract;

/// <summary>One quote found in a text.</summary>
/// <param name="Span">The content: from the first to the last character of the quote (the hull of <paramref name="Parts"/>).</param>
/// <param name="Text">The text at <paramref name="Span"/>.</param>
/// <param name="Type">Direct, indirect or mixed.</param>
/// <param name="Parts">The pieces of the content; more than one for a split quote ("…," she said. "…").</param>
/// <param name="Cue">The words that signal the quote, or null when none was found.</param>
/// <param name="Speaker">The mention of who said it, or null when none was found.</param>
/// <param name="EntityId">The id of the <see cref="Entity"/> the speaker refers to, or null.</param>
/// <param name="Confidence">How sure the extractor is that this is a quote with this speaker, in [0, 1].</param>
public sealed record Quote(
    TextSpan Span,
    string Text,
    QuoteType Type,
    IReadOnlyList<TextSpan> Parts,
    Cue? Cue,
    Speaker? Speaker,
    int? EntityId,
    double Confidence);
