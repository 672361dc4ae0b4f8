using System.Text.Json;
using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Neural;
using QuoteExtract.Tokenization;

namespace QuoteExtract.NeuralTraining;

/// <summary>
/// Writes the tagger's training data for an annotated JSONL file: <c>inputs.f16</c> (tokens × width, half precision),
/// <c>labels.u8</c> (one <see cref="TagSet"/> label a token, from the gold source, cue and content spans) and
/// <c>documents.jsonl</c> (each document's id and its first token and token count in those files).
/// </summary>
internal static class Encoding
{
    public static int Run(string gold, string output, int[] layers)
    {
        Directory.CreateDirectory(output);
        using var encoder = MiniLmEncoder.Load(1, layers);
        var extractor = new QuoteExtractor(QuoteExtractorOptions.Default, new NoTagger());
        using var inputs = new BinaryWriter(File.Create(Path.Combine(output, "inputs.f16")));
        using var labelsFile = File.Create(Path.Combine(output, "labels.u8"));
        using var index = new StreamWriter(Path.Combine(output, "documents.jsonl"));
        long first = 0;
        int documents = 0, spans = 0, misaligned = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var line in File.ReadLines(gold))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string id = root.GetProperty("id").GetString()!;
            string text = root.GetProperty("text").GetString()!;
            var analysis = TextAnalysis.Analyze(text);
            int count = analysis.Tokens.Length;
            var (quotations, candidates) = extractor.NeuralInputs(analysis);
            var rows = TaggerInputs.Build(encoder, analysis, quotations, candidates);
            foreach (var value in rows)
            {
                inputs.Write((Half)value);
            }

            var labels = new byte[count];
            foreach (var quote in root.GetProperty("quotes").EnumerateArray())
            {
                foreach (var (start, end, role) in GoldSpans(quote))
                {
                    spans++;
                    misaligned += Label(analysis, labels, start, end, role) ? 0 : 1;
                }
            }

            // An inside label that does not continue its role (content resumed after a cue inside a split quote's hull)
            // begins a span.
            for (int t = 0; t < count; t++)
            {
                if (labels[t] != 0 && !TagSet.Begins(labels[t]) && (t == 0 || !TagSet.Allowed(labels[t - 1], labels[t])))
                {
                    labels[t]--;
                }
            }

            labelsFile.Write(labels);
            index.WriteLine(JsonSerializer.Serialize(new { id, first, count }));
            first += count;
            documents++;
            if (documents % 50 == 0)
            {
                Console.Error.WriteLine($"{documents} documents, {first} tokens, {clock.Elapsed.TotalSeconds:F0} s");
            }
        }

        Console.Error.WriteLine($"width {TaggerInputs.Width(encoder)}: {documents} documents, {first} tokens, {spans} gold spans, {misaligned} not on token bounds, {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    /// <summary>A gold quote's spans with their roles (1 source, 2 cue, 3 content); content is its parts, or its hull.</summary>
    private static IEnumerable<(int Start, int End, int Role)> GoldSpans(JsonElement quote)
    {
        if (quote.TryGetProperty("parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0)
        {
            foreach (var part in parts.EnumerateArray())
            {
                yield return (part[0].GetInt32(), part[1].GetInt32(), 3);
            }
        }
        else
        {
            yield return (quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32(), 3);
        }

        if (quote.TryGetProperty("cue_start", out var cs) && cs.ValueKind == JsonValueKind.Number)
        {
            yield return (cs.GetInt32(), quote.GetProperty("cue_end").GetInt32(), 2);
        }

        if (quote.TryGetProperty("speaker_start", out var ss) && ss.ValueKind == JsonValueKind.Number)
        {
            yield return (ss.GetInt32(), quote.GetProperty("speaker_end").GetInt32(), 1);
        }
    }

    /// <summary>
    /// Labels the tokens that overlap [start, end) with <paramref name="role"/>; source and cue overwrite content (a
    /// split quote's hull holds its cue), content never overwrites them. False when the span cuts a token.
    /// </summary>
    private static bool Label(TextAnalysis analysis, byte[] labels, int start, int end, int role)
    {
        var tokens = analysis.Tokens;
        int t = analysis.TokenAtOrAfter(start);
        bool aligned = t < tokens.Length && tokens[t].Start >= start;
        bool firstToken = true;
        for (; t < tokens.Length && tokens[t].Start < end; t++)
        {
            aligned &= tokens[t].End <= end || tokens[t].Start >= end;
            int current = TagSet.Role(labels[t]);
            if (current != 0 && (role == 3 || current != 3))
            {
                firstToken = false;
                continue;
            }

            labels[t] = (byte)(firstToken ? (2 * role) - 1 : 2 * role);
            firstToken = false;
        }

        return aligned;
    }

    private sealed class NoTagger : ITokenTagger
    {
        public float[]? Transitions => null;

        public double MinimumConfidence => 0;

        public float[] Tag(TextAnalysis analysis, IReadOnlyList<QuotedSpan> quotations, IReadOnlyList<QuoteCandidate> candidates) =>
            throw new NotSupportedException();
    }
}
