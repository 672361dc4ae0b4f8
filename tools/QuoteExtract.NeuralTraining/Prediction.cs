using System.Text.Json;
using QuoteExtract.Neural;

namespace QuoteExtract.NeuralTraining;

/// <summary>
/// Runs neural mode with a head model from a file over an annotated JSONL file and writes the predictions as
/// <c>quotex extract --format jsonl</c> does (the fields <c>score.py</c> reads), for scoring a model before it ships.
/// Every quote is written, whatever its confidence; with QUOTEX_NO_ARBITRATION set, without the arbitration with hybrid
/// mode.
/// </summary>
internal static class Prediction
{
    public static int Run(string gold, string model, string output, float? transitionWeight = null)
    {
        // Every quote, whatever its confidence: thresholds are swept over this output.
        var models = model.Split(',');
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(models[0], ".json")))!;
        node["minimumConfidence"] = 0;
        if (transitionWeight is { } weight)
        {
            node["transitionWeight"] = weight;
        }

        string card = node.ToJsonString();

        using var tagger = NeuralTagger.Load([.. models.Select(File.ReadAllBytes)], card, name => File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(models[0]))!, name)));
        var extractor = new QuoteExtractor(QuoteExtractorOptions.Default, tagger, Environment.GetEnvironmentVariable("QUOTEX_NO_ARBITRATION") is null);
        using var writer = new StreamWriter(output);
        foreach (var line in File.ReadLines(gold))
        {
            using var json = JsonDocument.Parse(line);
            string id = json.RootElement.GetProperty("id").GetString()!;
            string text = json.RootElement.GetProperty("text").GetString()!;
            var result = extractor.Extract(text);
            var quotes = result.Quotes.Select(q => new
            {
                start = q.Span.Start,
                end = q.Span.End,
                type = q.Type.ToString().ToLowerInvariant(),
                parts = q.Parts.Select(p => new[] { p.Start, p.End }).ToArray(),
                speaker = q.Speaker is { } s ? new { start = s.Span.Start, end = s.Span.End, text = s.Text } : null,
                cue = q.Cue is { } c ? new { start = c.Span.Start, end = c.Span.End, text = c.Text } : null,
                confidence = q.Confidence,
            });
            writer.WriteLine(JsonSerializer.Serialize(new { id, quotes }));
        }

        return 0;
    }
}
