using System.Text.Json;
using QuoteExtract.Neural;
using QuoteExtract.Tokenization;

namespace QuoteExtract.NeuralTraining;

/// <summary>
/// Writes what fine-tuning the encoder's layers reads for an annotated JSONL file: <c>windows.f16</c> (the output of
/// one pretrained layer, or of the embeddings, at every window row, rows × 384, half precision), <c>source.i32</c> (for each token, the row its
/// vector is read from, counted from its document's first row) and <c>documents.jsonl</c> (each document's id, first
/// token and token count, as <see cref="Encoding"/> writes them, with its first row, row count and rows a window).
/// </summary>
internal static class WindowEncoding
{
    public static int Run(string gold, string output, int layer)
    {
        Directory.CreateDirectory(output);
        using var encoder = MiniLmEncoder.Load(1, [layer]);
        using var windows = new BinaryWriter(File.Create(Path.Combine(output, "windows.f16")));
        using var sources = new BinaryWriter(File.Create(Path.Combine(output, "source.i32")));
        using var index = new StreamWriter(Path.Combine(output, "documents.jsonl"));
        long first = 0, firstRow = 0;
        int documents = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var line in File.ReadLines(gold))
        {
            using var json = JsonDocument.Parse(line);
            string id = json.RootElement.GetProperty("id").GetString()!;
            var analysis = TextAnalysis.Analyze(json.RootElement.GetProperty("text").GetString()!);
            var (rows, layout) = encoder.EncodeWindows(analysis, layer);
            foreach (var value in rows)
            {
                windows.Write((Half)value);
            }

            foreach (var source in layout.Source)
            {
                sources.Write(source);
            }

            int count = layout.Source.Length, rowCount = rows.Length / MiniLmEncoder.Hidden;
            index.WriteLine(JsonSerializer.Serialize(new { id, first, count, firstRow, rows = rowCount, windowRows = layout.Length + 2 }));
            first += count;
            firstRow += rowCount;
            if (++documents % 100 == 0)
            {
                Console.Error.WriteLine($"{documents} documents, {first} tokens, {firstRow} rows, {clock.Elapsed.TotalSeconds:F0} s");
            }
        }

        Console.Error.WriteLine($"layer {layer}: {documents} documents, {first} tokens, {firstRow} rows, {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }
}
