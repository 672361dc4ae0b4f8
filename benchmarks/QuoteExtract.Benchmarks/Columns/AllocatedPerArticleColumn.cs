using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QuoteExtract.Benchmarks.Columns;

/// <summary>Managed bytes allocated per article: the MemoryDiagnoser's Allocated divided by the articles per operation.</summary>
internal sealed class AllocatedPerArticleColumn : ArticleColumn
{
    public override string Id => nameof(AllocatedPerArticleColumn);

    public override string ColumnName => "Alloc/article";

    public override string Legend => "Managed bytes allocated per article (Allocated / articles per operation); x input = per UTF-8 input byte";

    protected override string Format(Summary summary, BenchmarkCase benchmarkCase, long bytes, int articles)
    {
        var report = summary[benchmarkCase];
        long? allocated = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        if (allocated is not { } total)
        {
            return "?";
        }

        return string.Format(Invariant, "{0:N0} B ({1:N1}x input)", total / (double)articles, total / (double)bytes);
    }
}
