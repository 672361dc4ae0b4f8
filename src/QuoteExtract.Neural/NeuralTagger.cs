using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Neural;

/// <summary>
/// The neural tagger: the frozen MiniLM encoder and the rule inputs feed a BiLSTM head (an ONNX model embedded in
/// this assembly) that gives every token a probability for each <see cref="TagSet"/> label. Thread-safe.
/// </summary>
internal sealed class NeuralTagger : ITokenTagger, IDisposable
{
    private const string HeadResource = "QuoteExtract.Neural.Resources.tagger.onnx";
    private const string CardResource = "QuoteExtract.Neural.Resources.tagger.json";

    /// <summary>Tokens the head reads at once; a longer document is read in overlapping chunks, so time stays linear.</summary>
    private const int Chunk = 2048;

    /// <summary>Tokens of context on each side of a chunk's core.</summary>
    private const int ChunkContext = 256;

    private readonly MiniLmEncoder encoder;
    private readonly InferenceSession head;
    private readonly int width;

    private NeuralTagger(MiniLmEncoder encoder, InferenceSession head, float[]? transitions)
    {
        this.encoder = encoder;
        this.head = head;
        Transitions = transitions;
        width = TaggerInputs.Width(encoder);
        int declared = (int)head.InputMetadata["inputs"].Dimensions[2];
        if (declared != width)
        {
            throw new InvalidDataException($"The tagger model reads rows of {declared} values; its card's encoder layers give {width}.");
        }
    }

    /// <inheritdoc />
    public float[]? Transitions { get; }

    /// <summary>Loads the encoder and the embedded head with its card.</summary>
    public static NeuralTagger Load(int threads = 1)
    {
        var assembly = typeof(NeuralTagger).Assembly;
        using var model = assembly.GetManifestResourceStream(HeadResource)
            ?? throw new InvalidOperationException("QuoteExtract.Neural holds no tagger model.");
        using var card = assembly.GetManifestResourceStream(CardResource)
            ?? throw new InvalidOperationException("QuoteExtract.Neural holds no tagger model card.");
        using var buffer = new MemoryStream();
        model.CopyTo(buffer);
        using var reader = new StreamReader(card);
        return Load(buffer.ToArray(), reader.ReadToEnd(), threads);
    }

    /// <summary>
    /// Loads the encoder and a head: <paramref name="model"/> holds its ONNX bytes, <paramref name="card"/> the JSON
    /// card that training writes beside it (the encoder layers it reads, the decoder's transition scores and weight).
    /// </summary>
    public static NeuralTagger Load(byte[] model, string card, int threads = 1)
    {
        using var json = JsonDocument.Parse(card);
        var root = json.RootElement;
        var layers = root.GetProperty("encoderLayers").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        float weight = root.TryGetProperty("transitionWeight", out var w) ? w.GetSingle() : 0;
        float[]? transitions = null;
        if (weight != 0 && root.TryGetProperty("transitions", out var rows))
        {
            transitions = [.. rows.EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(v => v.GetSingle() * weight)];
            if (transitions.Length != TagSet.Count * TagSet.Count)
            {
                throw new InvalidDataException($"The tagger card's transitions hold {transitions.Length} scores, not {TagSet.Count * TagSet.Count}.");
            }
        }

        var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        return new NeuralTagger(MiniLmEncoder.Load(threads, layers), new InferenceSession(model, options), transitions);
    }

    /// <inheritdoc />
    public float[] Tag(TextAnalysis analysis, IReadOnlyList<QuotedSpan> quotations, IReadOnlyList<QuoteCandidate> candidates)
    {
        int count = analysis.Tokens.Length;
        var rows = TaggerInputs.Build(encoder, analysis, quotations, candidates);
        var probabilities = new float[count * TagSet.Count];
        for (int core = 0; core < count; core += Chunk)
        {
            int from = Math.Max(0, core - ChunkContext);
            int to = Math.Min(count, core + Chunk + ChunkContext);
            var output = RunHead(rows.AsMemory(from * width, (to - from) * width), to - from);
            int keep = Math.Min(Chunk, count - core);
            output.AsSpan((core - from) * TagSet.Count, keep * TagSet.Count).CopyTo(probabilities.AsSpan(core * TagSet.Count));
        }

        return probabilities;
    }

    private float[] RunHead(Memory<float> rows, int tokens)
    {
        var input = new DenseTensor<float>(rows, [1, tokens, width]);
        using var results = head.Run([NamedOnnxValue.CreateFromTensor("inputs", input)]);
        return [.. results[0].AsEnumerable<float>()];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        head.Dispose();
        encoder.Dispose();
    }
}
