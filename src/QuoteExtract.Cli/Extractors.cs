using QuoteExtract.Neural;

namespace QuoteExtract.Cli;

/// <summary>Builds the extractor for the options of a run: neural mode comes from the QuoteExtract.Neural package.</summary>
internal static class Extractors
{
    public static QuoteExtractor Create(QuoteExtractorOptions? options) =>
        options?.Mode == ExtractionMode.Neural ? NeuralExtractor.Create(options) : new QuoteExtractor(options);
}
