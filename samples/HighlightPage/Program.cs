// Sample: one article as an HTML page with its quotes highlighted and its speakers linked to their entities.
// Run: dotnet run --project samples/HighlightPage -- [article.txt] [page.html]
// Defaults: samples/articles/harbour-strike.txt, and harbour-strike.html in the current folder. Open the page in a browser.
using QuoteExtract;

string article = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "articles", "harbour-strike.txt");
string page = args.Length > 1 ? args[1] : Path.ChangeExtension(Path.GetFileName(article), ".html");

string text = File.ReadAllText(article);
ExtractionResult result = new QuoteExtractor().Extract(text);

// Self-contained (inline CSS and script, no network) and escaped: safe to open whatever the article holds.
File.WriteAllText(page, HtmlReport.Render(Path.GetFileName(article), text, result));
Console.WriteLine($"{page}: {result.Quotes.Count} quote(s), {result.Entities.Count} entit(ies)");
