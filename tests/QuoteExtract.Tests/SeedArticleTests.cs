using FluentAssertions;

namespace QuoteExtract.Tests;

/// <summary>The article that started the project: everything in it must come out right.</summary>
public sealed class SeedArticleTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static string ReadSeed() => File.ReadAllText(SharedData.RequireFile("seed/antonov-article.txt"));

    /// <summary>The one quote whose content starts with the prefix, with or without a heading "that".</summary>
    private static Quote FindByContentPrefix(ExtractionResult result, string prefix)
    {
        var matches = result.Quotes
            .Where(q => q.Text.StartsWith(prefix, StringComparison.Ordinal) || q.Text.StartsWith("that " + prefix, StringComparison.Ordinal))
            .ToList();
        matches.Should().ContainSingle("exactly one quote's content should start with \"{0}\" (a heading \"that\" allowed)", prefix);
        return matches[0];
    }

    private static Entity EntityOf(ExtractionResult result, Quote quote)
    {
        quote.EntityId.Should().NotBeNull("the quote {0} should have an entity", quote.Text);
        var entity = result.Entities.SingleOrDefault(e => e.Id == quote.EntityId);
        entity.Should().NotBeNull("the quote's entity id {0} should name an entity of the result", quote.EntityId);
        return entity!;
    }

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
    public void Extract_SeedArticle_AttributesEveryDirectQuoteToAntonovWithTold()
    {
        var result = Extractor.Extract(ReadSeed());
        var direct = result.Quotes.Where(q => q.Type == QuoteType.Direct).ToList();

        direct.Should().HaveCount(5);
        foreach (var quote in direct)
        {
            var opening = quote.Text[..Math.Min(40, quote.Text.Length)];
            quote.Speaker.Should().NotBeNull("the direct quote opening {0} has a speaker", opening);
            quote.Speaker!.Text.Should().Be("Antonov", "the direct quote opening {0} is followed by 'Antonov told reporters'", opening);
            quote.Cue.Should().NotBeNull("the direct quote opening {0} has a cue", opening);
            quote.Cue!.Text.Should().Be("told", "the direct quote opening {0} is followed by 'Antonov told reporters'", opening);
            var entity = EntityOf(result, quote);
            entity.Name.Should().Be("Anatoly Antonov", "the direct quote opening {0} is Antonov's", opening);
            entity.Titles.Should().Contain("Russian Ambassador to the United States");
        }
    }

    [TestCase("The visits by Russian President", QuoteType.Indirect, "Russian Ambassador to the United States Anatoly Antonov")]
    [TestCase("The US authorities are “shivering”", QuoteType.Mixed, "Russian Ambassador to the United States Anatoly Antonov")]
    [TestCase("he sees no prospects", QuoteType.Indirect, "He")]
    [TestCase("Russia is not evading dialogue", QuoteType.Indirect, "Russian Ambassador to Washington Anatoly Antonov")]
    [TestCase("It is impossible to resolve", QuoteType.Indirect, "the diplomat")]
    [TestCase("in the coming days he will have a meeting", QuoteType.Indirect, "Antonov")]
    public void Extract_SeedArticle_FindsAntonovsIndirectAndMixedQuote(string contentPrefix, QuoteType type, string speaker)
    {
        var result = Extractor.Extract(ReadSeed());

        var quote = FindByContentPrefix(result, contentPrefix);

        quote.Type.Should().Be(type);
        quote.Speaker.Should().NotBeNull();
        quote.Speaker!.Text.Should().Be(speaker);
        EntityOf(result, quote).Name.Should().Be("Anatoly Antonov");
    }

    [Test]
    public void Extract_SeedArticle_AttributesTheTalksQuoteToTheNationalSecurityCouncil()
    {
        var result = Extractor.Extract(ReadSeed());

        var quote = FindByContentPrefix(result, "the United States is open to talks");

        quote.Type.Should().Be(QuoteType.Indirect);
        quote.Speaker.Should().NotBeNull();
        quote.Speaker!.Text.Should().Be("the US National Security Council");
        var entity = EntityOf(result, quote);
        entity.Name.Should().BeOneOf("the US National Security Council", "US National Security Council");
        entity.Kind.Should().Be(EntityKind.Organization);
    }

    [Test]
    public void Extract_SeedArticle_ReportsNoQuoteForTheWordShiveringAlone()
    {
        var quotes = Extractor.Extract(ReadSeed()).Quotes;

        quotes.Should().NotContain(q => q.Text.Trim('"', '\'', '“', '”', '‘', '’').Equals("shivering", StringComparison.OrdinalIgnoreCase));
    }

    [Test]
    public void Extract_SeedArticle_ReportsTheHeadlineAsAQuoteOfTheAmbassador()
    {
        var text = ReadSeed();
        var result = Extractor.Extract(text);

        var headline = result.Quotes.Where(q => q.Text.EndsWith("show failure of US policy", StringComparison.Ordinal)).ToList();

        headline.Should().ContainSingle();
        var quote = headline[0];
        text.Substring(quote.Span.End).Should().StartWith(": Ambassador");
        quote.Speaker.Should().NotBeNull();
        quote.Speaker!.Text.Should().Be("Ambassador");
        EntityOf(result, quote).Name.Should().Be("Anatoly Antonov");
    }

    [Test]
    public void Extract_SeedArticle_ReportsNoScareQuoteAsDirectQuote()
    {
        var text = ReadSeed();
        var quotes = Extractor.Extract(text).Quotes;
        quotes.Should().NotContain(q => q.Type == QuoteType.Direct && (q.Text.Contains("Shivering", StringComparison.Ordinal) || q.Text == "“shivering”"));
    }

    [Test]
    public void Extract_SeedArticle_ReportsNothingBeyondItsThirteenQuotes()
    {
        // Five direct quotes, seven indirect or mixed ones and the headline "…: Ambassador"; the section
        // headlines ("US 'Shivering' From Russia's Successes", "Russia will not discuss arms control …")
        // report no speech, and the byline and date are no quotes.
        var result = Extractor.Extract(ReadSeed());

        result.Quotes.Should().HaveCount(13);
        result.Quotes.Count(q => q.Type == QuoteType.Direct).Should().Be(5);
        result.Quotes.Should().OnlyContain(q => q.EntityId != null, "every quote of the article has a resolved speaker");
        result.Entities.Select(e => e.Name).Should().BeEquivalentTo(["Anatoly Antonov", "the US National Security Council"]);
    }

    [Test]
    public void Extract_SeedArticleAtTheRecallPoint_FindsTheSameQuotesRight_PlusOnlyTheSubheading()
    {
        // Hybrid mode's recall operating point (issue 4's bars are met there): the seven indirect and mixed quotes keep
        // their type, speaker and entity; the only quote added to the rules' thirteen is the subheading "Russia will
        // not discuss arms control …", a PolNeAR-style report of an intention.
        var text = ReadSeed();
        var recall = new QuoteExtractor(QuoteExtractorOptions.Default with { Mode = ExtractionMode.Hybrid, OperatingPoint = OperatingPoint.Recall });
        var result = recall.Extract(text);
        (string Prefix, QuoteType Type, string Speaker)[] expected =
        [
            ("The visits by Russian President", QuoteType.Indirect, "Russian Ambassador to the United States Anatoly Antonov"),
            ("The US authorities are “shivering”", QuoteType.Mixed, "Russian Ambassador to the United States Anatoly Antonov"),
            ("he sees no prospects", QuoteType.Indirect, "He"),
            ("Russia is not evading dialogue", QuoteType.Indirect, "Russian Ambassador to Washington Anatoly Antonov"),
            ("It is impossible to resolve", QuoteType.Indirect, "the diplomat"),
            ("in the coming days he will have a meeting", QuoteType.Indirect, "Antonov"),
        ];
        foreach (var (prefix, type, speaker) in expected)
        {
            var quote = FindByContentPrefix(result, prefix);
            quote.Type.Should().Be(type);
            quote.Speaker!.Text.Should().Be(speaker);
            EntityOf(result, quote).Name.Should().Be("Anatoly Antonov");
        }

        FindByContentPrefix(result, "the United States is open to talks").Speaker!.Text.Should().Be("the US National Security Council");
        var rules = Extractor.Extract(text).Quotes.Select(q => q.Span).ToList();
        result.Quotes.Where(q => !rules.Exists(r => r.Overlaps(q.Span))).Should()
            .ContainSingle().Which.Text.Should().StartWith("arms control", "the subheading's report is the one addition");
        result.Quotes.Should().HaveCount(14);
    }
}
