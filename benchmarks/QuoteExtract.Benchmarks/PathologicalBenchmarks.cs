using System.Text;
using BenchmarkDotNet.Attributes;
using QuoteExtract.Benchmarks.Inputs;

namespace QuoteExtract.Benchmarks;

/// <summary>The shapes of text that is not prose, about 128 KB each.</summary>
public enum PathologicalShape
{
    /// <summary>A wire story, repeated: the news baseline of the same size.</summary>
    News,

    /// <summary>"he said " repeated: a cue every two words and no sentence end.</summary>
    HeSaid,

    /// <summary>said,"Varga" repeated: no spaces, a quotation every twelve characters.</summary>
    NoSpaces,

    /// <summary>"X said “" repeated: opening quote marks nested thousands deep.</summary>
    NestedQuotes,

    /// <summary>A wire story without full stops: one endless paragraph.</summary>
    NoSentenceEnd,

    /// <summary>"X said that … and " repeated: a report in every clause and no full stop.</summary>
    SaidThat,
}

/// <summary>
/// Each shape of text that is not prose against news of the same length in characters, in rules and hybrid mode: the
/// time per MB of each (the MB/s column, over UTF-8 bytes) should stay within a small factor of the News row's.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PathologicalBenchmarks
{
    private const int Bytes = 128 * 1024;
    private readonly QuoteExtractor _rules = new();
    private readonly QuoteExtractor _hybrid = new(new QuoteExtractorOptions { Mode = ExtractionMode.Hybrid });
    private string _text = "";

    [Params(PathologicalShape.News, PathologicalShape.HeSaid, PathologicalShape.NoSpaces, PathologicalShape.NestedQuotes, PathologicalShape.NoSentenceEnd, PathologicalShape.SaidThat)]
    public PathologicalShape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Text(Shape);
        _hybrid.Extract(BenchmarkArticles.Article(ArticleSize.Wire));
    }

    /// <summary>The input of a shape, about 128 K characters (the MB/s column counts its UTF-8 bytes).</summary>
    internal static string Text(PathologicalShape shape)
    {
        var story = BenchmarkArticles.Article(ArticleSize.Wire);
        return shape switch
        {
            PathologicalShape.News => Fill(story + "\n\n"),
            PathologicalShape.HeSaid => Fill("he said "),
            PathologicalShape.NoSpaces => Fill("said,\"Varga\""),
            PathologicalShape.NestedQuotes => Fill("X said \u201c"),
            PathologicalShape.NoSentenceEnd => Fill(story.Replace('.', ' ').Replace('\n', ' ') + " "),
            _ => Fill("Varga said that the council would rebuild the bridge and "),
        };
    }

    [Benchmark(Baseline = true)]
    public int Rules() => _rules.Extract(_text).Quotes.Count;

    [Benchmark]
    public int Hybrid() => _hybrid.Extract(_text).Quotes.Count;

    private static string Fill(string piece)
    {
        var text = new StringBuilder(Bytes + piece.Length);
        while (text.Length < Bytes)
        {
            text.Append(piece);
        }

        return text.ToString();
    }
}
