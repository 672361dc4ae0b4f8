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

    /// <summary>Tokens the head reads at once; a longer document is read in overlapping chunks, so time stays linear.</summary>
    private const int Chunk = 2048;

    /// <summary>Tokens of context on each side of a chunk's core.</summary>
    private const int ChunkContext = 256;

    private readonly MiniLmEncoder encoder;
    private readonly InferenceSession head;
    private readonly int width;

    private NeuralTagger(MiniLmEncoder encoder, InferenceSession head)
    {
        this.encoder = encoder;
        this.head = head;
        width = TaggerInputs.Width(encoder);
    }

    /// <summary>Loads the encoder and the embedded head.</summary>
    public static NeuralTagger Load(int threads = 1)
    {
        using var stream = typeof(NeuralTagger).Assembly.GetManifestResourceStream(HeadResource)
            ?? throw new InvalidOperationException("QuoteExtract.Neural holds no tagger model.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Load(buffer.ToArray(), threads);
    }

    /// <summary>
    /// Loads the encoder and the head model in <paramref name="model"/> (ONNX bytes). The head's input width tells which
    /// encoder layers it reads (see <see cref="EncoderLayers"/>).
    /// </summary>
    public static NeuralTagger Load(byte[] model, int threads = 1)
    {
        var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        var head = new InferenceSession(model, options);
        int inputWidth = (int)head.InputMetadata["inputs"].Dimensions[2];
        return new NeuralTagger(MiniLmEncoder.Load(threads, EncoderLayers(inputWidth)), head);
    }

    /// <summary>
    /// The encoder layers a head of input width <paramref name="inputWidth"/> reads: the last layer alone, or the inner
    /// layers 2 and 4 (counting from 0) beside it.
    /// </summary>
    public static int[] EncoderLayers(int inputWidth) => ((inputWidth - RuleInputs.Count) / MiniLmEncoder.Hidden) switch
    {
        1 => [5],
        3 => [1, 3, 5],
        int n => throw new InvalidDataException($"The tagger model reads {n} encoder layers; this library knows 1 or 3."),
    };

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
