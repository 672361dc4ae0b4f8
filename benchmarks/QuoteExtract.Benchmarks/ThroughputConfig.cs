using BenchmarkDotNet.Configs;
using QuoteExtract.Benchmarks.Columns;

namespace QuoteExtract.Benchmarks;

/// <summary>Adds the input size, MB/s and allocated-per-article columns to every benchmark report.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new InputSizeColumn(), new ThroughputColumn(), new AllocatedPerArticleColumn());
    }
}
