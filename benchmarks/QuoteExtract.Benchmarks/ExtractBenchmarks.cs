using BenchmarkDotNet.Attributes;
using QuoteExtract.Benchmarks.Inputs;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// End to end: QuoteExtractor.Extract on one article of each size, the number the README quotes, in rules
/// mode (the default, the baseline), in hybrid mode and in neural mode, so Ratio is the cost of each learned mode.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractBenchmarks
{
    private readonly QuoteExtractor _extractor = new();
    private readonly QuoteExtractor _hybrid = new(new QuoteExtractorOptions { Mode = ExtractionMode.Hybrid });
    private readonly QuoteExtractor _hybridRecall = new(new QuoteExtractorOptions { Mode = ExtractionMode.Hybrid, OperatingPoint = OperatingPoint.Recall });
    private readonly QuoteExtractor _neural = QuoteExtract.Neural.NeuralExtractor.Create();
    private string _text = "";

    [Params(ArticleSize.Brief, ArticleSize.Wire, ArticleSize.Feature)]
    public ArticleSize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkArticles.Article(Size);

        // Load the embedded models (lazy singletons) outside the measurement.
        _hybrid.Extract(_text);
        _neural.Extract(_text);
    }

    /// <summary>Rules mode (<see cref="ExtractionMode.Rules"/>, the default).</summary>
    [Benchmark(Baseline = true)]
    public ExtractionResult Extract() => _extractor.Extract(_text);

    /// <summary>Hybrid mode: the rules propose, the embedded learned scorer filters and gives the confidence.</summary>
    [Benchmark]
    public ExtractionResult ExtractHybrid() => _hybrid.Extract(_text);

    /// <summary>Hybrid mode at the recall operating point: a second model scores the candidates the first drops.</summary>
    [Benchmark]
    public ExtractionResult ExtractHybridRecall() => _hybridRecall.Extract(_text);

    /// <summary>Neural mode: the MiniLM encoder and the tagger head on ONNX Runtime (one thread), then decoding and grouping.</summary>
    [Benchmark]
    public ExtractionResult ExtractNeural() => _neural.Extract(_text);
}
