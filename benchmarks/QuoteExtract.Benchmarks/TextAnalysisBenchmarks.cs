using BenchmarkDotNet.Attributes;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Benchmarks;

/// <summary>Stage 2: tokens plus paragraph and sentence splitting (TextAnalysis.Analyze; includes tokenizing).</summary>
public class TextAnalysisBenchmarks : ArticleBenchmark
{
    [Benchmark]
    public int Analyze() => TextAnalysis.Analyze(Text).Sentences.Length;
}
