using BenchmarkDotNet.Attributes;
using QuoteExtract.Benchmarks.Inputs;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// A batch: <see cref="Count"/> different wire stories extracted one after the other with one shared
/// extractor, the way a feed consumer works, and the same batch on two threads (<see cref="QuoteExtractor.ExtractMany"/>):
/// their ratio is how well extraction scales across cores. Different texts keep branch predictors and caches from
/// learning a single article.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractBatchBenchmarks
{
    private readonly QuoteExtractor _extractor = new();
    private string[] _articles = [];

    [Params(ArticleSize.Wire)]
    public ArticleSize Size { get; set; }

    [Params(100)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => _articles = BenchmarkArticles.Batch(Size, Count);

    [Benchmark]
    public int ExtractSequential()
    {
        int quotes = 0;
        foreach (var article in _articles)
        {
            quotes += _extractor.Extract(article).Quotes.Count;
        }

        return quotes;
    }

    [Benchmark]
    public int ExtractManyOnTwoThreads()
    {
        int quotes = 0;
        foreach (var result in _extractor.ExtractMany(_articles, degreeOfParallelism: 2))
        {
            quotes += result.Quotes.Count;
        }

        return quotes;
    }
}
