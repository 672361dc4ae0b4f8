namespace QuoteExtract.Neural;

/// <summary>
/// Builds extractors that run in <see cref="ExtractionMode.Neural"/>: a token tagger over the all-MiniLM-L6-v2
/// encoder labels speakers, cues and content, and the library groups them into quotes.
/// </summary>
/// <example>
/// <code>
/// QuoteExtractor extractor = NeuralExtractor.Create();
/// ExtractionResult result = extractor.Extract(article);
/// </code>
/// </example>
public static class NeuralExtractor
{
    private static readonly Lazy<NeuralTagger> Shared = new(() => NeuralTagger.Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Creates a neural-mode extractor with <paramref name="options"/> (their <see cref="QuoteExtractorOptions.Mode"/> is
    /// set to <see cref="ExtractionMode.Neural"/>). The models load once per process, on the first call, and are shared
    /// by every extractor; like every extractor, the result is immutable and thread-safe.
    /// </summary>
    public static QuoteExtractor Create(QuoteExtractorOptions? options = null) => new(options, Shared.Value);
}
