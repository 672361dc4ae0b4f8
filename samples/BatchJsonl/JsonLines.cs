using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BatchJsonl;

/// <summary>One input line: an article and its id.</summary>
internal sealed record ArticleLine(string? Id, string? Text);

/// <summary>One output line: the quotes of one article.</summary>
internal sealed record ResultLine(string? Id, IReadOnlyList<QuoteLine> Quotes);

/// <summary>A quote as written to the output, with offsets into the article text.</summary>
internal sealed record QuoteLine(int Start, int End, string Type, string Text, string? Speaker, string? Cue, double Confidence);

/// <summary>Source-generated JSON (no reflection at run time), camelCase names, nulls left out.</summary>
[JsonSerializable(typeof(ArticleLine))]
[JsonSerializable(typeof(ResultLine))]
internal sealed partial class JsonLinesContext : JsonSerializerContext
{
    /// <summary>
    /// The context to use. The relaxed encoder writes “, ’ and other non-ASCII characters as they are
    /// instead of \u escapes: the output is a data file, never embedded in HTML.
    /// </summary>
    public static JsonLinesContext Lines { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
