using System.Text;
using BenchmarkDotNet.Attributes;
using QuoteExtract.Benchmarks.Inputs;

namespace QuoteExtract.Benchmarks;

/// <summary>
/// One document of 10 KB, 100 KB, 1 MB and 10 MB (invented wire stories joined by blank lines), in rules and hybrid
/// mode: with linear work the time per KB stays flat as the document grows.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private readonly QuoteExtractor _rules = new();
    private readonly QuoteExtractor _hybrid = new(new QuoteExtractorOptions { Mode = ExtractionMode.Hybrid });
    private string _text = "";

    [Params(10, 100, 1_000, 10_000)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var document = new StringBuilder();
        for (int seed = 1; Encoding.UTF8.GetByteCount(document.ToString()) < Kilobytes * 1000; seed++)
        {
            document.Append(NewsArticleGenerator.Generate(600, seed)).Append("\n\n");
        }

        _text = document.ToString();
        _hybrid.Extract(_text[..Math.Min(_text.Length, 5000)]);
    }

    [Benchmark(Baseline = true)]
    public int Rules() => _rules.Extract(_text).Quotes.Count;

    [Benchmark]
    public int Hybrid() => _hybrid.Extract(_text).Quotes.Count;
}
