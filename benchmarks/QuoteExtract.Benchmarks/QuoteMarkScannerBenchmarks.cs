using BenchmarkDotNet.Attributes;
using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// Stage 3: pairing quote marks into quoted spans over an analysis made in the setup, so only the
/// scanning is timed.
/// </summary>
public class QuoteMarkScannerBenchmarks : ArticleBenchmark
{
    private TextAnalysis? _analysis;

    public override void Setup()
    {
        base.Setup();
        _analysis = TextAnalysis.Analyze(Text);
    }

    [Benchmark]
    public int Scan() => QuoteMarkScanner.Scan(_analysis!).Count;

    /// <summary>
    /// The speed of light for any pass over the text: a vectorised search (<c>SearchValues</c>) that only counts the
    /// quote marks of the raw text, no tokens, no pairing. The pipeline's MB/s is read against this.
    /// </summary>
    [Benchmark]
    public int VectorisedQuoteMarkCount()
    {
        var rest = Text.AsSpan();
        int count = 0;
        for (int i = rest.IndexOfAny(QuoteMarks.Any); i >= 0; i = rest.IndexOfAny(QuoteMarks.Any))
        {
            count++;
            rest = rest[(i + 1)..];
        }

        return count;
    }
}
