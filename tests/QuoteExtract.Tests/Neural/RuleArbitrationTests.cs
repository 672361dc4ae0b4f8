using FluentAssertions;
using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Neural;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Neural;

/// <summary>Arbitration between the tagger's quotes and hybrid mode's: whose bounds a report keeps.</summary>
public sealed class RuleArbitrationTests
{
    private const string Text = "The minister said the new port, built by a state company, would open in May next year.";

    [Test]
    public void Apply_HybridStartsLater_KeepsTheTaggersStartAndTakesHybridsEnd()
    {
        var tagged = Quote("the new port, built by a state company, would open in May");
        var hybrid = Quote("would open in May next year");
        hybrid.Parts[0] = Span("built by a state company, would open in May next year");

        Arbitrate(tagged, hybrid);

        tagged.Hull.GetText(Text).Should().Be("the new port, built by a state company, would open in May next year");
    }

    [Test]
    public void Apply_HybridStartsEarlier_TakesHybridsBounds()
    {
        var tagged = Quote("new port, built by a state company, would open in May");
        var hybrid = Quote("the new port, built by a state company, would open in May next year");

        Arbitrate(tagged, hybrid);

        tagged.Hull.GetText(Text).Should().Be("the new port, built by a state company, would open in May next year");
    }

    [Test]
    public void Apply_HybridStartsEarlierButIsUnsure_KeepsTheTaggersStart()
    {
        var tagged = Quote("new port, built by a state company, would open in May");
        var hybrid = Quote("the new port, built by a state company, would open in May next year");

        Arbitrate(tagged, hybrid, RuleArbitration.StartConfidence - 0.1);

        tagged.Hull.GetText(Text).Should().Be("new port, built by a state company, would open in May next year");
    }

    [Test]
    public void Apply_TaggersSplitQuoteAndHybridsOnePart_KeepsTheTaggersParts()
    {
        var tagged = Quote("the new port");
        tagged.Parts.Add(Span("would open in May next year"));
        var hybrid = Quote("the new port, built by a state company, would open in May next year");

        Arbitrate(tagged, hybrid);

        tagged.Parts.Select(p => p.GetText(Text)).Should().Equal("the new port", "would open in May next year");
    }

    [Test]
    public void Apply_HybridsSplitQuote_TakesItsParts()
    {
        var tagged = Quote("the new port, built by a state company, would open in May next year");
        var hybrid = Quote("the new port");
        hybrid.Parts.Add(Span("would open in May next year"));

        Arbitrate(tagged, hybrid);

        tagged.Parts.Select(p => p.GetText(Text)).Should().Equal("the new port", "would open in May next year");
    }

    [Test]
    public void Apply_QuotesThatShareLittle_AreLeftAlone()
    {
        var tagged = Quote("the new port");
        var hybrid = Quote("built by a state company, would open in May next year");

        Arbitrate(tagged, hybrid);

        tagged.Hull.GetText(Text).Should().Be("the new port");
    }

    private static void Arbitrate(QuoteCandidate tagged, QuoteCandidate hybrid, double hybridConfidence = 0.95)
    {
        var analysis = TextAnalysis.Analyze(Text);
        RuleArbitration.Apply(analysis, RuleInputs.QuotedTokens(analysis, QuoteMarkScanner.Scan(analysis)), [tagged], [hybrid], [hybridConfidence]);
    }

    private static QuoteCandidate Quote(string phrase) => new([Span(phrase)], QuoteType.Indirect);

    private static TextSpan Span(string phrase)
    {
        int start = Text.IndexOf(phrase, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0);
        return new TextSpan(start, start + phrase.Length);
    }
}
