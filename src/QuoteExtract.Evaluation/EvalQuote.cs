namespace QuoteExtract.Evaluation;

/// <summary>
/// A quote as the scorer sees it, gold or predicted: its hull, its parts (null when the input gave none),
/// its type name and the spans of its speaker mention and cue. Offsets are as read; the scorer clamps them
/// to the text. <see cref="Confidence"/> is the prediction's confidence when it gave one (never used by score.py's metrics).
/// </summary>
internal sealed record EvalQuote(int Start, int End, IReadOnlyList<TextSpan>? Parts, string Type, TextSpan? Speaker, TextSpan? Cue, double? Confidence = null)
{
    /// <summary>The scorer's view of an extractor result, the same fields <c>quotex extract --format jsonl</c> writes.</summary>
    public static EvalQuote From(Quote quote) => new(
        quote.Span.Start,
        quote.Span.End,
        quote.Parts.Count > 0 ? quote.Parts : null,
        Serialization.JsonNames.Of(quote.Type),
        quote.Speaker?.Span,
        quote.Cue?.Span,
        quote.Confidence);
}

/// <summary>A gold document: its id, its text and its quotes.</summary>
internal sealed record GoldDocument(string Id, string Text, IReadOnlyList<EvalQuote> Quotes);

/// <summary>The quotes predicted for one document, keyed by the gold document's id.</summary>
internal sealed record PredictedDocument(string Id, IReadOnlyList<EvalQuote> Quotes);
