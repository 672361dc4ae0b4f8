using FluentAssertions;
using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Neural;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Neural;

/// <summary>Content that runs on into an article or a conjunction ends before it.</summary>
public sealed class ContentTrimTests
{
    private const string Text = "The minister said the port would open in May and the ferry would call at “Varga’s new pier” during a storm.";

    [TestCase("the port would open in May and", "the port would open in May")]
    [TestCase("the port would open in May and the", "the port would open in May")]
    [TestCase("the ferry would call at “Varga’s new pier” during a", "the ferry would call at “Varga’s new pier” during")]
    [TestCase("the port would open in May", "the port would open in May")]
    [TestCase("the", "the")]
    public void Apply_LastPart_EndsBeforeATrailingArticleOrConjunction(string content, string expected)
    {
        var quote = new QuoteCandidate([Span(content)], QuoteType.Indirect);

        Trim(quote);

        quote.Parts[^1].GetText(Text).Should().Be(expected);
    }

    [Test]
    public void Apply_QuotationWithATrailingConjunction_BecomesDirect()
    {
        var text = "The minister praised “Varga’s new pier” and left.";
        var analysis = TextAnalysis.Analyze(text);
        int start = text.IndexOf('“', StringComparison.Ordinal);
        var mixed = new QuoteCandidate([new TextSpan(start, text.IndexOf(" left", StringComparison.Ordinal))], QuoteType.Mixed);

        ContentTrim.Apply(analysis, RuleInputs.QuotedTokens(analysis, QuoteMarkScanner.Scan(analysis)), [mixed]);

        mixed.Parts[0].GetText(text).Should().Be("“Varga’s new pier”");
        mixed.Type.Should().Be(QuoteType.Direct);
    }

    [Test]
    public void Apply_SplitQuote_TrimsOnlyTheLastPart()
    {
        var quote = new QuoteCandidate([Span("the port would open in May and"), Span("the ferry would call at “Varga’s new pier” during a")], QuoteType.Mixed);

        Trim(quote);

        quote.Parts.Select(p => p.GetText(Text)).Should().Equal("the port would open in May and", "the ferry would call at “Varga’s new pier” during");
    }

    private static void Trim(QuoteCandidate quote)
    {
        var analysis = TextAnalysis.Analyze(Text);
        ContentTrim.Apply(analysis, RuleInputs.QuotedTokens(analysis, QuoteMarkScanner.Scan(analysis)), [quote]);
    }

    private static TextSpan Span(string phrase)
    {
        int start = Text.IndexOf(phrase, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0);
        return new TextSpan(start, start + phrase.Length);
    }
}
