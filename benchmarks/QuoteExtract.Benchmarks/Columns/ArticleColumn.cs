using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using QuoteExtract.Benchmarks.Inputs;

namespace QuoteExtract.Benchmarks.Columns;

/// <summary>
/// A report column computed from the articles a benchmark case processed per operation: read from its
/// <c>Size</c> parameter (and <c>Count</c> for a batch), regenerated with the same seeds as the benchmark, or from its
/// <c>Shape</c> parameter for the text that is not prose.
/// </summary>
internal abstract class ArticleColumn : IColumn
{
    protected static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public abstract string Id { get; }

    public abstract string ColumnName { get; }

    public abstract string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var input = Input(benchmarkCase);
        return input is { } articles ? Format(summary, benchmarkCase, articles.Bytes, articles.Count) : "-";
    }

    /// <summary>The cell text for a case that processed <paramref name="articles"/> articles of <paramref name="bytes"/> UTF-8 bytes in all.</summary>
    protected abstract string Format(Summary summary, BenchmarkCase benchmarkCase, long bytes, int articles);

    private static (long Bytes, int Count)? Input(BenchmarkCase benchmarkCase)
    {
        ArticleSize? size = null;
        int? count = null;
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (parameter is { Name: "Shape", Value: PathologicalShape shape })
            {
                return (BenchmarkArticles.Utf8Bytes(PathologicalBenchmarks.Text(shape)), 1);
            }

            if (parameter is { Name: "Size", Value: ArticleSize s })
            {
                size = s;
            }
            else if (parameter is { Name: "Count", Value: int c })
            {
                count = c;
            }
        }

        if (size is not { } articleSize)
        {
            return null;
        }

        if (count is { } n)
        {
            return (BenchmarkArticles.Batch(articleSize, n).Sum(BenchmarkArticles.Utf8Bytes), n);
        }

        return (BenchmarkArticles.Utf8Bytes(BenchmarkArticles.Article(articleSize)), 1);
    }

    public override string ToString() => ColumnName;
}
