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
