using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QuoteExtract.Benchmarks.Columns;

/// <summary>Throughput: input UTF-8 bytes per operation divided by the mean time of an operation.</summary>
internal sealed class ThroughputColumn : ArticleColumn
{
    public override string Id => nameof(ThroughputColumn);

    public override string ColumnName => "MB/s";

    public override string Legend => "Throughput: UTF-8 bytes of input per operation / Mean (MB = 10^6 bytes)";

    protected override string Format(Summary summary, BenchmarkCase benchmarkCase, long bytes, int articles)
    {
        double? meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return meanNanoseconds is > 0 and { } mean
            ? string.Format(Invariant, "{0:N1}", bytes / mean * 1e9 / 1e6)
            : "?";
    }
}
