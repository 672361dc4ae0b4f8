using FluentAssertions;
using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// Hybrid mode against rules mode on PolNeAR dev (issue 6): the learned half must add to the rules, and its high
/// confidence must be trustworthy; the recall operating point must reach issue 4's bars. Margins are floors a little under what was measured when they were set (in
/// brackets), to catch a model or rule change that loses the gain; raise them as it grows.
/// </summary>
[Category("Accuracy")]
public sealed class HybridAccuracyTests
{
    /// <summary>attribution@0.3 F1, hybrid minus rules [+4.5: 71.3 against 66.8]; issue 6 asks +3.</summary>
    private const double AttributionMarginFloor = 3.0;

    /// <summary>quote@exact F1, hybrid minus rules [+3.6: 58.0 against 54.4]; issue 6 asks +3.</summary>
    private const double ExactMarginFloor = 3.0;

    /// <summary>quote@0.3 F1 in hybrid mode [76.2]; issue 4 asks 75.</summary>
    private const double HybridQuote30F1Floor = 75.0;

    /// <summary>Of hybrid quotes with confidence ≥ 0.9, the share matched with the right speaker [96.1]; issue 6 asks 90.</summary>
    private const double HighConfidenceCorrectFloor = 90.0;

    /// <summary>Indirect recall at the recall operating point [70.7 %: 1,108 of 1,568]; issue 4 asks 70 %.</summary>
    private const double RecallPointIndirectRecallFloor = 70.0;

    /// <summary>quote@0.3 F1 at the recall operating point [77.2]; issue 4 asks 75.</summary>
    private const double RecallPointQuote30F1Floor = 75.0;

    /// <summary>quote@0.8 F1 at the recall operating point [60.6]; issue 4 asks 60.</summary>
    private const double RecallPointQuote80F1Floor = 60.0;

    [Test]
    public void Eval_PolnearDev_RecallPointReachesIssue4sBars()
    {
        string gold = EvalRun.PolnearDev();
        var balanced = Report(gold, ExtractionMode.Hybrid);
        var recall = Report(gold, ExtractionMode.Hybrid, OperatingPoint.Recall);

        var indirect = recall.GoldTypes.Single(t => t.Type == "indirect");
        (100.0 * indirect.GoldMatched / indirect.Gold).Should().BeGreaterThanOrEqualTo(RecallPointIndirectRecallFloor);
        recall.Quote30.F1.Should().BeGreaterThanOrEqualTo(RecallPointQuote30F1Floor);
        recall.Quote80.F1.Should().BeGreaterThanOrEqualTo(RecallPointQuote80F1Floor);
        recall.Quote30.TruePositives.Should().BeGreaterThan(balanced.Quote30.TruePositives);
    }

    [Test]
    public void Eval_PolnearDev_HybridAddsToTheRules_AndHighConfidenceIsRight()
    {
        string gold = EvalRun.PolnearDev();
        var rules = Report(gold, ExtractionMode.Rules);
        var hybrid = Report(gold, ExtractionMode.Hybrid);

        (hybrid.Attribution30.F1 - rules.Attribution30.F1).Should().BeGreaterThanOrEqualTo(AttributionMarginFloor);
        (hybrid.QuoteExact.F1 - rules.QuoteExact.F1).Should().BeGreaterThanOrEqualTo(ExactMarginFloor);
        hybrid.Quote30.F1.Should().BeGreaterThanOrEqualTo(HybridQuote30F1Floor);
        hybrid.HighConfidence.Predicted.Should().BeGreaterThan(300, "most hybrid quotes are confident");
        hybrid.HighConfidence.Rate.Should().BeGreaterThanOrEqualTo(HighConfidenceCorrectFloor);
    }

    private static EvaluationReport Report(string goldPath, ExtractionMode mode, OperatingPoint point = OperatingPoint.Balanced)
    {
        var gold = EvalReader.ReadGold(File.OpenText(goldPath), goldPath, e => Assert.Fail(e));
        var extractor = new QuoteExtractor(QuoteExtractorOptions.Default with { Mode = mode, OperatingPoint = point });
        var predictions = gold.ToDictionary(
            d => d.Id,
            d => new PredictedDocument(d.Id, [.. extractor.Extract(d.Text).Quotes.Select(EvalQuote.From)]),
            StringComparer.Ordinal);
        return Scorer.Score(gold, predictions);
    }
}
