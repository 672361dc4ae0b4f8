using System.Text.Json;
using QuoteExtract.Neural;
using QuoteExtract.Tokenization;

namespace QuoteExtract.NeuralTraining;

/// <summary>
/// Writes the tagger's decoded spans (role, character offsets, mean label probability) for every document of a JSONL
/// file, as neural mode decodes them before grouping them into quotes: the input to error analysis of the tagger apart from grouping.
/// </summary>
internal static class SpanDump
{
    private static readonly string[] Roles = ["", "source", "cue", "content"];

    public static int Run(string gold, string output)
    {
        using var tagger = NeuralTagger.Load();
        var extractor = new QuoteExtractor(QuoteExtractorOptions.Default, tagger, arbitrate: false);
        using var writer = new StreamWriter(output);
        foreach (var line in File.ReadLines(gold))
        {
            using var json = JsonDocument.Parse(line);
            string id = json.RootElement.GetProperty("id").GetString()!;
            var analysis = TextAnalysis.Analyze(json.RootElement.GetProperty("text").GetString()!);
            var inputs = extractor.NeuralInputs(analysis);
            var probabilities = tagger.Tag(analysis, inputs.Quotations, inputs.Candidates);
            var spans = TagDecoder.DecodeSpans(analysis, probabilities, tagger.Transitions).Select(s => new
            {
                role = Roles[s.Role],
                start = analysis.Tokens[s.First].Start,
                end = analysis.Tokens[s.Last].End,
                p = Math.Round(s.Probability, 3),
            });
            writer.WriteLine(JsonSerializer.Serialize(new { id, spans }));
        }

        return 0;
    }
}
