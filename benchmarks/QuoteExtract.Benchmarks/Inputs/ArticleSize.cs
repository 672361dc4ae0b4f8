namespace QuoteExtract.Benchmarks.Inputs;

/// <summary>The three article sizes every per-article benchmark runs on.</summary>
public enum ArticleSize
{
    /// <summary>A news brief, about 150 words.</summary>
    Brief,

    /// <summary>A wire story, about 600 words.</summary>
    Wire,

    /// <summary>A long feature, about 3000 words.</summary>
    Feature,
}
