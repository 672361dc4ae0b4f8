using FluentAssertions;
using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Detection;

/// <summary>
/// Pairing of quotation marks, below the direct-quote filter: every span the scanner reports, written as the
/// quoted text with a trailing <c>+</c> when it is unclosed.
/// </summary>
public sealed class QuoteMarkScannerTests
{
    private static string[] Scan(string text) =>
        [.. QuoteMarkScanner.Scan(TextAnalysis.Analyze(text)).Select(q => text[q.Start..q.End] + (q.Closed ? string.Empty : "+"))];

    [TestCase("He said \"yes\" twice.", new[] { "\"yes\"" })]
    [TestCase("“a” and “b”", new[] { "“a”", "“b”" })]
    [TestCase("\"mixed” pair", new[] { "\"mixed”" })]
    [TestCase("“mixed\" pair", new[] { "“mixed\"" })]
    [TestCase("« oui » et « non »", new[] { "« oui »", "« non »" })]
    [TestCase("„ja“, sagte er", new[] { "„ja“" })]
    [TestCase("»ja«, sagte er", new[] { "»ja«" })]
    [TestCase("市長は「はい」と", new[] { "「はい」" })]
    [TestCase("‘single’ marks", new[] { "‘single’" })]
    [TestCase("'single' marks", new[] { "'single'" })]
    [TestCase("“outer ‘inner’ outer”", new[] { "“outer ‘inner’ outer”" })]
    [TestCase("‘outer “inner” outer’", new[] { "‘outer “inner” outer’" })]
    [TestCase("don't Russia’s ’90s rock ’n’ roll", new string[0])]
    [TestCase("the farmers' union and the drivers' union", new string[0])]
    [TestCase("‘the farmers' union pays’", new[] { "‘the farmers' union pays’" })]
    [TestCase("‘goin’ home now’ he said", new[] { "‘goin’ home now’" })]
    [TestCase("‘Yes’ and ‘no’", new[] { "‘Yes’", "‘no’" })]
    [TestCase("“never closed", new[] { "“never closed+" })]
    [TestCase("“first “second”", new[] { "“first+", "“second”" })]
    [TestCase("‘unclosed single", new string[0])]
    public void Scan_Text_PairsMarks(string text, string[] expected)
    {
        Scan(text).Should().Equal(expected);
    }

    [Test]
    public void Scan_ReopenedParagraph_IsOneQuoteOverBothParagraphs()
    {
        const string text = "She said: “One.\n\n“Two.”\n\nAfter.";

        var spans = QuoteMarkScanner.Scan(TextAnalysis.Analyze(text));

        spans.Should().ContainSingle();
        var span = spans[0];
        text[span.Start..span.End].Should().Be("“One.\n\n“Two.”");
        span.Closed.Should().BeTrue();
        span.Paragraphs.Should().Be(2);
        span.Reopenings.Should().Equal(text.IndexOf("“Two", StringComparison.Ordinal));
    }

    [Test]
    public void Scan_ParagraphNotReopened_EndsUnclosedAtParagraphEnd()
    {
        const string text = "She said: “One and two   \n\nAfter that, silence.";

        var spans = QuoteMarkScanner.Scan(TextAnalysis.Analyze(text));

        spans.Should().ContainSingle();
        text[spans[0].Start..spans[0].End].Should().Be("“One and two");
        spans[0].Closed.Should().BeFalse();
    }
}
