using FluentAssertions;
using QuoteExtract.Neural;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Neural;

/// <summary>The frozen encoder: windows that cover every piece, and inner layers read through added graph outputs.</summary>
public sealed class MiniLmEncoderTests
{
    [Test]
    public void WindowStarts_AnyLength_CoverEveryPieceWithContextOnBothSides()
    {
        foreach (int count in Enumerable.Range(1, 3000).Concat([10_000, 123_457]))
        {
            var starts = MiniLmEncoder.WindowStarts(count);

            starts[0].Should().Be(0);
            (starts[^1] + Math.Min(MiniLmEncoder.Window, count)).Should().Be(count, "the last window ends with the text (count {0})", count);
            for (int w = 1; w < starts.Count; w++)
            {
                (starts[w] - starts[w - 1]).Should().BePositive();
                (starts[w - 1] + MiniLmEncoder.Window - starts[w]).Should().BeGreaterThanOrEqualTo(2 * MiniLmEncoder.Context,
                    "consecutive windows overlap by twice the context (count {0}, window {1})", count, w);
            }
        }
    }

    [Test]
    public void Encode_WithInnerLayers_KeepsTheLastLayerAsTheModelDeclaresIt()
    {
        var analysis = TextAnalysis.Analyze("“The harbour will reopen in May,” the mayor said on Monday.");
        int count = analysis.Tokens.Length;
        using var last = MiniLmEncoder.Load(1, [5]);
        using var three = MiniLmEncoder.Load(1, [1, 3, 5]);
        var a = new float[count * last.Width];
        var b = new float[count * three.Width];

        last.Encode(analysis, a, last.Width);
        three.Encode(analysis, b, three.Width);

        three.Width.Should().Be(3 * MiniLmEncoder.Hidden);
        for (int t = 0; t < count; t++)
        {
            var lastRow = a.AsSpan(t * last.Width, MiniLmEncoder.Hidden).ToArray();
            b.AsSpan((t * three.Width) + (2 * MiniLmEncoder.Hidden), MiniLmEncoder.Hidden).ToArray().Should().Equal(lastRow);
            b.AsSpan(t * three.Width, MiniLmEncoder.Hidden).ToArray().Should().NotEqual(lastRow, "layer 1 is not layer 5");
        }
    }

    [Test]
    public void Layout_LongText_EachTokenReadsTheWindowWhereItsPieceIsMostCentral()
    {
        var words = Enumerable.Range(0, 1500).Select(i => i % 7 == 0 ? "extraordinarily" : i % 11 == 0 ? "reaffirmation." : "said");
        var analysis = TextAnalysis.Analyze(string.Join(' ', words));
        using var encoder = MiniLmEncoder.Load();

        var layout = encoder.Layout(analysis);

        int rows = layout.Length + 2;
        layout.Starts.Count.Should().BeGreaterThan(10);
        layout.Source.Should().HaveCount(analysis.Tokens.Length);
        layout.FirstToken[0].Should().Be(0);
        layout.FirstToken[^1].Should().Be(analysis.Tokens.Length);
        int piece = 0;
        for (int t = 0; t < analysis.Tokens.Length; t++)
        {
            int w = layout.Source[t] / rows, p = layout.Starts[w] + (layout.Source[t] % rows) - 1;
            p.Should().BeGreaterThanOrEqualTo(piece, "tokens read their first pieces in order");
            piece = p + 1;
            t.Should().BeInRange(layout.FirstToken[w], layout.FirstToken[w + 1] - 1, "the window's token range holds the tokens that read it");
            int centrality = Centrality(layout.Starts[w], p);
            for (int other = 0; other < layout.Starts.Count; other++)
            {
                Centrality(layout.Starts[other], p).Should().BeLessThanOrEqualTo(centrality, "token {0} reads window {1}, not {2}", t, w, other);
            }
        }

        static int Centrality(int start, int piece) =>
            piece < start || piece >= start + MiniLmEncoder.Window ? -1 : Math.Min(piece - start, start + MiniLmEncoder.Window - 1 - piece);
    }

    [Test]
    public void Encode_FirstLayerOnly_ComputesWhatTheFullGraphComputesForIt()
    {
        var analysis = TextAnalysis.Analyze("The council, its chairman said, will vote on the budget next week.");
        int count = analysis.Tokens.Length;
        using var first = MiniLmEncoder.Load(1, [0]);
        using var all = MiniLmEncoder.Load(1, [0, 5]);
        var a = new float[count * first.Width];
        var b = new float[count * all.Width];

        first.Encode(analysis, a, first.Width);
        all.Encode(analysis, b, all.Width);

        for (int t = 0; t < count; t++)
        {
            b.AsSpan(t * all.Width, MiniLmEncoder.Hidden).ToArray().Should().Equal(a.AsSpan(t * first.Width, MiniLmEncoder.Hidden).ToArray());
        }
    }

    [Test]
    public void Encode_Embeddings_DependOnThePieceAndItsPositionAlone_TheFirstLayerOnContext()
    {
        // Fine-tuning all six layers starts from the embeddings (layer −1): a piece at a given position has one vector,
        // whatever the text around it; layer 0's attention already mixes in the rest of the window.
        var one = TextAnalysis.Analyze("Varga said the harbour will reopen in May.");
        var other = TextAnalysis.Analyze("Varga said nothing about the strike at the port.");
        using var embeddings = MiniLmEncoder.Load(1, [-1]);
        using var first = MiniLmEncoder.Load(1, [0]);

        foreach (var (encoder, same) in new[] { (embeddings, true), (first, false) })
        {
            var a = new float[one.Tokens.Length * MiniLmEncoder.Hidden];
            var b = new float[other.Tokens.Length * MiniLmEncoder.Hidden];
            encoder.Encode(one, a, MiniLmEncoder.Hidden);
            encoder.Encode(other, b, MiniLmEncoder.Hidden);

            for (int t = 0; t < 2; t++)
            {
                var x = a.AsSpan(t * MiniLmEncoder.Hidden, MiniLmEncoder.Hidden).ToArray();
                var y = b.AsSpan(t * MiniLmEncoder.Hidden, MiniLmEncoder.Hidden).ToArray();
                x.Should().NotEqual(new float[MiniLmEncoder.Hidden]);
                if (same)
                {
                    y.Should().Equal(x, "token {0} is the same piece at the same position", t);
                }
                else
                {
                    y.Should().NotEqual(x, "layer 0 reads the whole window");
                }
            }
        }
    }

    [Test]
    public void SetFloatOutputs_InnerLayer_DropsTheLayersAboveIt()
    {
        var model = ReadModel();

        var firstLayer = OnnxOutputs.SetFloatOutputs(model, ["275"]);
        var lastLayer = OnnxOutputs.SetFloatOutputs(model, ["last_hidden_state"]);

        // The word embeddings (47 MB) stay; five of the six layers (7 MB each) go.
        lastLayer.Length.Should().BeLessThan(model.Length).And.BeGreaterThan(model.Length * 9 / 10);
        firstLayer.Length.Should().BeLessThan(lastLayer.Length - (30 << 20));
    }

    [Test]
    public void SetFloatOutputs_TensorTheGraphDoesNotCompute_Throws()
    {
        var model = ReadModel();

        var act = () => OnnxOutputs.SetFloatOutputs(model, ["275", "no such tensor"]);

        act.Should().Throw<InvalidDataException>().WithMessage("*1 of the tensors*");
    }

    private static byte[] ReadModel()
    {
        var directory = Path.Combine(Path.GetTempPath(), "quotex-minilm-" + Guid.NewGuid().ToString("N"));
        try
        {
            MiniLmEncoder.Export(directory);
            return File.ReadAllBytes(Path.Combine(directory, "model.onnx"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void Encode_SameTextTwice_GivesTheSameVectors()
    {
        var analysis = TextAnalysis.Analyze("Officials said the plan would cost more than expected.");
        using var encoder = MiniLmEncoder.Load();
        var first = new float[analysis.Tokens.Length * encoder.Width];
        var second = new float[first.Length];

        encoder.Encode(analysis, first, encoder.Width);
        encoder.Encode(analysis, second, encoder.Width);

        second.Should().Equal(first);
        first.Should().Contain(v => v != 0);
    }
}
