using System.Text.Json;

namespace QuoteExtract.Cli;

/// <summary>
/// <c>quotex extract</c>: runs the extractor over documents and writes one record per input document, in input
/// order. Output to a file or a shard's part file is written under a temporary name and renamed into place at the
/// end; standard output is flushed record by record (pipe mode).
/// </summary>
internal static class ExtractCommand
{
    public static int Run(ExtractSettings settings, Stream stdin, Stream stdout, TextWriter stderr, bool interactive, CancellationToken cancellation)
    {
        var inputs = settings.Inputs.Count == 0 ? [InputItem.StandardInput] : settings.Inputs;
        var items = InputExpander.Expand(inputs, message => stderr.WriteLine($"quotex: warning: {message}"));
        Validate(settings, items);
        if (settings.Shard is { } shard)
        {
            items = [.. items.Where((_, position) => shard.Contains(position))];
        }

        if (PrepareOutput(settings, items, stderr, out string? outputPath) is { } stop)
        {
            return stop;
        }

        return WriteRecords(settings, items, outputPath, stdin, stdout, stderr, interactive, cancellation);
    }

    /// <summary>
    /// Where the records go (null: standard output): the output file, or the shard's part file in the output folder,
    /// which is created. An exit code when the run stops here: the part exists (done), the folder cannot be made, or
    /// the output is one of the inputs; null to go on.
    /// </summary>
    private static int? PrepareOutput(ExtractSettings settings, List<InputItem> items, TextWriter stderr, out string? outputPath)
    {
        outputPath = settings.Output;
        if (settings.OutputDirectory is { } folder)
        {
            var part = (settings.Shard ?? Shard.Whole).PartName(RecordWriter.Extension(settings.Format));
            outputPath = Path.Combine(folder, part);
            if (File.Exists(outputPath))
            {
                if (!settings.Quiet)
                {
                    stderr.WriteLine($"quotex: {outputPath} exists: this shard is done, skipped");
                }

                return ExitCodes.Success;
            }

            if (!TryCreateFolder(folder, stderr))
            {
                return ExitCodes.OutputError;
            }
        }

        string? path = outputPath;
        if (path is not null && items.FirstOrDefault(i => !i.IsStandardInput && SameFile(i.Path, path)) is { } clash)
        {
            stderr.WriteLine($"quotex: refusing to write the output over the input {clash.Path}; choose another --output");
            return ExitCodes.OutputError;
        }

        return null;
    }

    /// <summary>Extracts every item and writes its record, under a temporary name when <paramref name="outputPath"/> is a file.</summary>
    private static int WriteRecords(
        ExtractSettings settings, List<InputItem> items, string? outputPath, Stream stdin, Stream stdout, TextWriter stderr, bool interactive, CancellationToken cancellation)
    {
        OutputFile? file = null;
        try
        {
            file = outputPath is null ? null : OutputFile.Create(outputPath);
            var target = file?.Stream ?? stdout;
            var skip = settings.Resume && outputPath is not null ? CopyWrittenRecords(outputPath, target) : [];
            var statistics = new RunStatistics(stderr, interactive && !settings.Quiet, TotalBytes(items));
            int exit;
            using (var writer = RecordWriter.Create(settings.Format, target))
            {
                exit = Write(settings, items, stdin, writer, flushBeforeWaiting: file is null, skip, statistics, cancellation);
                writer.Complete();
            }

            if (file is not null && !file.Commit(overwrite: settings.OutputDirectory is null))
            {
                stderr.WriteLine($"quotex: {outputPath} was written by another run meanwhile; this run's copy is dropped");
            }

            statistics.ClearProgress();
            if (!settings.Quiet)
            {
                stderr.WriteLine($"quotex: {statistics.Summary(settings.KeepGoing)}");
            }

            return exit;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine(outputPath is null ? "quotex: interrupted" : $"quotex: interrupted; {outputPath} was not written");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(outputPath is null
                ? $"quotex: cannot write standard output: {e.Message}"
                : $"quotex: cannot write {outputPath}: {e.Message}{(e is DirectoryNotFoundException ? string.Empty : "; nothing was written under that name")}");
            return ExitCodes.OutputError;
        }
        finally
        {
            file?.Dispose();
        }
    }

    private static void Validate(ExtractSettings settings, List<InputItem> items)
    {
        bool stdin = items.Any(i => i.IsStandardInput);
        if (settings.Output is not null && settings.OutputDirectory is not null)
        {
            throw new UsageException("give --output or --output-dir, not both");
        }

        if (settings.Shard is not null && settings.OutputDirectory is null)
        {
            throw new UsageException("--shard needs --output-dir DIR, where the shard's part file is written");
        }

        if (settings.Shard is not null && stdin)
        {
            throw new UsageException("--shard reads files (--inputs @MANIFEST), not standard input");
        }

        if (settings.Resume && (settings.Output is null || settings.Format != OutputFormat.Jsonl))
        {
            throw new UsageException("--resume needs --output FILE and --format jsonl");
        }

        if (settings.Format == OutputFormat.Parquet && settings.Output is null && settings.OutputDirectory is null)
        {
            throw new UsageException("--format parquet needs --output FILE or --output-dir DIR (a Parquet file cannot be streamed)");
        }
    }

    /// <summary>
    /// About how much text one thread extracts per hand-off: a dozen news articles. Smaller batches keep less text and
    /// fewer results alive between collections (93 MB of JSONL: 0.75-0.77 s against 0.78-0.81 s with 256 KB batches).
    /// </summary>
    private const long BatchCharacters = 64 * 1024;

    private static int Write(
        ExtractSettings settings, List<InputItem> items, Stream stdin, RecordWriter writer, bool flushBeforeWaiting,
        HashSet<string> skip, RunStatistics statistics, CancellationToken cancellation)
    {
        var extractor = Extractors.Create(settings.Options);
        var reader = new InputReader(settings.InputFormat, settings.MaxDocumentBytes, stdin);
        var documents = items.SelectMany(reader.Read).Where(d => skip.Count == 0 || !skip.Contains(d.Id));
        // Files go to the threads in batches of about 64 KB of text; standard input (a pipe that may wait for each
        // record before it sends the next line) one document at a time.
        bool streamed = items.Exists(i => i.IsStandardInput);
        var outcomes = OrderedPipeline.Run(documents, d => Process(extractor, d), settings.Jobs, cancellation,
            d => d.Text?.Length ?? 0, streamed ? 0 : BatchCharacters);
        var enumerator = outcomes.GetAsyncEnumerator(cancellation);
        try
        {
            while (true)
            {
                var next = enumerator.MoveNextAsync();
                if (flushBeforeWaiting && !next.IsCompleted)
                {
                    // Every record ready so far goes out before the run waits for the next: a pipe's reader gets each
                    // record as soon as it is extracted, and a batch of ready records costs one write, not one each.
                    writer.Flush();
                }

                if (!next.AsTask().GetAwaiter().GetResult())
                {
                    break;
                }

                var (document, result) = enumerator.Current;
                cancellation.ThrowIfCancellationRequested();
                writer.Write(document, result);

                statistics.Add(document, result);
                if (result is null)
                {
                    statistics.Report($"{document.Id}: {document.Error}");
                }
                else if (document.Warnings.Count > 0)
                {
                    statistics.Report($"warning: {Where(document)}: {string.Join("; ", document.Warnings)}");
                }
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return statistics.Errors == 0 || settings.KeepGoing ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private static string Where(InputDocument document) =>
        document.Line is { } line ? $"{document.Id} ({document.Source}:{line})" : document.Id;

    /// <summary>
    /// Extracts one document. The library does not throw on any text, but a batch of millions must not stop on one
    /// document if it ever did: the document then gets an error record and the batch goes on.
    /// </summary>
    internal static (InputDocument Document, ExtractionResult? Result) Process(QuoteExtractor extractor, InputDocument document)
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
            return (document with { Error = $"internal error while extracting ({e.GetType().Name}: {e.Message}); please report it with this document", Text = null }, null);
        }
    }

    /// <summary>
    /// For <c>--resume</c>: copies the complete records of an earlier output to the new one and returns their ids,
    /// which this run skips. A last line cut short by a kill is not a complete record and is dropped.
    /// </summary>
    private static HashSet<string> CopyWrittenRecords(string path, Stream target)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return ids;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
        using var lines = new ByteLineReader(stream, long.MaxValue);
        while (lines.ReadLine(out _, out _) is { } line)
        {
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind == JsonValueKind.Object
                    && json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    && ids.Add(id.GetString()!))
                {
                    target.Write(line);
                    target.WriteByte((byte)'\n');
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Not a complete record: its document is extracted again.
            }
        }

        return ids;
    }

    private static bool TryCreateFolder(string folder, TextWriter stderr)
    {
        try
        {
            Directory.CreateDirectory(folder);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"quotex: cannot create the output folder {folder}: {e.Message}");
            return false;
        }
    }

    private static bool SameFile(string a, string b)
    {
        static string Resolve(string path)
        {
            var full = Path.GetFullPath(path);
            try
            {
                return File.Exists(full) ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full : full;
            }
            catch (IOException)
            {
                return full;
            }
        }

        return string.Equals(Resolve(a), Resolve(b), StringComparison.Ordinal);
    }

    private static long TotalBytes(List<InputItem> items)
    {
        long total = 0;
        foreach (var item in items.Where(i => !i.IsStandardInput))
        {
            try
            {
                total += new FileInfo(item.Path).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file that cannot be measured is reported when it is read.
            }
        }

        return total;
    }
}
