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
}
