// Sample: options are an immutable record; derive variants with `with` and build one extractor per variant.
// Run: dotnet run --project samples/CustomOptions
using QuoteExtract;

const string Article = """
    The mill's owner called the closure a "pause". "We expect to reopen the line before the harvest," she said.
    """;

// The defaults: a quoted span of fewer than 4 words without a cue is taken for a scare quote ("pause").
var defaults = QuoteExtractorOptions.Default;

// A variant that reports even one-word quoted spans, and only direct quotes.
var everyQuotedSpan = defaults with { MinimumDirectQuoteWords = 1, IncludeIndirect = false };

foreach (var (name, options) in new[] { ("default", defaults), ("every quoted span, direct only", everyQuotedSpan) })
{
    var extractor = new QuoteExtractor(options);
    var quotes = extractor.Extract(Article).Quotes;
    Console.WriteLine($"{name} (MinimumDirectQuoteWords = {options.MinimumDirectQuoteWords}): {quotes.Count} quote(s)");
    foreach (var quote in quotes)
    {
        Console.WriteLine($"  {quote.Span} {quote.Text}");
    }
}
