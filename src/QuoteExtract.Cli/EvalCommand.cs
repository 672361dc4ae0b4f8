using System.Text;
using QuoteExtract.Evaluation;

namespace QuoteExtract.Cli;

/// <summary>
/// <c>quotex eval</c>: scores the extractor (or a file of predictions) against annotated documents with the
/// metrics of <c>shared/eval/METRICS.md</c>, giving the same numbers as the reference <c>score.py</c>.
/// </summary>
internal static class EvalCommand
{
    public static int Run(EvalOptions options, Stream stdout, TextWriter stderr)
    {
        int inputErrors = 0;
        void OnError(string message)
        {
            inputErrors++;
            stderr.WriteLine($"quotex: {message}");
        }

        var gold = ReadFile(options.Gold, "gold", reader => EvalReader.ReadGold(reader, options.Gold, OnError));
        if (options.GoldType is { } goldType)
        {
            gold = gold.ConvertAll(d => d with { Quotes = d.Quotes.Where(q => q.Type == goldType).ToList() });
        }

        var predictions = options.Predictions is { } pred
            ? ReadFile(pred, "prediction", reader => EvalReader.ReadPredictions(reader, pred, OnError))
            : Extract(gold, QuoteExtractorOptions.Default with { Mode = options.Mode ?? QuoteExtractorOptions.Default.Mode, OperatingPoint = options.OperatingPoint, Language = options.Language });

        var report = Scorer.Score(gold, predictions);
        using var writer = new StreamWriter(stdout, new UTF8Encoding(false), leaveOpen: true);
        string goldName = Path.GetFileName(options.Gold);
        switch (options.Format)
        {
            case "json":
                ReportWriter.WriteJson(writer, report, options.ByType);
                break;
            case "markdown":
                // The foundation's measure of direct quotes: recall against a copy of the gold that keeps only them.
                var directOnly = options.GoldType is null
                    ? Scorer.Score(gold.ConvertAll(d => d with { Quotes = d.Quotes.Where(q => q.Type == "direct").ToList() }), predictions)
                    : null;
                ReportWriter.WriteMarkdown(writer, report, goldName, options.GoldType, options.Commit, directOnly);
                break;
            default:
                ReportWriter.WriteText(writer, report, goldName, options.GoldType, options.ByType);
                break;
        }

        if (options.Errors > 0)
        {
            // JSON output stays one valid object; the examples then go to standard error.
            ErrorExamples.Write(options.Format == "json" ? stderr : writer, report, options.Errors);
        }

        return inputErrors == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    /// <summary>Runs <see cref="QuoteExtractor"/> (default options unless given) on every gold document's text.</summary>
    internal static Dictionary<string, PredictedDocument> Extract(IReadOnlyList<GoldDocument> gold, QuoteExtractorOptions? options = null)
    {
        var extractor = Extractors.Create(options);
        var predictions = new Dictionary<string, PredictedDocument>(StringComparer.Ordinal);
        foreach (var document in gold)
        {
            var quotes = extractor.Extract(document.Text).Quotes.Select(EvalQuote.From).ToList();
            predictions[document.Id] = new PredictedDocument(document.Id, quotes);
        }

        return predictions;
    }

    private static T ReadFile<T>(string path, string what, Func<TextReader, T> read)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{what} file not found: {path}");
        }

        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            return read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {what} file {path}: {e.Message}");
        }
    }

}
