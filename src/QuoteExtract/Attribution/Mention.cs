namespace QuoteExtract.Attribution;

/// <summary>A speaker mention found in the text: its span, kind and form.</summary>
internal readonly record struct Mention(TextSpan Span, EntityKind Kind, MentionForm Form);
