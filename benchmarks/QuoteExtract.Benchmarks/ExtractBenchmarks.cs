using BenchmarkDotNet.Attributes;
using QuoteExtract.Benchmarks.Inputs;

namespace QuoteExtract.Benchmarks;

/// <summary>End to end: QuoteExtractor.Extract on one article of each size, the number the README quotes.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractBenchmarks
{
    private readonly QuoteExtractor _extractor = new();
    private string _text = "";

    [Params(ArticleSize.Brief, ArticleSize.Wire, ArticleSize.Feature)]
    public ArticleSize Size { get; set; }

    [GlobalSetup]
    public void Setup() => _text = BenchmarkArticles.Article(Size);

    [Benchmark]
    public ExtractionResult Extract() => _extractor.Extract(_text);
}
