using System.Globalization;
using System.Text;

namespace QuoteExtract.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as readable text, as JSON (score.py's keys) or as the README's Markdown table.</summary>
internal static class ReportWriter
{
    /// <summary>The line that opens the README's accuracy block.</summary>
    public const string BeginMarker = "<!-- accuracy:begin -->";

    /// <summary>The line that closes the README's accuracy block.</summary>
    public const string EndMarker = "<!-- accuracy:end -->";

    /// <summary>The prefix of the block's commit line, which the README test leaves out of the comparison.</summary>
    public const string CommitPrefix = "Commit:";

    private static string F(double value) => PythonFloat.Format(value);

    /// <summary>A table for a person: counts, P/R/F1 of each metric, accuracies, recall by type (and, with <paramref name="byType"/>, P/R/F1 by type).</summary>
    public static void WriteText(TextWriter writer, EvaluationReport report, string goldName, string? goldType, bool byType)
    {
        writer.WriteLine($"gold {goldName}{(goldType is null ? string.Empty : $" (only {goldType} gold quotes)")}: {report.Documents} documents"
            + $" ({report.MissingDocuments} missing from the predictions), {report.GoldQuotes} gold quotes, {report.PredictedQuotes} predicted");
        writer.WriteLine();
        writer.WriteLine($"{"metric",-30} {"P",6} {"R",6} {"F1",6}   counts (matched / predicted / gold)");
        foreach (var (name, prf) in PrfRows(report))
        {
            writer.WriteLine($"{name,-30} {F(prf.P),6} {F(prf.R),6} {F(prf.F1),6}   {prf.TruePositives} / {prf.Predicted} / {prf.Gold}");
        }

        writer.WriteLine();
        writer.WriteLine($"{"speaker accuracy on matched",-30} {F(report.SpeakerAccuracy),6}");
        writer.WriteLine($"{"cue accuracy on matched",-30} {F(report.CueAccuracy),6}");
        if (report.HighConfidence is { Predicted: > 0 } high)
        {
            writer.WriteLine($"{"correct at confidence >= " + F(high.Threshold),-30} {F(high.Rate),6}   {high.Correct} / {high.Predicted} (matched at 0.3 with the right speaker)");
        }

        writer.WriteLine();
        writer.WriteLine("recall by gold type @0.3:");
        foreach (var t in report.GoldTypes)
        {
            writer.WriteLine($"  {t.Type,-28} {F(t.R),6}   {t.GoldMatched} / {t.Gold}");
        }

        if (byType)
        {
            writer.WriteLine();
            writer.WriteLine("quote@0.3 by type (P over predictions of the type, R over gold quotes of the type):");
            writer.WriteLine($"  {"type",-28} {"P",6} {"R",6} {"F1",6}   predicted / gold");
            foreach (var t in report.Types)
            {
                writer.WriteLine($"  {t.Type,-28} {F(t.P),6} {F(t.R),6} {F(t.F1),6}   {t.Predicted} / {t.Gold}");
            }

            writer.WriteLine($"  {"type accuracy on matched",-28} {F(report.TypeAccuracyOnMatched),6}");
        }
    }

    /// <summary>
    /// One JSON object with the keys, order and number formatting of <c>score.py --json</c> (Python's
    /// <c>json.dumps</c>), so the two outputs can be compared byte for byte; <paramref name="byType"/> adds
    /// <c>"by_type@0.3"</c> and <c>"type_accuracy_on_matched"</c> at the end.
    /// </summary>
    public static void WriteJson(TextWriter writer, EvaluationReport report, bool byType)
    {
        var sb = new StringBuilder("{");
        void Key(string key) => sb.Append(sb.Length > 1 ? ", " : string.Empty).Append(PyString(key)).Append(": ");
        void Int(string key, int value) { Key(key); sb.Append(value.ToString(CultureInfo.InvariantCulture)); }
        void Num(string key, double value) { Key(key); sb.Append(F(value)); }
        void Triple(string key, Prf prf) { Key(key); sb.Append(PrfObject(prf.P, prf.R, prf.F1)); }

        Int("documents", report.Documents);
        Int("missing_documents", report.MissingDocuments);
        Int("gold_quotes", report.GoldQuotes);
        Int("predicted_quotes", report.PredictedQuotes);
        Triple("quote@0.3", report.Quote30);
        Triple("quote@0.8", report.Quote80);
        Triple("quote@exact", report.QuoteExact);
        Num("speaker_accuracy_on_matched", report.SpeakerAccuracy);
        Num("cue_accuracy_on_matched", report.CueAccuracy);
        Triple("attribution@0.3", report.Attribution30);
        Triple("source_span@exact", report.SourceSpanExact);
        Triple("cue_span@exact", report.CueSpanExact);
        Key("recall_by_type@0.3");
        sb.Append('{').AppendJoin(", ", report.GoldTypes.Select(t => $"{PyString(t.Type)}: {F(t.R)}")).Append('}');
        if (byType)
        {
            Key("by_type@0.3");
            sb.Append('{').AppendJoin(", ", report.Types.Select(t => $"{PyString(t.Type)}: {{\"p\": {F(t.P)}, \"r\": {F(t.R)}, \"f1\": {F(t.F1)}, \"predicted\": {t.Predicted}, \"gold\": {t.Gold}}}")).Append('}');
            Num("type_accuracy_on_matched", report.TypeAccuracyOnMatched);
        }

        sb.Append('}');
        writer.WriteLine(sb.ToString());
    }

    /// <summary>
    /// The README's accuracy block, markers included: a line with the data and counts, a commit line, and a table
    /// with columns metric, P, R, F1 or value.
    /// </summary>
    public static void WriteMarkdown(TextWriter writer, EvaluationReport report, string goldName, string? goldType, string? commit, EvaluationReport? directOnly = null)
    {
        writer.WriteLine(BeginMarker);
        writer.WriteLine($"Data: `{goldName}`{(goldType is null ? string.Empty : $" (only {goldType} gold quotes)")}, {report.Documents} documents,"
            + $" {report.GoldQuotes} gold quotes, {report.PredictedQuotes} predicted; measured with `quotex eval` (metrics: shared/eval/METRICS.md).");
        writer.WriteLine($"{CommitPrefix} `{commit ?? "not recorded"}`");
        writer.WriteLine();
        writer.WriteLine("| metric | P | R | F1 or value |");
        writer.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, prf) in PrfRows(report))
        {
            writer.WriteLine($"| {name} | {F(prf.P)} | {F(prf.R)} | {F(prf.F1)} |");
        }

        writer.WriteLine($"| speaker accuracy on matched | | | {F(report.SpeakerAccuracy)} |");
        writer.WriteLine($"| cue accuracy on matched | | | {F(report.CueAccuracy)} |");
        foreach (var t in report.GoldTypes)
        {
            writer.WriteLine($"| recall@0.3 of {t.Type} quotes | | {F(t.R)} | |");
        }

        if (directOnly is not null)
        {
            writer.WriteLine($"| direct quotes only (gold filtered): recall@0.3 | | {F(directOnly.Quote30.R)} | |");
            writer.WriteLine($"| direct quotes only (gold filtered): recall@0.8 | | {F(directOnly.Quote80.R)} | |");
        }

        writer.WriteLine(EndMarker);
    }

    private static IEnumerable<(string Name, Prf Prf)> PrfRows(EvaluationReport report) =>
    [
        ("quote@0.3", report.Quote30),
        ("quote@0.8", report.Quote80),
        ("quote@exact", report.QuoteExact),
        ("attribution@0.3", report.Attribution30),
        ("source_span@exact", report.SourceSpanExact),
        ("cue_span@exact", report.CueSpanExact),
    ];

    private static string PrfObject(double p, double r, double f1) =>
        $"{{\"p\": {F(p)}, \"r\": {F(r)}, \"f1\": {F(f1)}}}";

    /// <summary>A string as Python's <c>json.dumps</c> writes it (ASCII only, \uXXXX escapes).</summary>
    private static string PyString(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ when c < 0x20 || c > 0x7F => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
