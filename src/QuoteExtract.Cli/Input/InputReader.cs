namespace QuoteExtract.Cli;

/// <summary>
/// Reads the documents of one input, lazily and in constant memory per document. Never throws for bad input:
/// an unreadable file, a bad or empty line, a document over the size limit each become one error document, so
/// every input line or file gives exactly one record.
/// </summary>
internal sealed class InputReader(InputFormat format, long maxDocumentBytes, Stream stdin)
{
    public IEnumerable<InputDocument> Read(InputItem item)
    {
        if (item.IsStandardInput)
        {
            return format == InputFormat.Text ? [ReadWholeStream(stdin, "stdin", "stdin")] : ReadLines(stdin, item, leaveOpen: true);
        }

        if (!File.Exists(item.Path))
        {
            string reason = Directory.Exists(item.Path) ? "is a directory" : "file not found";
            return [InputDocument.Failed(item.Id, $"{reason}: {item.Path}", item.Path)];
        }

        bool lines = format == InputFormat.Jsonl || (format == InputFormat.Auto && IsJsonLinesPath(item.Path));
        if (!lines)
        {
            return [ReadTextFile(item)];
        }

        Stream stream;
        try
        {
            stream = new FileStream(item.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputDocument.Failed(item.Id, $"cannot read {item.Path}: {e.Message}", item.Path)];
        }

        return ReadLines(stream, item, leaveOpen: false);
    }

    public static bool IsJsonLinesPath(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    private InputDocument ReadTextFile(InputItem item)
    {
        try
        {
            long length = new FileInfo(item.Path).Length;
            if (length > maxDocumentBytes)
            {
                return InputDocument.Failed(item.Id, TooLarge(length), item.Path, bytes: length);
            }

            using var stream = new FileStream(item.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return ReadWholeStream(stream, item.Id, item.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputDocument.Failed(item.Id, $"cannot read {item.Path}: {e.Message}", item.Path);
        }
    }

    /// <summary>The whole stream as one document, read up to the size limit.</summary>
    private InputDocument ReadWholeStream(Stream stream, string id, string source)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += read;
            if (total <= maxDocumentBytes)
            {
                buffer.Write(chunk, 0, read);
            }
        }

        if (total > maxDocumentBytes)
        {
            return InputDocument.Failed(id, TooLarge(total), source, bytes: total);
        }

        string text = Utf8Text.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out bool valid);
        return new InputDocument(id, text, null, source) { Warnings = Utf8Text.Warnings(valid), Bytes = total };
    }

    private IEnumerable<InputDocument> ReadLines(Stream stream, InputItem item, bool leaveOpen)
    {
        try
        {
            using var reader = new ByteLineReader(stream, maxDocumentBytes);
            string source = item.IsStandardInput ? "stdin" : item.Path;
            int lineNumber = 0;
            while (true)
            {
                byte[]? bytes;
                bool tooLong;
                long length;
                string? failure = null;
                try
                {
                    bytes = reader.ReadLine(out tooLong, out length);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    bytes = null;
                    tooLong = false;
                    length = 0;
                    failure = $"cannot read {source} after line {lineNumber}: {e.Message}";
                }

                if (failure is not null)
                {
                    yield return InputDocument.Failed($"{item.Id}:{lineNumber + 1}", failure, source, lineNumber + 1);
                    yield break;
                }

                if (bytes is null)
                {
                    yield break;
                }

                lineNumber++;
                if (tooLong)
                {
                    yield return InputDocument.Failed($"{item.Id}:{lineNumber}", TooLarge(length), source, lineNumber, length);
                    continue;
                }

                yield return ParseLine(bytes, source, item, lineNumber);
            }
        }
        finally
        {
            if (!leaveOpen)
            {
                stream.Dispose();
            }
        }
    }

    private InputDocument ParseLine(byte[] bytes, string source, InputItem item, int lineNumber)
    {
        if (JsonLineParser.TryParseUtf8(bytes, source, item.Id, lineNumber) is { } parsed)
        {
            return parsed; // a JSON object line, read without decoding it to a string first
        }

        string line = Utf8Text.Decode(bytes, out bool valid);
        var warnings = Utf8Text.Warnings(valid);
        bool json = format == InputFormat.Jsonl || !item.IsStandardInput || line.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(line);
        if (json)
        {
            return JsonLineParser.Parse(line, source, item.Id, lineNumber, warnings);
        }

        // Detected per line: a line of standard input that does not open a JSON object is a text of its own.
        return new InputDocument($"{item.Id}:{lineNumber}", line, null, source, lineNumber) { Warnings = warnings, Bytes = bytes.Length };
    }

    private string TooLarge(long length) =>
        $"document of {length} bytes is larger than the limit of {maxDocumentBytes} bytes (--max-document-bytes)";
}
