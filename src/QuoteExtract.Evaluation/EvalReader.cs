using System.Text.Json;

namespace QuoteExtract.Evaluation;

/// <summary>
/// Reads gold and prediction JSONL files for <c>quotex eval</c>, field by field as <c>score.py</c> reads them:
/// gold speaker and cue spans are flat (<c>speaker_start</c>, <c>speaker_end</c>, ...), predicted ones nested
/// objects (<c>"speaker": {"start", "end"}</c>); either form is accepted in either file. Fields the scorer does
/// not need (meta, source, split, text of a span, ...) are ignored. A line that cannot be read is reported
/// through <c>onError</c> and skipped.
/// </summary>
internal static class EvalReader
{
    /// <summary>Reads gold documents (<c>{"id", "text", "quotes"}</c>) from <paramref name="reader"/>.</summary>
    public static List<GoldDocument> ReadGold(TextReader reader, string source, Action<string> onError)
    {
        var documents = new List<GoldDocument>();
        foreach (var (root, lineNumber) in ReadObjects(reader, source, onError))
        {
            try
            {
                string id = ReadId(root);
                if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                {
                    throw new FormatException("missing string field \"text\"");
                }

                documents.Add(new GoldDocument(id, text.GetString()!, ReadQuotes(root, required: true)));
            }
            catch (FormatException e)
            {
                onError($"{source}:{lineNumber}: {e.Message}; line skipped");
            }
        }

        return documents;
    }

    /// <summary>
    /// Reads predictions (<c>{"id", "quotes"}</c>, the output of <c>quotex extract --format jsonl</c>). As in
    /// <c>score.py</c>, a later line with the same id replaces an earlier one.
    /// </summary>
    public static Dictionary<string, PredictedDocument> ReadPredictions(TextReader reader, string source, Action<string> onError)
    {
        var documents = new Dictionary<string, PredictedDocument>(StringComparer.Ordinal);
        foreach (var (root, lineNumber) in ReadObjects(reader, source, onError))
        {
            try
            {
                string id = ReadId(root);
                if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
                {
                    onError($"{source}:{lineNumber}: document {id} is an error record ({error.GetString()}); scored as no quotes");
                }

                documents[id] = new PredictedDocument(id, ReadQuotes(root, required: false));
            }
            catch (FormatException e)
            {
                onError($"{source}:{lineNumber}: {e.Message}; line skipped");
            }
        }

        return documents;
    }

    private static IEnumerable<(JsonElement Root, int Line)> ReadObjects(TextReader reader, string source, Action<string> onError)
    {
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                onError($"{source}:{lineNumber}: invalid JSON ({e.Message}); line skipped");
                continue;
            }

            using (json)
            {
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    onError($"{source}:{lineNumber}: not a JSON object; line skipped");
                    continue;
                }

                yield return (json.RootElement, lineNumber);
            }
        }
    }

    private static string ReadId(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? id.ToString()
            : throw new FormatException("missing field \"id\"");

    private static List<EvalQuote> ReadQuotes(JsonElement root, bool required)
    {
        // score.py: gold d['quotes'] must exist; predictions use d.get('quotes') or [].
        if (!root.TryGetProperty("quotes", out var quotes) || quotes.ValueKind == JsonValueKind.Null)
        {
            return required ? throw new FormatException("missing field \"quotes\"") : [];
        }

        if (quotes.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("\"quotes\" is not an array");
        }

        var list = new List<EvalQuote>();
        int n = 0;
        foreach (var quote in quotes.EnumerateArray())
        {
            n++;
            if (quote.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"quote {n} is not an object");
            }

            if (!TryInt(quote, "start", out int start) || !TryInt(quote, "end", out int end))
            {
                throw new FormatException($"quote {n} has no integer \"start\" and \"end\"");
            }

            string type = quote.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "unknown";
            double? confidence = quote.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : null;
            list.Add(new EvalQuote(start, end, ReadParts(quote, n), type, ReadSpan(quote, "speaker", n), ReadSpan(quote, "cue", n), confidence));
        }

        return list;
    }

    /// <summary>The parts of a quote, or null when absent or empty (score.py: <c>q.get('parts') or [[start, end]]</c>).</summary>
    private static List<TextSpan>? ReadParts(JsonElement quote, int n)
    {
        if (!quote.TryGetProperty("parts", out var parts) || parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() == 0)
        {
            return null;
        }

        var list = new List<TextSpan>();
        foreach (var part in parts.EnumerateArray())
        {
            if (part.ValueKind != JsonValueKind.Array || part.GetArrayLength() != 2
                || !part[0].TryGetInt32(out int a) || !part[1].TryGetInt32(out int b))
            {
                throw new FormatException($"quote {n} has a part that is not [start, end]");
            }

            list.Add(new TextSpan(a, b));
        }

        return list;
    }

    /// <summary>score.py's span(): a nested object with a non-null start, else flat <c>key_start</c>/<c>key_end</c>, else none.</summary>
    private static TextSpan? ReadSpan(JsonElement quote, string key, int n)
    {
        if (quote.TryGetProperty(key, out var nested) && nested.ValueKind == JsonValueKind.Object)
        {
            if (!nested.TryGetProperty("start", out var s) || s.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return TryInt(nested, "start", out int a) && TryInt(nested, "end", out int b)
                ? new TextSpan(a, b)
                : throw new FormatException($"quote {n} has a {key} without integer start and end");
        }

        if (quote.TryGetProperty(key + "_start", out var flat) && flat.ValueKind != JsonValueKind.Null)
        {
            return TryInt(quote, key + "_start", out int a) && TryInt(quote, key + "_end", out int b)
                ? new TextSpan(a, b)
                : throw new FormatException($"quote {n} has a {key}_start without integer {key}_start and {key}_end");
        }

        return null;
    }

    private static bool TryInt(JsonElement obj, string name, out int value)
    {
        value = 0;
        return obj.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out value);
    }
}
