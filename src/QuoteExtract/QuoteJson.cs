using System.Text.Encodings.Web;
using System.Text.Json;
using QuoteExtract.Serialization;

namespace QuoteExtract;

/// <summary>
/// Writes and reads the JSON contract of <c>quotex extract</c>: one document is
/// <c>{"id", "quotes": [{"start", "end", "text", "type", "parts", "speaker", "entity", "cue", "confidence"}], "entities": [{"id", "name", "kind", "titles", "mentions"}]}</c>,
/// enum values in lower case, spans as <c>[start, end)</c> UTF-16 offsets, confidence rounded to 3 decimals. The
/// output of <see cref="Serialize"/> is byte for byte a line of <c>quotex extract --format jsonl</c>. Thread-safe.
/// </summary>
public static class QuoteJson
{
    private static readonly ContractContext Context = new(new JsonSerializerOptions
    {
        // Keeps non-ASCII text and quotation marks readable, as quotex writes them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // A document without a field of the contract, or with null where the contract has none, is not read.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    });

    /// <summary>Writes the result of the document <paramref name="id"/> as one line of compact JSON (no line break).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="result"/> is null.</exception>
    public static string Serialize(string id, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(ToRecord(id, result), Context.DocumentRecord);
    }

    /// <summary>
    /// Reads one document of the contract back: its id and its result. Confidence comes back as written (3 decimals);
    /// fields the contract may add later (such as <c>"warnings"</c>) are ignored.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException"><paramref name="json"/> is not a document of the contract.</exception>
    public static (string Id, ExtractionResult Result) Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var record = JsonSerializer.Deserialize(json, Context.DocumentRecord)
            ?? throw new JsonException("null is not a document of the QuoteExtract JSON contract.");
        return (record.Id, FromRecord(record));
    }

    private static DocumentRecord ToRecord(string id, ExtractionResult result) => new(
        id,
        [.. result.Quotes.Select(q => new QuoteRecord(
            q.Span.Start,
            q.Span.End,
            q.Text,
            JsonNames.Of(q.Type),
            [.. q.Parts.Select(Pair)],
            q.Speaker is { } s ? new SpeakerRecord(s.Span.Start, s.Span.End, s.Text, JsonNames.Of(s.Kind)) : null,
            q.EntityId,
            q.Cue is { } c ? new CueRecord(c.Span.Start, c.Span.End, c.Text, JsonNames.Of(c.Class)) : null,
            Math.Round(q.Confidence, 3)))],
        [.. result.Entities.Select(e => new EntityRecord(e.Id, e.Name, JsonNames.Of(e.Kind), e.Titles, [.. e.Mentions.Select(Pair)]))]);

    private static ExtractionResult FromRecord(DocumentRecord record) => new(
        [.. record.Quotes.Select(q => new Quote(
            new TextSpan(q.Start, q.End),
            q.Text,
            JsonNames.ToQuoteType(q.Type),
            [.. q.Parts.Select(Span)],
            q.Cue is { } c ? new Cue(new TextSpan(c.Start, c.End), c.Text, JsonNames.ToCueClass(c.Class)) : null,
            q.Speaker is { } s ? new Speaker(new TextSpan(s.Start, s.End), s.Text, JsonNames.ToEntityKind(s.Kind)) : null,
            q.Entity,
            q.Confidence))],
        [.. record.Entities.Select(e => new Entity(e.Id, e.Name, JsonNames.ToEntityKind(e.Kind), e.Titles, [.. e.Mentions.Select(Span)]))]);

    private static int[] Pair(TextSpan span) => [span.Start, span.End];

    private static TextSpan Span(int[] pair) => pair is [var start, var end]
        ? new TextSpan(start, end)
        : throw new JsonException("A span of the QuoteExtract JSON contract is [start, end].");
}
