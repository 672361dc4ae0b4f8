using QuoteExtract.Cli;
using QuoteExtract.Orleans;

namespace QuoteExtract.Cluster;

/// <summary>
/// A silo's shard processor: shard mode itself (<see cref="ExtractCommand.Run"/> with <c>--shard K/N --output-dir DIR
/// --format jsonl</c>), in-process, so a silo's part file is the part file <c>quotex extract --shard</c> writes,
/// committed by the same atomic rename and skipped in the same way when it exists.
/// </summary>
internal sealed class ShardModeProcessor(int jobs, TextWriter log) : IShardProcessor
{
    public ShardOutcome Process(ShardJob job)
    {
        var shard = new Shard(job.Index, job.Count);
        string part = Path.Combine(job.OutputDirectory, shard.PartName(RecordWriter.Extension(OutputFormat.Jsonl)));
        bool existed = File.Exists(part);
        log.WriteLine($"quotex: shard {job.Index}/{job.Count} started");
        var settings = new ExtractSettings
        {
            Inputs = ["@" + job.Manifest],
            Format = OutputFormat.Jsonl,
            OutputDirectory = job.OutputDirectory,
            Shard = shard,
            KeepGoing = true,
            Quiet = true,
            Jobs = jobs,
            Options = QuoteExtractorOptions.Default with
            {
                IncludeIndirect = job.IncludeIndirect,
                Mode = CommandLine.Names<ExtractionMode>().GetValueOrDefault(job.Mode, QuoteExtractorOptions.Default.Mode),
            },
        };
        using var errors = new StringWriter();
        int exit;
        try
        {
            exit = ExtractCommand.Run(settings, Stream.Null, Stream.Null, errors, interactive: false, CancellationToken.None);
        }
        catch (UsageException e)
        {
            exit = ExitCodes.Usage;
            errors.WriteLine(e.Message);
        }

        bool written = File.Exists(part);
        long records = written && !existed ? File.ReadLines(part).LongCount() : 0;
        log.WriteLine($"quotex: shard {job.Index}/{job.Count} {(existed ? "existed, skipped" : written ? $"written: {records} records" : $"failed (exit {exit})")}");
        return new ShardOutcome(job.Index, written, records, existed, string.Empty, written ? string.Empty : errors.ToString().Trim());
    }
}
