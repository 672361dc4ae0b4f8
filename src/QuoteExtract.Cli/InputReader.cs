using System.Text.Json;

namespace QuoteExtract.Cli;

/// <summary>
/// Reads documents: a <c>.jsonl</c> file is one document a line (<c>{"id", "text"}</c>); any other file is one
/// document whose id is its file name; <c>-</c> reads standard input (JSONL when every line is a JSON object).
/// A bad line becomes an error document and reading goes on.
/// </summary>
internal static class InputReader
{
    public static IEnumerable<InputDocument> Read(string path, TextReader stdin)
    {
        if (path == "-")
        {
            var all = stdin.ReadToEnd();
            return LooksLikeJsonLines(all) ? ReadJsonLines(new StringReader(all), "stdin") : [new InputDocument("stdin", all, null, "stdin")];
        }

        if (!File.Exists(path))
        {
            return [new InputDocument(Path.GetFileName(path), null, $"file not found: {path}", path)];
        }

        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJsonLinesFile(path);
        }

        return ReadTextFile(path);
    }

    private static IEnumerable<InputDocument> ReadTextFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputDocument(Path.GetFileName(path), null, $"cannot read {path}: {e.Message}", path)];
        }

        return [new InputDocument(Path.GetFileName(path), text, null, path)];
    }

    private static IEnumerable<InputDocument> ReadJsonLinesFile(string path)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputDocument(Path.GetFileName(path), null, $"cannot read {path}: {e.Message}", path)];
        }

        return ReadAndDispose(reader, path);

        static IEnumerable<InputDocument> ReadAndDispose(StreamReader reader, string path)
        {
            using (reader)
            {
                foreach (var doc in ReadJsonLines(reader, path))
                {
                    yield return doc;
                }
            }
        }
    }

    internal static bool LooksLikeJsonLines(string content)
    {
        bool any = false;
        foreach (var line in content.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (trimmed[0] != '{' || trimmed[^1] != '}')
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    internal static IEnumerable<InputDocument> ReadJsonLines(TextReader reader, string source)
    {
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine(line, source, lineNumber);
        }
    }

    private static InputDocument ParseLine(string line, string source, int lineNumber)
    {
        string fallbackId = $"{Path.GetFileName(source)}:{lineNumber}";
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new InputDocument(fallbackId, null, "line is not a JSON object", source, lineNumber);
            }

            string id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idElement.ToString()
                : fallbackId;
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return new InputDocument(id, null, "missing string field \"text\"", source, lineNumber);
            }

            return new InputDocument(id, textElement.GetString()!, null, source, lineNumber);
        }
        catch (JsonException e)
        {
            return new InputDocument(fallbackId, null, $"invalid JSON: {e.Message}", source, lineNumber);
        }
    }
}
