using System.Text;
using FluentAssertions;

namespace QuoteExtract.Tests.Performance;

/// <summary>
/// Inputs that are not news (one endless sentence, no spaces, deep nesting, a cue in every clause) must cost work in
/// proportion to their size, in every mode. Work is counted, not timed: the token reads and position look-ups the
/// stages make, which a scan of a sentence per cue or a comparison of every pair of candidates multiplies when the
/// input doubles. Each shape is extracted at two sizes, both past the sentence limit; doubling the input may not
/// much more than double the work.
/// </summary>
public sealed class LinearWorkTests
{
    /// <summary>Work on twice the input may be this many times the work on the input (2 for exactly linear work).</summary>
    private const double MaxGrowth = 2.3;

    /// <summary>A short invented wire story: quotes of every placement, names, titles and pronouns.</summary>
    private const string Seed = """
        Harbour board approves sea wall after storm

        KELLSBRIDGE (AP) — The harbour board voted on Tuesday to rebuild the sea wall, its chairman said.

        "We will rebuild the wall before the winter storms," Mayor Ilse Varga told reporters outside the town hall. "Nobody here wants another flood."

        The chairman, Oskar Lind, said the work would cost about 4 million euros and take two years. He added that the board had asked the state for help.

        According to the board's engineer, the old wall was "never meant for tides this high."

        Varga said: "The town owes this to the families who lost their homes." She warned that fares on the ferry would rise.

        "It is a fair plan," said Per Lindqvist, the harbourmaster. Critics fear that the cost will grow, and residents say the vote came too late.
        """;

    public static IEnumerable<TestCaseData> Shapes()
    {
        foreach (var mode in (ExtractionMode[])[ExtractionMode.Rules, ExtractionMode.Hybrid])
        {
            yield return Case("SeedArticleRepeated", mode, n => string.Join("\n\n", Enumerable.Repeat(Seed, n)), 8);
            yield return Case("HeSaidRepeated", mode, n => Repeat("he said ", n), 2000);
            yield return Case("NoSpaces", mode, n => Repeat("said,\"Varga\"", n), 2000);
            yield return Case("NestedOpeningQuotes", mode, n => Repeat("X said \u201c", n), 2000);
            yield return Case("ParagraphWithoutSentenceEnd", mode, n => Repeat(Seed.Replace('.', ' ').Replace('\n', ' ').Replace('?', ' ').Replace('!', ' ') + " ", n), 4);
            yield return Case("SaidThatClauses", mode, n => Repeat("Varga said that the council would rebuild the bridge and ", n), 300);
        }
    }

    [TestCaseSource(nameof(Shapes))]
    public void Extract_PathologicalShapeDoubled_WorkAtMostDoubles(ExtractionMode mode, Func<int, string> shape, int size)
    {
        var extractor = new QuoteExtractor(QuoteExtractorOptions.Default with { Mode = mode });
        extractor.ExtractCountingWork(shape(size), out long work);
        extractor.ExtractCountingWork(shape(2 * size), out long doubledWork);

        work.Should().BePositive();
        ((double)doubledWork / work).Should().BeLessThanOrEqualTo(MaxGrowth, "doubling the input should about double the work");
    }

    [TestCaseSource(nameof(Shapes))]
    public void Extract_PathologicalShapeDoubled_OutputAtMostDoubles(ExtractionMode mode, Func<int, string> shape, int size)
    {
        var extractor = new QuoteExtractor(QuoteExtractorOptions.Default with { Mode = mode });
        long output = QuotedCharacters(extractor.Extract(shape(size)));
        long doubledOutput = QuotedCharacters(extractor.Extract(shape(2 * size)));

        doubledOutput.Should().BeLessThanOrEqualTo((long)(MaxGrowth * Math.Max(output, 1)), "quotes may not grow with the square of the input");
    }

    [Test]
    public void Extract_HybridOnSaidThatClauses_ReportsAtMostTwiceTheRulesText()
    {
        var text = Repeat("Varga said that the council would rebuild the bridge and ", 3000);
        long rules = QuotedCharacters(new QuoteExtractor().Extract(text));
        long hybrid = QuotedCharacters(new QuoteExtractor(QuoteExtractorOptions.Default with { Mode = ExtractionMode.Hybrid }).Extract(text));

        rules.Should().BePositive();
        hybrid.Should().BeLessThanOrEqualTo(2 * rules);
    }

    [Test]
    public void Extract_EndlessSentence_StillFindsQuotesPastTheSentenceLimit()
    {
        // Quote detection is not cut: a quotation far into a sentence with no end is still found and attributed.
        var text = Repeat("and the tide rose over the harbour wall ", 300) + "\u201cWe will rebuild the wall,\u201d Mayor Ilse Varga said";
        var result = new QuoteExtractor().Extract(text);

        result.Quotes.Should().ContainSingle(q => q.Type == QuoteType.Direct && q.Text == "\u201cWe will rebuild the wall,\u201d")
            .Which.Speaker!.Text.Should().Be("Mayor Ilse Varga");
    }

    private static TestCaseData Case(string name, ExtractionMode mode, Func<int, string> shape, int size) =>
        new TestCaseData(mode, shape, size).SetArgDisplayNames(name + "_" + mode);

    private static string Repeat(string piece, int count) => new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();

    private static long QuotedCharacters(ExtractionResult result) => result.Quotes.Sum(q => (long)q.Text.Length);
}
