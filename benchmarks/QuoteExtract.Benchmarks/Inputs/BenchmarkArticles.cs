using System.Collections.Concurrent;
using System.Text;

namespace QuoteExtract.Benchmarks.Inputs;

/// <summary>
/// The generated articles the benchmarks run on, made once per process and shared with the report columns
/// (which need the input size to compute throughput).
/// </summary>
internal static class BenchmarkArticles
{
    /// <summary>Seeds of the batch articles start here, away from the single-article seeds.</summary>
    private const int BatchSeedBase = 1000;

    private static readonly ConcurrentDictionary<ArticleSize, string> Single = new();
    private static readonly ConcurrentDictionary<(ArticleSize Size, int Count), string[]> Batches = new();

    public static int MinimumWords(ArticleSize size) => size switch
    {
        ArticleSize.Brief => 150,
        ArticleSize.Wire => 600,
        ArticleSize.Feature => 3000,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
    };

    /// <summary>One article of the given size; the seed is fixed per size.</summary>
    public static string Article(ArticleSize size) =>
        Single.GetOrAdd(size, s => NewsArticleGenerator.Generate(MinimumWords(s), seed: (int)s + 1));

    /// <summary><paramref name="count"/> different articles of the given size (seeds 1000, 1001, …).</summary>
    public static string[] Batch(ArticleSize size, int count) =>
        Batches.GetOrAdd((size, count), key =>
            [.. Enumerable.Range(0, key.Count).Select(i => NewsArticleGenerator.Generate(MinimumWords(key.Size), BatchSeedBase + i))]);

    /// <summary>UTF-8 size of the text, the unit the MB/s column uses (the size of the article on disk).</summary>
    public static long Utf8Bytes(string text) => Encoding.UTF8.GetByteCount(text);
}
