using FluentAssertions;
using QuoteExtract.Cli.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// Hybrid mode against rules mode on PolNeAR dev (issue 6): the learned half must add to the rules, and its high
/// confidence must be trustworthy. Margins are floors a little under what was measured when they were set (in
/// brackets), to catch a model or rule change that loses the gain; raise them as it grows.
/// </summary>
[Category("Accuracy")]
public sealed class HybridAccuracyTests
{
    /// <summary>attribution@0.3 F1, hybrid minus rules [+4.7: 70.8 against 66.1]; issue 6 asks +3.</summary>
    private const double AttributionMarginFloor = 3.0;

    /// <summary>quote@exact F1, hybrid minus rules [+3.2: 57.40 against 54.18]; issue 6 asks +3.</summary>
    private const double ExactMarginFloor = 3.0;

    /// <summary>quote@0.3 F1 in hybrid mode [76.0]; issue 4 asks 75.</summary>
    private const double HybridQuote30F1Floor = 75.0;

    /// <summary>Of hybrid quotes with confidence ≥ 0.9, the share matched with the right speaker [95.8]; issue 6 asks 90.</summary>
    private const double HighConfidenceCorrectFloor = 90.0;

    /// <summary>Indirect recall at the recall operating point minus the balanced point's [+6.0: 66.9 against 60.9].</summary>
    private const double RecallPointIndirectGainFloor = 4.0;

    /// <summary>quote@0.3 F1 at the recall operating point [77.0]; issue 4 asks 75.</summary>
    private const double RecallPointQuote30F1Floor = 75.0;

    /// <summary>quote@0.8 F1 at the recall operating point [60.8]; issue 4 asks 60.</summary>
    private const double RecallPointQuote80F1Floor = 60.0;

    [Test]
    public void Eval_PolnearDev_RecallPointFindsMoreIndirectSpeech_AtTheIssuesQuoteF1()
    {
        string gold = EvalRun.PolnearDev();
        var balanced = Report(gold, ExtractionMode.Hybrid);
        var recall = Report(gold, ExtractionMode.Hybrid, OperatingPoint.Recall);

        double Indirect(EvaluationReport r) => r.GoldTypes.Single(t => t.Type == "indirect").R;
        (Indirect(recall) - Indirect(balanced)).Should().BeGreaterThanOrEqualTo(RecallPointIndirectGainFloor);
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
