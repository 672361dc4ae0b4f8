using System.Text.Json;

namespace QuoteExtract.Serialization;

/// <summary>The contract's names of enum values, both ways.</summary>
internal static class JsonNames
{
    public static string Of(QuoteType type) => type switch
    {
        QuoteType.Direct => "direct",
        QuoteType.Indirect => "indirect",
        _ => "mixed",
    };

    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        _ => "unknown",
    };

    public static string Of(CueClass cueClass) => cueClass switch
    {
        CueClass.Speech => "speech",
        CueClass.Writing => "writing",
        CueClass.Thought => "thought",
        _ => "other",
    };

    public static QuoteType ToQuoteType(string name) => name switch
    {
        "direct" => QuoteType.Direct,
        "indirect" => QuoteType.Indirect,
        "mixed" => QuoteType.Mixed,
        _ => throw Unknown("type", name),
    };

    public static EntityKind ToEntityKind(string name) => name switch
    {
        "person" => EntityKind.Person,
        "organization" => EntityKind.Organization,
        "unknown" => EntityKind.Unknown,
        _ => throw Unknown("kind", name),
    };

    public static CueClass ToCueClass(string name) => name switch
    {
        "speech" => CueClass.Speech,
        "writing" => CueClass.Writing,
        "thought" => CueClass.Thought,
        "other" => CueClass.Other,
        _ => throw Unknown("class", name),
    };

    private static JsonException Unknown(string field, string name) => new($"\"{field}\": \"{name}\" is not a value of the QuoteExtract JSON contract.");
}
