// Sample: a small HTTP endpoint a newsroom tool can call.
// Run: dotnet run --project samples/QuoteService -- --urls http://127.0.0.1:5080
// Call: curl -X POST http://127.0.0.1:5080/quotes -H 'Content-Type: application/json' -d '{"id": "a1", "text": "…"}'
//       (the answer is one record of the quotex JSON contract); POST /quotes.html answers the highlight page.
using System.Text.Json.Serialization;
using QuoteService;
using QuoteExtract;

const long MaxRequestBytes = 1 << 20; // an article is a few KB; refuse anything over 1 MB before reading it

var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ArticleJson.Default));
builder.Services.AddQuoteExtractor(); // one shared, thread-safe extractor

var app = builder.Build();

app.MapPost("/quotes", (Article article, QuoteExtractor extractor) =>
    article.Text is null
        ? Results.BadRequest("\"text\" is required")
        : Results.Text(QuoteJson.Serialize(article.Id ?? string.Empty, extractor.Extract(article.Text)), "application/json"));

app.MapPost("/quotes.html", (Article article, QuoteExtractor extractor) =>
    article.Text is null
        ? Results.BadRequest("\"text\" is required")
        : Results.Text(HtmlReport.Render(article.Id ?? "article", article.Text, extractor.Extract(article.Text)), "text/html"));

app.Run();

namespace QuoteService
{
    /// <summary>The request body: the article's id and text.</summary>
    internal sealed record Article(string? Id, string? Text);

    [JsonSerializable(typeof(Article))]
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    internal sealed partial class ArticleJson : JsonSerializerContext;
}
