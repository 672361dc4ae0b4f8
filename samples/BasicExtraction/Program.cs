// Sample: extract the quotes of one article held in a string and print each one.
// Run: dotnet run --project samples/BasicExtraction
using QuoteExtract;

const string Article = """
    Library to stay open on Sundays after vote

    The town council of Lindqvist voted on Tuesday to keep the central library open on Sundays,
    reversing a cut it had approved in March.

    "Half of the people who come in on a Sunday have nowhere else to go," head librarian Ada Morrow said.
    "Closing the doors would have saved very little and cost a great deal."

    Councillor Pim Otten, who proposed the cut, said the budget would now have to be found elsewhere.

    The so-called "reading room" on the first floor will reopen in June, according to the council.
    """;

// Build the extractor once and reuse it: it is immutable and thread-safe.
var extractor = new QuoteExtractor();
ExtractionResult result = extractor.Extract(Article);

Console.WriteLine($"{result.Quotes.Count} quote(s)");
foreach (Quote quote in result.Quotes)
{
    // Spans are offsets into the input: Article.Substring(Span.Start, Span.Length) == quote.Text.
    Console.WriteLine();
    Console.WriteLine($"{quote.Type} {quote.Span}, confidence {quote.Confidence:0.00}");
    Console.WriteLine($"  content: {quote.Text}");
    Console.WriteLine($"  speaker: {quote.Speaker?.Text ?? "(none)"}");
    Console.WriteLine($"  cue:     {quote.Cue?.Text ?? "(none)"}");
}
