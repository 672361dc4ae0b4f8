using System.Text;
using FluentAssertions;
using QuoteExtract.Learning;

namespace QuoteExtract.Tests.Learning;

/// <summary>Rules mode ignores any model; hybrid mode without a model is rules mode; hybrid confidence is a probability.</summary>
public sealed class HybridModeTests
{
    private static readonly QuoteExtractorOptions Hybrid = QuoteExtractorOptions.Default with { Mode = ExtractionMode.Hybrid };

    /// <summary>The sample articles shipped with the repository.</summary>
    private static List<string> Articles() =>
        [.. Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "samples", "articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    [Test]
    public void EmbeddedModel_Loads_WithTheCurrentFeatures()
    {
        ScorerResource.Default.Should().NotBeNull("Resources/quote-scorer.json ships in the assembly and lists CandidateFeatures.Names");
    }

    [Test]
    public void Load_MissingOrStaleModel_ReturnsNull()
    {
        ScorerResource.Load(null).Should().BeNull();
        using var stale = new MemoryStream(Encoding.UTF8.GetBytes("""{"kind":"linear","features":["old"],"weights":[1],"bias":0}"""));
        ScorerResource.Load(stale).Should().BeNull();
        using var broken = new MemoryStream(Encoding.UTF8.GetBytes("{not json"));
        ScorerResource.Load(broken).Should().BeNull();
    }

    [Test]
    public void Extract_HybridWithoutModel_EqualsRules()
    {
        var rules = new QuoteExtractor(QuoteExtractorOptions.Default with { Mode = ExtractionMode.Rules });
        var hybridWithoutModel = new QuoteExtractor(Hybrid, scorer: null);
        foreach (var text in Articles())
        {
            hybridWithoutModel.Extract(text).Quotes.Should().BeEquivalentTo(rules.Extract(text).Quotes, o => o.WithStrictOrdering());
        }
    }

    [Test]
    public void Extract_RulesMode_UsesNoScorer()
    {
        new QuoteExtractor(QuoteExtractorOptions.Default with { Mode = ExtractionMode.Rules }, new ConstantScorer(0)).Scorer.Should().BeNull();
    }

    [Test]
    public void Extract_Hybrid_ConfidenceIsAProbability()
    {
        var extractor = new QuoteExtractor(Hybrid);
        extractor.Scorer.Should().NotBeNull();
        int quotes = 0;
        foreach (var text in Articles())
        {
            foreach (var quote in extractor.Extract(text).Quotes)
            {
                // Not necessarily above the threshold: the rescue model may keep a quote the main model doubts.
                quote.Confidence.Should().BeInRange(0, 1);
                quotes++;
            }
        }

        quotes.Should().BePositive();
    }

    [Test]
    public void Extract_HybridScorerRejectsAll_ReturnsNoQuotes()
    {
        var extractor = new QuoteExtractor(Hybrid, new ConstantScorer(0.1, threshold: 0.5));
        Articles().Should().AllSatisfy(text => extractor.Extract(text).Quotes.Should().BeEmpty());
    }

    [Test]
    public void Extract_HybridScorerKeepsAll_KeepsRuleQuotesWithItsConfidence()
    {
        var rules = new QuoteExtractor();
        var extractor = new QuoteExtractor(Hybrid, new ConstantScorer(0.75));
        foreach (var text in Articles())
        {
            var expected = rules.Extract(text).Quotes.Select(q => q with { Confidence = 0.75 });
            extractor.Extract(text).Quotes.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        }
    }

    private sealed class ConstantScorer(double probability, double threshold = 0) : ICandidateScorer
    {
        public double Threshold => threshold;

        public double Probability(ReadOnlySpan<float> features)
        {
            features.Length.Should().Be(CandidateFeatures.Count);
            return probability;
        }
    }
}
