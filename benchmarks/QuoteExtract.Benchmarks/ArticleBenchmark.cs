using BenchmarkDotNet.Attributes;
using QuoteExtract.Benchmarks.Inputs;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// Base of the per-stage benchmarks: one generated article per <see cref="Size"/>, and the full pipeline
/// (<see cref="QuoteExtractor.Extract"/>) as the baseline, so the Ratio column reads as the stage's share
/// of the whole extraction.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public abstract class ArticleBenchmark
{
    private readonly QuoteExtractor _extractor = new();

    [Params(ArticleSize.Brief, ArticleSize.Wire, ArticleSize.Feature)]
    public ArticleSize Size { get; set; }

    protected string Text { get; private set; } = "";

    [GlobalSetup]
    public virtual void Setup() => Text = BenchmarkArticles.Article(Size);

    [Benchmark(Baseline = true, Description = "Extract (full pipeline)")]
    public ExtractionResult Extract() => _extractor.Extract(Text);
}
