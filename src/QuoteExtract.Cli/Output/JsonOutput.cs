using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuoteExtract.Cli;

/// <summary>
/// Writes results in the JSON contract that other tools rely on. Field names are fixed; new fields may be
/// added. Document: {"id", "quotes", "entities"}; quote: {"start", "end", "text", "type", "parts", "speaker",
/// "entity", "cue", "confidence"}; entity: {"id", "name", "kind", "titles", "mentions"}.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static JsonWriterOptions Options(bool indented) => indented ? Indented : Compact;

    public static void WriteDocument(Utf8JsonWriter writer, string id, ExtractionResult result, IReadOnlyList<string>? warnings = null)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteStartArray("quotes");
        foreach (var quote in result.Quotes)
        {
            WriteQuote(writer, quote);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("entities");
        foreach (var entity in result.Entities)
        {
            WriteEntity(writer, entity);
        }

        writer.WriteEndArray();
        WriteWarnings(writer, warnings);
        writer.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter writer, InputDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("id", document.Id);
        writer.WriteString("error", document.Error);
        if (document.Source is not null)
        {
            writer.WriteString("source", document.Source);
        }

        if (document.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }

        writer.WriteStartArray("quotes");
        writer.WriteEndArray();
        writer.WriteStartArray("entities");
        writer.WriteEndArray();
        WriteWarnings(writer, document.Warnings);
        writer.WriteEndObject();
    }

    /// <summary>The <c>"warnings"</c> field, written only when there is one, so clean records keep their bytes.</summary>
    private static void WriteWarnings(Utf8JsonWriter writer, IReadOnlyList<string>? warnings)
    {
        if (warnings is not { Count: > 0 })
        {
            return;
        }

        writer.WriteStartArray("warnings");
        foreach (var warning in warnings)
        {
            writer.WriteStringValue(warning);
        }

        writer.WriteEndArray();
    }

    private static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", quote.Span.Start);
        writer.WriteNumber("end", quote.Span.End);
        writer.WriteString("text", quote.Text);
        writer.WriteString("type", TypeName(quote.Type));
        writer.WriteStartArray("parts");
        foreach (var part in quote.Parts)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(part.Start);
            writer.WriteNumberValue(part.End);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        if (quote.Speaker is { } speaker)
        {
            writer.WriteStartObject("speaker");
            writer.WriteNumber("start", speaker.Span.Start);
            writer.WriteNumber("end", speaker.Span.End);
            writer.WriteString("text", speaker.Text);
            writer.WriteString("kind", KindName(speaker.Kind));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("speaker");
        }

        if (quote.EntityId is { } entityId)
        {
            writer.WriteNumber("entity", entityId);
        }
        else
        {
            writer.WriteNull("entity");
        }

        if (quote.Cue is { } cue)
        {
            writer.WriteStartObject("cue");
            writer.WriteNumber("start", cue.Span.Start);
            writer.WriteNumber("end", cue.Span.End);
            writer.WriteString("text", cue.Text);
            writer.WriteString("class", ClassName(cue.Class));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("cue");
        }

        writer.WriteNumber("confidence", Math.Round(quote.Confidence, 3));
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", entity.Id);
        writer.WriteString("name", entity.Name);
        writer.WriteString("kind", KindName(entity.Kind));
        writer.WriteStartArray("titles");
        foreach (var title in entity.Titles)
        {
            writer.WriteStringValue(title);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("mentions");
        foreach (var mention in entity.Mentions)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(mention.Start);
            writer.WriteNumberValue(mention.End);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string TypeName(QuoteType type) => type switch
    {
        QuoteType.Direct => "direct",
        QuoteType.Indirect => "indirect",
        _ => "mixed",
    };

    public static string KindName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        _ => "unknown",
    };

    public static string ClassName(CueClass cueClass) => cueClass switch
    {
        CueClass.Speech => "speech",
        CueClass.Writing => "writing",
        CueClass.Thought => "thought",
        _ => "other",
    };
}
