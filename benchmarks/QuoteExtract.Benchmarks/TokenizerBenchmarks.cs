using BenchmarkDotNet.Attributes;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Benchmarks;

/// <summary>Stage 1: cutting the text into tokens with offsets (words, abbreviations, quote marks, punctuation).</summary>
public class TokenizerBenchmarks : ArticleBenchmark
{
    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(Text).Length;
}
