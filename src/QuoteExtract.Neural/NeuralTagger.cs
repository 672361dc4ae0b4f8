using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Neural;

/// <summary>
/// The neural tagger: the MiniLM encoder (with the fine-tuned layers the card names) and the rule inputs feed one or more tagger heads (ONNX models embedded
/// in this assembly) that give every token a probability for each <see cref="TagSet"/> label; with several heads, their
/// probabilities are averaged. Thread-safe.
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
    private readonly InferenceSession[] heads;
    private readonly int width;

    private NeuralTagger(MiniLmEncoder encoder, InferenceSession[] heads, float[]? transitions, double minimumConfidence)
    {
        this.encoder = encoder;
        this.heads = heads;
        Transitions = transitions;
        MinimumConfidence = minimumConfidence;
        width = TaggerInputs.Width(encoder);
        foreach (var head in heads)
        {
            int declared = (int)head.InputMetadata["inputs"].Dimensions[2];
            if (declared != width)
            {
                throw new InvalidDataException($"A tagger head reads rows of {declared} values; the card's encoder layers give {width}.");
            }
        }
    }

    /// <inheritdoc />
    public float[]? Transitions { get; }

    /// <inheritdoc />
    public double MinimumConfidence { get; }

    /// <summary>Loads the encoder and the embedded head with its card.</summary>
    public static NeuralTagger Load(int threads = 1)
    {
        var assembly = typeof(NeuralTagger).Assembly;
        using var card = assembly.GetManifestResourceStream(CardResource)
            ?? throw new InvalidOperationException("QuoteExtract.Neural holds no tagger model card.");
        using var reader = new StreamReader(card);
        string text = reader.ReadToEnd();
        using var json = JsonDocument.Parse(text);
        var models = json.RootElement.TryGetProperty("heads", out var names)
            ? names.EnumerateArray().Select(n => Resource(assembly, HeadPrefix + n.GetString())).ToArray()
            : [Resource(assembly, HeadResource)];
        return Load(models, text, name => Resource(assembly, HeadPrefix + name), threads);
    }

    private const string HeadPrefix = "QuoteExtract.Neural.Resources.";

    private static byte[] Resource(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"QuoteExtract.Neural holds no {name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Loads the encoder and the heads: <paramref name="models"/> holds their ONNX bytes, <paramref name="card"/> the JSON
    /// card that training writes beside it (the encoder layers it reads, the fine-tuned layers if any, the decoder's
    /// transition scores and weight, and the confidence below which quotes are not reported). <paramref name="open"/>
    /// reads a model file the card names.
    /// </summary>
    public static NeuralTagger Load(IReadOnlyList<byte[]> models, string card, Func<string, byte[]> open, int threads = 1)
    {
        using var json = JsonDocument.Parse(card);
        var root = json.RootElement;
        var layers = root.GetProperty("encoderLayers").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        FineTunedLayers? fineTuned = null;
        if (root.TryGetProperty("fineTunedLayers", out var upper) && upper.ValueKind == JsonValueKind.Object)
        {
            fineTuned = new FineTunedLayers(open(upper.GetProperty("model").GetString()!), upper.GetProperty("from").GetInt32());
        }

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
        double minimum = root.TryGetProperty("minimumConfidence", out var m) ? m.GetDouble() : 0;
        return new NeuralTagger(MiniLmEncoder.Load(threads, layers, fineTuned), [.. models.Select(m => new InferenceSession(m, options))], transitions, minimum);
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
        float[]? sum = null;
        foreach (var head in heads)
        {
            using var results = head.Run([NamedOnnxValue.CreateFromTensor("inputs", input)]);
            var output = results[0].AsEnumerable<float>().ToArray();
            if (sum is null)
            {
                sum = output;
            }
            else
            {
                System.Numerics.Tensors.TensorPrimitives.Add(sum, output, sum);
            }
        }

        if (heads.Length > 1)
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(sum, 1f / heads.Length, sum);
        }

        return sum!;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var head in heads)
        {
            head.Dispose();
        }

        encoder.Dispose();
    }
}
