// Sample: every .txt file of a folder, extracted in parallel, written as JSONL in the contract of `quotex extract`.
// Run: dotnet run --project samples/FolderToJsonl -- [folder] [output.jsonl]
// Defaults: samples/articles beside this sample, and standard output.
using QuoteExtract;

string folder = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "articles");
using TextWriter output = args.Length > 1 ? new StreamWriter(args[1]) : Console.Out;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel(); // Ctrl-C stops the batch: no new file is started
};

var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
var extractor = new QuoteExtractor(); // immutable and thread-safe: one for all threads

// Files are read lazily, extracted on all cores, and the results come back in the order of the files.
var results = extractor.ExtractMany(files.Select(File.ReadAllText), cancellationToken: cancellation.Token);
int index = 0, quotes = 0;
foreach (ExtractionResult result in results)
{
    string id = Path.GetRelativePath(folder, files[index++]);
    output.WriteLine(QuoteJson.Serialize(id, result));
    quotes += result.Quotes.Count;
}

Console.Error.WriteLine($"{files.Count} file(s), {quotes} quote(s)");
