using FluentAssertions;
using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Learning;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Learning;

/// <summary>Hybrid mode's pass reads attribution's candidates and hands on revised copies; it never reaches back to change them.</summary>
public sealed class LearnedDecisionsTests
{
    [Test]
    public void Apply_SampleArticles_LeavesAttributionsCandidatesAsTheyWere_RevisesCopies()
    {
        var scorer = ScorerResource.Default!;
        int revised = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "samples", "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            var analysis = TextAnalysis.Analyze(File.ReadAllText(path));
            var options = QuoteExtractorOptions.Default with { Mode = ExtractionMode.Hybrid };
            var quotations = Quotations.Detect(analysis, options.MinimumDirectQuoteWords);
            var candidates = new Attributor(analysis, quotations, options, proposeRelaxed: true, scorer.CueRates).Run();
            var before = candidates.Select(Snapshot).ToList();

            var (kept, confidence) = LearnedDecisions.Apply(analysis, candidates, scorer, OperatingPoint.Balanced);

            candidates.Select(Snapshot).Should().Equal(before);
            kept.Should().OnlyContain(k => !candidates.Contains(k), "the kept quotes are copies");
            confidence.Should().HaveCount(kept.Count);
            revised += kept.Count(k => !before.Contains(Snapshot(k)));
        }

        revised.Should().BeGreaterThan(0, "the shipped model revises some speaker or bounds on the samples, so the check above means something");
    }

    private static string Snapshot(QuoteCandidate c) => $"{c.Type} {c.Speaker?.Span} {string.Join(",", c.Parts)} {c.Cue}";
}
