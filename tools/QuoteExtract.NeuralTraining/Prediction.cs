using System.Text.Json;
using QuoteExtract.Neural;

namespace QuoteExtract.NeuralTraining;

/// <summary>
/// Runs neural mode with a head model from a file over an annotated JSONL file and writes the predictions as
/// <c>quotex extract --format jsonl</c> does (the fields <c>score.py</c> reads), for scoring a model before it ships.
/// </summary>
internal static class Prediction
{
    public static int Run(string gold, string model, string output, float? transitionWeight = null)
    {
        string card = File.ReadAllText(Path.ChangeExtension(model, ".json"));
        if (transitionWeight is { } weight)
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(card)!;
            node["transitionWeight"] = weight;
            card = node.ToJsonString();
        }

        using var tagger = NeuralTagger.Load(File.ReadAllBytes(model), card);
        var extractor = new QuoteExtractor(QuoteExtractorOptions.Default, tagger);
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
