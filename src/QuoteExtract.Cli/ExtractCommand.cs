using System.Text;
using System.Text.Json;

namespace QuoteExtract.Cli;

/// <summary><c>quotex extract</c>: runs the extractor over documents and writes text, JSON or JSONL.</summary>
internal static class ExtractCommand
{
    public static int Run(string[] args, TextReader stdin, Stream stdout, TextWriter stderr)
    {
        var files = new List<string>();
        string format = "text";
        string? output = null;
        var options = QuoteExtractorOptions.Default;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format":
                    format = Choice(args, ref i, "text", "json", "jsonl");
                    break;
                case "--output" or "-o":
                    output = Value(args, ref i);
                    break;
                case "--no-indirect":
                    options = options with { IncludeIndirect = false };
                    break;
                case "--mode":
                    options = options with { Mode = ParseMode(Value(args, ref i)) };
                    break;
                case "--operating-point":
                    options = options with { OperatingPoint = ParseOperatingPoint(Value(args, ref i)) };
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option '{a}'");
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            files.Add("-");
        }

        var extractor = new QuoteExtractor(options);
        Stream target = output is null ? stdout : File.Create(output);
        try
        {
            return Write(files, stdin, target, stderr, extractor, format);
        }
        finally
        {
            if (output is not null)
            {
                target.Dispose();
            }
        }
    }

    /// <summary>
    /// Extracts one document. The library does not throw on any text, but a batch of millions must not stop on one
    /// document if it ever did: the document then gets an error record and the batch goes on.
    /// </summary>
    private static (InputDocument Document, ExtractionResult? Result) Process(QuoteExtractor extractor, InputDocument document)
    {
        if (document.Error is not null)
        {
            return (document, null);
        }

        try
        {
            return (document, extractor.Extract(document.Text!));
        }
#pragma warning disable CA1031 // Any failure in one document becomes that document's error record.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (document with { Error = $"internal error while extracting ({e.GetType().Name}: {e.Message}); please report it with this document" }, null);
        }
    }

    internal static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
        {
            throw new UsageException($"{args[i]} needs a value");
        }

        return args[++i];
    }

    /// <summary>The value of an option that takes one of a few words; anything else is a usage error naming them.</summary>
    internal static string Choice(string[] args, ref int i, params string[] allowed)
    {
        string option = args[i];
        string value = Value(args, ref i);
        if (Array.IndexOf(allowed, value) < 0)
        {
            throw new UsageException($"{option} must be {string.Join(", ", allowed[..^1])} or {allowed[^1]}, not '{value}'");
        }

        return value;
    }

    private static int Write(List<string> files, TextReader stdin, Stream target, TextWriter stderr, QuoteExtractor extractor, string format)
    {
        int errors = 0;
        var documents = files.SelectMany(f => InputReader.Read(f, stdin)).Select(d => Process(extractor, d));
        if (format == "text")
        {
            using var writer = new StreamWriter(target, new UTF8Encoding(false), leaveOpen: true);
            foreach (var (document, result) in documents)
            {
                if (result is null)
                {
                    errors++;
                    stderr.WriteLine($"quotex: {document.Id}: {document.Error}");
                    continue;
                }

                TextOutput.Write(writer, document.Id, document.Text!, result);
            }

            return errors == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
        }

        bool lines = format == "jsonl";
        using (var json = new Utf8JsonWriter(target, JsonOutput.Options(!lines)))
        {
            if (!lines)
            {
                json.WriteStartArray();
            }

            foreach (var (document, result) in documents)
            {
                if (result is null)
                {
                    errors++;
                    stderr.WriteLine($"quotex: {document.Id}: {document.Error}");
                    JsonOutput.WriteError(json, document);
                }
                else
                {
                    JsonOutput.WriteDocument(json, document.Id, result);
                }

                if (lines)
                {
                    json.Flush();
                    target.WriteByte((byte)'\n');
                    json.Reset(target);
                }
            }

            if (!lines)
            {
                json.WriteEndArray();
            }
        }

        if (!lines)
        {
            target.WriteByte((byte)'\n');
        }

        target.Flush();
        return errors == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    /// <summary>Reads the value of <c>--operating-point</c>: balanced or recall.</summary>
    internal static OperatingPoint ParseOperatingPoint(string value) => value switch
    {
        "balanced" => OperatingPoint.Balanced,
        "recall" => OperatingPoint.Recall,
        _ => throw new UsageException($"--operating-point must be balanced or recall, not '{value}'"),
    };

    /// <summary>Reads the value of <c>--mode</c>: rules or hybrid.</summary>
    internal static ExtractionMode ParseMode(string value) => value switch
    {
        "rules" => ExtractionMode.Rules,
        "hybrid" => ExtractionMode.Hybrid,
        _ => throw new UsageException($"--mode must be rules or hybrid, not '{value}'"),
    };
}
