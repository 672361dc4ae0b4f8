using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Entities;
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
        if (string.IsNullOrWhiteSpace(text))
        {
            return ExtractionResult.Empty;
        }

        var analysis = TextAnalysis.Analyze(text);
        if (analysis.Tokens.Length == 0)
        {
            return ExtractionResult.Empty;
        }

        var candidates = new Attributor(analysis, QuoteMarkScanner.Scan(analysis), Options).Run();
        if (!Options.IncludeIndirect)
        {
            candidates.RemoveAll(c => c.Type != QuoteType.Direct);
        }

        var (entities, entityOf) = EntityResolver.Resolve(analysis, candidates);
        var quotes = new List<Quote>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            quotes.Add(ToQuote(text, candidates[i], entityOf[i]));
        }

        return new ExtractionResult(quotes, entities);
    }

    private static Quote ToQuote(string text, QuoteCandidate c, int? entityId)
    {
        var hull = c.Hull;
        var cue = c.Cue is { } cueSpan ? new Cue(cueSpan, cueSpan.GetText(text), c.CueClass) : null;
        var speaker = c.Speaker is { } m ? new Speaker(m.Span, m.Span.GetText(text), m.Kind) : null;
        return new Quote(hull, hull.GetText(text), c.Type, [.. c.Parts], cue, speaker, entityId, Confidence.Of(c));
    }
}
