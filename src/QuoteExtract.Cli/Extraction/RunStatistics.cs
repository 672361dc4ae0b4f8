using System.Diagnostics;
using System.Globalization;

namespace QuoteExtract.Cli;

/// <summary>
/// Counts a run's documents, quotes and errors, shows a progress line on standard error when it is a terminal
/// (documents, MB/s, ETA when the input size is known), and writes the final summary line.
/// </summary>
internal sealed class RunStatistics(TextWriter stderr, bool showProgress, long totalBytes)
{
    private const int MaxDuplicateWarnings = 10;

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private TimeSpan lastProgress;
    private bool progressShown;

    public long Documents { get; private set; }

    public long Quotes { get; private set; }

    public long Errors { get; private set; }

    public long Warnings { get; private set; }

    public long Duplicates { get; private set; }

    public long Bytes { get; private set; }

    public void Add(InputDocument document, ExtractionResult? result)
    {
        Documents++;
        Bytes += document.Bytes;
        Quotes += result?.Quotes.Count ?? 0;
        if (result is null)
        {
            Errors++;
        }

        if (document.Warnings.Count > 0)
        {
            Warnings++;
        }

        if (!ids.Add(document.Id))
        {
            Duplicates++;
            if (Duplicates <= MaxDuplicateWarnings)
            {
                Report($"warning: duplicate id {document.Id}{(Duplicates == MaxDuplicateWarnings ? " (further duplicates are only counted)" : string.Empty)}");
            }
        }

        if (showProgress && clock.Elapsed - lastProgress > TimeSpan.FromMilliseconds(500))
        {
            lastProgress = clock.Elapsed;
            ShowProgress();
        }
    }

    /// <summary>Writes a message on its own line, clearing the progress line first.</summary>
    public void Report(string message)
    {
        ClearProgress();
        stderr.WriteLine($"quotex: {message}");
    }

    public string Summary(bool errorsTolerated)
    {
        double seconds = clock.Elapsed.TotalSeconds;
        var parts = new List<string>
        {
            Count(Documents, "document"),
            Count(Quotes, "quote"),
            Count(Errors, "error") + (errorsTolerated && Errors > 0 ? " (tolerated: --keep-going)" : string.Empty),
        };
        if (Warnings > 0)
        {
            parts.Add(Count(Warnings, "document") + " with warnings");
        }

        if (Duplicates > 0)
        {
            parts.Add(Count(Duplicates, "duplicate id"));
        }

        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0} s"));
        return string.Join(", ", parts);
    }

    public void ClearProgress()
    {
        if (progressShown)
        {
            stderr.Write("\r\u001b[K");
            progressShown = false;
        }
    }

    private void ShowProgress()
    {
        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
        double rate = Bytes / seconds / 1e6;
        string eta = totalBytes > 0 && Bytes > 0 && Bytes < totalBytes
            ? string.Create(CultureInfo.InvariantCulture, $", ETA {TimeSpan.FromSeconds((totalBytes - Bytes) / (Bytes / seconds)):hh\\:mm\\:ss}")
            : string.Empty;
        stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r\u001b[Kquotex: {Documents} documents, {Quotes} quotes, {Errors} errors, {rate:0.00} MB/s{eta}"));
        progressShown = true;
    }

    private static string Count(long n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
