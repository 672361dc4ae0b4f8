// Sample: options are an immutable record; derive variants with `with` and build one extractor per variant.
// Run: dotnet run --project samples/CustomOptions
using QuoteExtract;

const string Article = """
    The mill's owner said the closure was only a "pause". "We expect to reopen the line before the harvest," she said.
    A survey of the workers shows that most of them want to stay.
    """;

var defaults = QuoteExtractorOptions.Default;

// Only quotes in quotation marks; and only spoken or written words (no evidence such as "the survey shows").
var directOnly = defaults with { IncludeIndirect = false };
var speechOnly = defaults with { CueClasses = [CueClass.Speech, CueClass.Writing] };

foreach (var (name, options) in new[] { ("default", defaults), ("direct only", directOnly), ("speech and writing", speechOnly) })
{
    var extractor = new QuoteExtractor(options);
    var quotes = extractor.Extract(Article).Quotes;
    Console.WriteLine($"{name}: {quotes.Count} quote(s)");
    foreach (var quote in quotes)
    {
        Console.WriteLine($"  {quote.Type,-8} {quote.Cue?.Class,-7} {quote.Text}");
    }
}
