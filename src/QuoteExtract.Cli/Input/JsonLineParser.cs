using System.Text;
using System.Text.Json;

namespace QuoteExtract.Cli;

/// <summary>
/// Turns one JSONL line into a document: <c>{"id", "text"}</c>. Never throws: a line that is not JSON, not an
/// object, or has no string <c>"text"</c> becomes an error document that names the line and the reason. A JSON
/// escape of a lone surrogate (<c>"\ud800"</c>, valid JSON but not valid Unicode) is replaced by U+FFFD, one
/// UTF-16 unit for one, so offsets are unchanged, and the document carries a warning.
/// </summary>
internal static class JsonLineParser
{
    public const string LoneSurrogateWarning = "lone surrogate in JSON string replaced by U+FFFD";

    /// <summary>The error of an object line with no string <c>"text"</c>, whichever path read it.</summary>
    private const string MissingText = "missing string field \"text\"";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <param name="line">The line, without its line break.</param>
    /// <param name="source">The file (or <c>stdin</c>) the line came from, for the error record.</param>
    /// <param name="idBase">Prefix of the id given to a line without one: <c>idBase:lineNumber</c>.</param>
    /// <param name="lineNumber">1-based line number.</param>
    /// <param name="warnings">Warnings already found (invalid UTF-8); the document carries them and any found here.</param>
    public static InputDocument Parse(string line, string source, string idBase, int lineNumber, IReadOnlyList<string>? warnings = null)
    {
        string fallbackId = $"{idBase}:{lineNumber}";
        var found = warnings is null ? new List<string>() : [.. warnings];
        if (line.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 && ReplaceLoneSurrogates(line) is var repaired && repaired != line)
        {
            // Only a caller that builds strings itself can pass one (decoded bytes never hold a lone surrogate).
            line = repaired;
            found.Add(LoneSurrogateWarning);
        }

        long bytes = Encoding.UTF8.GetByteCount(line);
        if (string.IsNullOrWhiteSpace(line))
        {
            return InputDocument.Failed(fallbackId, "empty line", source, lineNumber, bytes) with { Warnings = found };
        }

        try
        {
            using var json = JsonDocument.Parse(line, Options);
            return FromRoot(json.RootElement, fallbackId, source, lineNumber, bytes, found);
        }
        catch (JsonException e)
        {
            return InputDocument.Failed(fallbackId, $"invalid JSON: {e.Message}", source, lineNumber, bytes) with { Warnings = found };
        }
    }

    /// <summary>
    /// The document of a line read straight from its UTF-8 bytes, without decoding it to a string first: for the common
    /// line, valid UTF-8 (no byte-order mark) whose first character past spaces opens an object and which parses.
    /// Null for any other line, which <see cref="Parse"/> then reads from its decoded string and reports on. The line is
    /// read as a stream of tokens: only <c>"id"</c> and <c>"text"</c> are kept (the last of each, as
    /// <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> finds them), every other value is checked and
    /// skipped, and no document tree is built.
    /// </summary>
    public static InputDocument? TryParseUtf8(ReadOnlyMemory<byte> line, string source, string idBase, int lineNumber)
    {
        var bytes = line.Span;
        int first = bytes.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r');
        if (first < 0 || bytes[first] != (byte)'{' || !System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = Options.MaxDepth });
            reader.Read();
            string? id = null, text = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isId = reader.ValueTextEquals("id"u8);
                bool isText = !isId && reader.ValueTextEquals("text"u8);
                reader.Read();
                if (isId)
                {
                    id = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        _ => null,
                    };
                }
                else if (isText)
                {
                    text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            // Past the object only spaces may follow; anything else throws here, as it does for JsonDocument.
            reader.Read();
            id ??= $"{idBase}:{lineNumber}";
            return text is null
                ? InputDocument.Failed(id, MissingText, source, lineNumber, bytes.Length) with { Warnings = [] }
                : new InputDocument(id, text, null, source, lineNumber) { Warnings = [], Bytes = bytes.Length };
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // A string holding an escaped lone surrogate: the decoding path repairs it and says so.
            return null;
        }
    }

    private static InputDocument FromRoot(JsonElement root, string fallbackId, string source, int lineNumber, long bytes, List<string> found)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return InputDocument.Failed(fallbackId, $"line is a JSON {Describe(root.ValueKind)}, not an object", source, lineNumber, bytes) with { Warnings = found };
        }

        string id = fallbackId;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (idElement.ValueKind == JsonValueKind.String)
            {
                id = ReadString(idElement, found);
            }
            else if (idElement.ValueKind == JsonValueKind.Number)
            {
                id = idElement.GetRawText();
            }
        }

        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            return InputDocument.Failed(id, MissingText, source, lineNumber, bytes) with { Warnings = found };
        }

        string text = ReadString(textElement, found);
        return new InputDocument(id, text, null, source, lineNumber) { Warnings = found, Bytes = bytes };
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    /// <summary>The string's value; a lone surrogate becomes U+FFFD with a warning instead of an exception.</summary>
    private static string ReadString(JsonElement element, List<string> warnings)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to unescape "\ud800" alone; unescape by hand and repair.
            if (!warnings.Contains(LoneSurrogateWarning))
            {
                warnings.Add(LoneSurrogateWarning);
            }

            return ReplaceLoneSurrogates(Unescape(element.GetRawText()));
        }
    }

    /// <summary>Unescapes a JSON string literal (with its quotes) that the parser has already validated.</summary>
    internal static string Unescape(string literal)
    {
        var builder = new StringBuilder(literal.Length);
        for (int i = 1; i < literal.Length - 1; i++)
        {
            char c = literal[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            char e = literal[++i];
            switch (e)
            {
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    builder.Append((char)Convert.ToUInt16(literal.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default: builder.Append(e); break; // \" \\ \/
            }
        }

        return builder.ToString();
    }

    /// <summary>Replaces each unpaired UTF-16 surrogate by U+FFFD; the length stays the same.</summary>
    internal static string ReplaceLoneSurrogates(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
