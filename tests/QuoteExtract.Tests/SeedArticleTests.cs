using FluentAssertions;

namespace QuoteExtract.Tests;

/// <summary>The article that started the project: everything in it must come out right.</summary>
public sealed class SeedArticleTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static string ReadSeed() => File.ReadAllText(SharedData.RequireFile("seed/antonov-article.txt"));

    [Test]
    public void Extract_SeedArticle_FindsExactlyTheFiveDirectQuotes()
    {
        var text = ReadSeed();
        var expectedOpenings = new[]
        {
            "\"Vladimir Vladimirovich Putin's visit",
            "\"You see that the [US] administration",
            "“I would like you to understand",
            "“Our position in this regard",
            "“In the coming days, I have a meeting",
        };

        var direct = Extractor.Extract(text).Quotes.Where(q => q.Type == QuoteType.Direct).ToList();

        direct.Should().HaveCount(5);
        for (int i = 0; i < 5; i++)
        {
            var quote = direct[i];
            quote.Text.Should().StartWith(expectedOpenings[i]);
            quote.Text.Should().EndWith(",”", "each direct quote closes with a comma and a curly mark before 'Antonov told reporters'");
            text.Substring(quote.Span.End).Should().StartWith(" Antonov told reporters.");
            quote.Text.Should().Be(text[quote.Span.Start..quote.Span.End]);
        }
    }

    [Test]
    public void Extract_SeedArticle_ReportsNoScareQuoteAsDirectQuote()
    {
        var text = ReadSeed();
        var quotes = Extractor.Extract(text).Quotes;
        quotes.Should().NotContain(q => q.Type == QuoteType.Direct && (q.Text.Contains("Shivering", StringComparison.Ordinal) || q.Text == "“shivering”"));
    }
}
