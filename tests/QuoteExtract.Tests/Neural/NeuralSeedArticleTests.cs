using FluentAssertions;
using QuoteExtract.Neural;

namespace QuoteExtract.Tests.Neural;

/// <summary>
/// The article that started the project, in neural mode: its twelve quotes (five direct, six indirect or mixed quotes of
/// the ambassador, one of the National Security Council) each with the right content, type, speaker and entity, and at
/// most one quote besides them. The headline ("…: Ambassador") is the ambassador's too, as in rules mode; reported, it
/// must be attributed to him, and it is not counted as the one other quote.
/// </summary>
public sealed class NeuralSeedArticleTests
{
    private const string Antonov = "Anatoly Antonov";

    // Each quote by how its content starts and ends (a content cut short at a comma inside the sentence is wrong).
    private static readonly (string Prefix, string End, QuoteType Type, string Speaker, string Entity)[] Expected =
    [
        ("\"Vladimir Vladimirovich Putin's visit", "are reaching out to us,”", QuoteType.Direct, "Antonov", Antonov),
        ("\"You see that the [US] administration", "settlement of the situation in Ukraine,”", QuoteType.Direct, "Antonov", Antonov),
        ("“I would like you to understand", "of Russian-American relations,”", QuoteType.Direct, "Antonov", Antonov),
        ("“Our position in this regard", "about problems in general terms,”", QuoteType.Direct, "Antonov", Antonov),
        ("“In the coming days, I have a meeting", "in relations with the Russian Federation,”", QuoteType.Direct, "Antonov", Antonov),
        ("The visits by Russian President", "the US policy of dictatorship and sanctions", QuoteType.Indirect, "Russian Ambassador to the United States Anatoly Antonov", Antonov),
        ("The US authorities are “shivering”", "President Vladimir Putin's peace initiatives", QuoteType.Mixed, "Russian Ambassador to the United States Anatoly Antonov", Antonov),
        ("he sees no prospects", "relations, not to mention their improvement", QuoteType.Indirect, "He", Antonov),
        ("Russia is not evading dialogue", "control from the general package of issues", QuoteType.Indirect, "Russian Ambassador to Washington Anatoly Antonov", Antonov),
        ("It is impossible to resolve", "attacked by Ukraine with American weapons", QuoteType.Indirect, "the diplomat", Antonov),
        ("in the coming days he will have a meeting", "States is heading in relations with Russia", QuoteType.Indirect, "Antonov", Antonov),
        ("the United States is open to talks", "without reference to the Ukrainian conflict", QuoteType.Indirect, "the US National Security Council", "US National Security Council"),
    ];

    [Test]
    public void Extract_SeedArticle_GetsTwelveOfTwelveRight_WithAtMostOneOtherQuote()
    {
        string text = File.ReadAllText(SharedData.RequireFile("seed/antonov-article.txt"));
        var result = NeuralExtractor.Create().Extract(text);

        var wrong = new List<string>();
        var found = new HashSet<Quote>();
        foreach (var (prefix, end, type, speaker, entity) in Expected)
        {
            var matches = result.Quotes.Where(q => Content(q).StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (matches.Count != 1)
            {
                wrong.Add($"{prefix}: {matches.Count} quotes start so");
                continue;
            }

            var quote = matches[0];
            found.Add(quote);
            string? name = result.Entities.SingleOrDefault(e => e.Id == quote.EntityId)?.Name;
            if (!Content(quote).EndsWith(end, StringComparison.Ordinal) || quote.Type != type || quote.Speaker?.Text != speaker
                || name?.TrimStart("the ".ToCharArray()) != entity.TrimStart("the ".ToCharArray()))
            {
                wrong.Add($"{prefix}: ends '…{quote.Text[Math.Max(0, quote.Text.Length - 40)..]}', {quote.Type}, speaker '{quote.Speaker?.Text}', entity '{name}'");
            }
        }

        var headline = result.Quotes.Where(q => q.Text.EndsWith("show failure of US policy", StringComparison.Ordinal)).ToList();
        foreach (var quote in headline)
        {
            found.Add(quote);
            if (result.Entities.SingleOrDefault(e => e.Id == quote.EntityId)?.Name != Antonov)
            {
                wrong.Add($"the headline: speaker '{quote.Speaker?.Text}'");
            }
        }

        wrong.Should().BeEmpty("every quote of the seed article comes out right");
        result.Quotes.Where(q => !found.Contains(q)).Should().HaveCountLessThanOrEqualTo(1, "at most one quote besides the article's");
    }

    /// <summary>The quote's text without a heading "that " (PolNeAR includes it in indirect content).</summary>
    private static string Content(Quote quote) =>
        quote.Text.StartsWith("that ", StringComparison.Ordinal) ? quote.Text[5..] : quote.Text;
}
