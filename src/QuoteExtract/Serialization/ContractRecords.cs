using System.Text.Json.Serialization;

namespace QuoteExtract.Serialization;

// The JSON contract of `quotex extract`, field by field, in the order it writes them. Enum values are the lower-case
// names (JsonNames); offsets are [start, end) pairs.

internal sealed record DocumentRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("quotes")] IReadOnlyList<QuoteRecord> Quotes,
    [property: JsonPropertyName("entities")] IReadOnlyList<EntityRecord> Entities);

internal sealed record QuoteRecord(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("parts")] IReadOnlyList<int[]> Parts,
    [property: JsonPropertyName("speaker")] SpeakerRecord? Speaker,
    [property: JsonPropertyName("entity")] int? Entity,
    [property: JsonPropertyName("cue")] CueRecord? Cue,
    [property: JsonPropertyName("confidence")] double Confidence);

internal sealed record SpeakerRecord(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("kind")] string Kind);

internal sealed record CueRecord(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("class")] string Class);

internal sealed record EntityRecord(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("titles")] IReadOnlyList<string> Titles,
    [property: JsonPropertyName("mentions")] IReadOnlyList<int[]> Mentions);

// Options (encoder, strictness) are set where QuoteJson creates the context.
[JsonSerializable(typeof(DocumentRecord))]
internal sealed partial class ContractContext : JsonSerializerContext;
