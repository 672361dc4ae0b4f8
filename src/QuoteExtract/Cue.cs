namespace QuoteExtract;

/// <summary>The words that signal a quote: "said", "told reporters", "according to", a colon.</summary>
/// <param name="Span">Where the cue is in the text.</param>
/// <param name="Text">The cue as written; equals the text at <paramref name="Span"/>.</param>
/// <param name="Class">What kind of reporting the cue signals.</param>
public sealed record Cue(TextSpan Span, string Text, CueClass Class);
