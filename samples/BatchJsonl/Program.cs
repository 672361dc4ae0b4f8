// Sample: extract quotes from a JSONL file of articles in parallel with one shared extractor, write JSONL.
// Run: dotnet run --project samples/BatchJsonl -- [input.jsonl] [output.jsonl]
// Input lines:  {"id": "...", "text": "..."}
// Output lines: {"id": "...", "quotes": [{"start": 0, "end": 10, "type": "direct", "text": "...", ...}]}
// Defaults: the bundled articles.jsonl, and standard output.
using System.Text.Json;
using BatchJsonl;
using QuoteExtract;

string inputPath = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "articles.jsonl");
using TextWriter output = args.Length > 1 ? new StreamWriter(args[1]) : Console.Out;

// One extractor for all threads: it is immutable and thread-safe, and building it once loads the lexicons once.
var extractor = new QuoteExtractor();

// PLINQ streams the lines, extracts on all cores and, with AsOrdered, yields results in input order.
var results = File.ReadLines(inputPath)
    .Select((line, index) => (Line: line, Number: index + 1))
    .Where(item => !string.IsNullOrWhiteSpace(item.Line))
    .AsParallel()
    .AsOrdered()
    .Select(item => Process(extractor, item.Line, item.Number));

int articles = 0, quotes = 0;
foreach (var result in results)
{
    if (result is null)
    {
        continue;
    }

    output.WriteLine(JsonSerializer.Serialize(result, JsonLinesContext.Lines.ResultLine));
    articles++;
    quotes += result.Quotes.Count;
}

Console.Error.WriteLine($"{articles} article(s), {quotes} quote(s)");

static ResultLine? Process(QuoteExtractor extractor, string line, int lineNumber)
{
    ArticleLine? article;
    try
    {
        article = JsonSerializer.Deserialize(line, JsonLinesContext.Lines.ArticleLine);
    }
    catch (JsonException exception)
    {
        Console.Error.WriteLine($"line {lineNumber}: skipped, not a JSON object ({exception.Message})");
        return null;
    }

    if (article?.Text is not { } text)
    {
        Console.Error.WriteLine($"line {lineNumber}: skipped, no \"text\"");
        return null;
    }

    var quotes = extractor.Extract(text).Quotes
        .Select(q => new QuoteLine(
            q.Span.Start,
            q.Span.End,
            q.Type.ToString().ToLowerInvariant(),
            q.Text,
            q.Speaker?.Text,
            q.Cue?.Text,
            q.Confidence))
        .ToList();
    return new ResultLine(article.Id, quotes);
}
