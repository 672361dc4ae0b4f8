using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QuoteExtract.Benchmarks.Columns;

/// <summary>Input per operation: UTF-8 size and number of articles.</summary>
internal sealed class InputSizeColumn : ArticleColumn
{
    public override string Id => nameof(InputSizeColumn);

    public override string ColumnName => "Input";

    public override string Legend => "UTF-8 size of the text processed per operation (KB = 1000 bytes) and number of articles";

    protected override string Format(Summary summary, BenchmarkCase benchmarkCase, long bytes, int articles) =>
        string.Format(Invariant, "{0:N1} KB × {1}", bytes / 1000.0, articles);
}
