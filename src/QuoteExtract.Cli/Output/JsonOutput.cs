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
    // Structure checks skipped: the writing below is fixed code, and tests parse its output (checks cost a tenth of the
    // writer's time on a batch run).
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, SkipValidation = true };

    public static JsonWriterOptions Options(bool indented) => indented ? Indented : Compact;

    public static void WriteDocument(Utf8JsonWriter writer, string id, ExtractionResult result, IReadOnlyList<string>? warnings = null)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Id, id);
        writer.WriteStartArray(Names.Quotes);
        for (int i = 0; i < result.Quotes.Count; i++) // by index: no enumerator to allocate
        {
            WriteQuote(writer, result.Quotes[i]);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Names.Entities);
        for (int i = 0; i < result.Entities.Count; i++)
        {
            WriteEntity(writer, result.Entities[i]);
        }

        writer.WriteEndArray();
        WriteWarnings(writer, warnings);
        writer.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter writer, InputDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Id, document.Id);
        writer.WriteString(Names.Error, document.Error);
        if (document.Source is not null)
        {
            writer.WriteString(Names.Source, document.Source);
        }

        if (document.Line is { } line)
        {
            writer.WriteNumber(Names.Line, line);
        }

        writer.WriteStartArray(Names.Quotes);
        writer.WriteEndArray();
        writer.WriteStartArray(Names.Entities);
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

        writer.WriteStartArray(Names.Warnings);
        foreach (var warning in warnings)
        {
            writer.WriteStringValue(warning);
        }

        writer.WriteEndArray();
    }

    private static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Names.Start, quote.Span.Start);
        writer.WriteNumber(Names.End, quote.Span.End);
        writer.WriteString(Names.Text, quote.Text);
        writer.WriteString(Names.Type, EncodedTypes[quote.Type]);
        writer.WriteStartArray(Names.Parts);
        for (int i = 0; i < quote.Parts.Count; i++) // by index: no enumerator to allocate
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(quote.Parts[i].Start);
            writer.WriteNumberValue(quote.Parts[i].End);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        if (quote.Speaker is { } speaker)
        {
            writer.WriteStartObject(Names.Speaker);
            writer.WriteNumber(Names.Start, speaker.Span.Start);
            writer.WriteNumber(Names.End, speaker.Span.End);
            writer.WriteString(Names.Text, speaker.Text);
            writer.WriteString(Names.Kind, EncodedKinds[speaker.Kind]);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Names.Speaker);
        }

        if (quote.EntityId is { } entityId)
        {
            writer.WriteNumber(Names.Entity, entityId);
        }
        else
        {
            writer.WriteNull(Names.Entity);
        }

        if (quote.Cue is { } cue)
        {
            writer.WriteStartObject(Names.Cue);
            writer.WriteNumber(Names.Start, cue.Span.Start);
            writer.WriteNumber(Names.End, cue.Span.End);
            writer.WriteString(Names.Text, cue.Text);
            writer.WriteString(Names.Class, EncodedClasses[cue.Class]);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Names.Cue);
        }

        writer.WriteNumber(Names.Confidence, Math.Round(quote.Confidence, 3));
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Names.Id, entity.Id);
        writer.WriteString(Names.Name, entity.Name);
        writer.WriteString(Names.Kind, EncodedKinds[entity.Kind]);
        writer.WriteStartArray(Names.Titles);
        for (int i = 0; i < entity.Titles.Count; i++)
        {
            writer.WriteStringValue(entity.Titles[i]);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Names.Mentions);
        for (int i = 0; i < entity.Mentions.Count; i++)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(entity.Mentions[i].Start);
            writer.WriteNumberValue(entity.Mentions[i].End);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The contract's property names, encoded once instead of at every write.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Class = JsonEncodedText.Encode("class");
        public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
        public static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");
        public static readonly JsonEncodedText Entity = JsonEncodedText.Encode("entity");
        public static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Parts = JsonEncodedText.Encode("parts");
        public static readonly JsonEncodedText Quotes = JsonEncodedText.Encode("quotes");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Titles = JsonEncodedText.Encode("titles");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Warnings = JsonEncodedText.Encode("warnings");
    }

    private static readonly Dictionary<QuoteType, JsonEncodedText> EncodedTypes = Enum.GetValues<QuoteType>().ToDictionary(t => t, t => JsonEncodedText.Encode(TypeName(t)));
    private static readonly Dictionary<EntityKind, JsonEncodedText> EncodedKinds = Enum.GetValues<EntityKind>().ToDictionary(k => k, k => JsonEncodedText.Encode(KindName(k)));
    private static readonly Dictionary<CueClass, JsonEncodedText> EncodedClasses = Enum.GetValues<CueClass>().ToDictionary(c => c, c => JsonEncodedText.Encode(ClassName(c)));

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
