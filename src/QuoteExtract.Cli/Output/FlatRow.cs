namespace QuoteExtract.Cli;

/// <summary>
/// One row of the tabular formats (CSV, Parquet): a quote with its document id, or, for a document without quotes
/// or an error record, one row with no quote (<see cref="Quote"/> null) so every input keeps a row. Column names
/// follow the JSON contract, flattened with <c>_</c>.
/// </summary>
internal sealed record FlatRow(
    string Id,
    int? Quote,
    int? Start,
    int? End,
    string? Text,
    string? Type,
    string? Speaker,
    int? SpeakerStart,
    int? SpeakerEnd,
    string? SpeakerKind,
    int? Entity,
    string? EntityName,
    string? Cue,
    string? CueClass,
    double? Confidence,
    string? Error,
    string? Source,
    int? Line,
    string? Warnings)
{
    public static readonly string[] Columns =
    [
        "id", "quote", "start", "end", "text", "type", "speaker", "speaker_start", "speaker_end", "speaker_kind",
        "entity", "entity_name", "cue", "cue_class", "confidence", "error", "source", "line", "warnings",
    ];

    public static IEnumerable<FlatRow> From(InputDocument document, ExtractionResult? result)
    {
        string? warnings = document.Warnings.Count == 0 ? null : string.Join("; ", document.Warnings);
        if (result is null || result.Quotes.Count == 0)
        {
            yield return new FlatRow(document.Id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                result is null ? document.Error : null, result is null ? document.Source : null, result is null ? document.Line : null, warnings);
            yield break;
        }

        int index = 0;
        foreach (var quote in result.Quotes)
        {
            var entity = quote.EntityId is { } e ? result.Entities.FirstOrDefault(x => x.Id == e) : null;
            yield return new FlatRow(
                document.Id,
                index++,
                quote.Span.Start,
                quote.Span.End,
                quote.Text,
                JsonOutput.TypeName(quote.Type),
                quote.Speaker?.Text,
                quote.Speaker?.Span.Start,
                quote.Speaker?.Span.End,
                quote.Speaker is { } s ? JsonOutput.KindName(s.Kind) : null,
                quote.EntityId,
                entity?.Name,
                quote.Cue?.Text,
                quote.Cue is { } c ? JsonOutput.ClassName(c.Class) : null,
                Math.Round(quote.Confidence, 3),
                null,
                null,
                null,
                warnings);
        }
    }

    /// <summary>The row's values in the order of <see cref="Columns"/>.</summary>
    public object?[] Values() =>
        [Id, Quote, Start, End, Text, Type, Speaker, SpeakerStart, SpeakerEnd, SpeakerKind, Entity, EntityName, Cue, CueClass, Confidence, Error, Source, Line, Warnings];
}
