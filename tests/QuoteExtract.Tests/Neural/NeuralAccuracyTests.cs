using FluentAssertions;
using QuoteExtract.Cli;
using QuoteExtract.Evaluation;
using QuoteExtract.Tests.Evaluation;

namespace QuoteExtract.Tests.Neural;

/// <summary>
/// Neural mode on PolNeAR dev with the shipped model, scored as <c>quotex eval</c> scores it. The floors sit a little
/// under what was measured when the model shipped (in brackets), to catch a model or decoder change that loses accuracy;
/// neural mode must also stay ahead of hybrid mode where it is ahead.
/// </summary>
[Category("Accuracy")]
public sealed class NeuralAccuracyTests
{
    private static readonly Lazy<(EvaluationReport Neural, EvaluationReport Hybrid)> Reports = new(() =>
    {
        string path = EvalRun.PolnearDev();
        var gold = EvalReader.ReadGold(File.OpenText(path), path, e => Assert.Fail(e));
        return (Scorer.Score(gold, EvalCommand.Extract(gold, QuoteExtractorOptions.Default with { Mode = ExtractionMode.Neural })),
                Scorer.Score(gold, EvalCommand.Extract(gold, QuoteExtractorOptions.Default with { Mode = ExtractionMode.Hybrid })));
    });

    [Test]
    public void Eval_PolnearDev_NeuralModeKeepsItsMeasuredAccuracy()
    {
        var neural = Reports.Value.Neural;

        neural.SourceSpanExact.F1.Should().BeGreaterThanOrEqualTo(NeuralFloors.SourceExact);
        neural.CueSpanExact.F1.Should().BeGreaterThanOrEqualTo(NeuralFloors.CueExact);
        neural.QuoteExact.F1.Should().BeGreaterThanOrEqualTo(NeuralFloors.ContentExact);
        neural.Quote30.F1.Should().BeGreaterThanOrEqualTo(NeuralFloors.Quote30);
        neural.SpeakerAccuracy.Should().BeGreaterThanOrEqualTo(NeuralFloors.SpeakerAccuracy);
    }

    [Test]
    public void Eval_PolnearDev_NeuralModeIsAheadOfHybridMode()
    {
        var (neural, hybrid) = Reports.Value;

        neural.SourceSpanExact.F1.Should().BeGreaterThan(hybrid.SourceSpanExact.F1);
        neural.CueSpanExact.F1.Should().BeGreaterThan(hybrid.CueSpanExact.F1);
        neural.Quote30.F1.Should().BeGreaterThan(hybrid.Quote30.F1);
        neural.Attribution30.F1.Should().BeGreaterThan(hybrid.Attribution30.F1);
    }

    [Test]
    public void Eval_PolnearDev_HighConfidenceNeuralQuotesAreMostlyRight()
    {
        var neural = Reports.Value.Neural;

        neural.HighConfidence.Predicted.Should().BeGreaterThan(500, "most neural quotes are confident");
        neural.HighConfidence.Rate.Should().BeGreaterThanOrEqualTo(NeuralFloors.HighConfidenceCorrect);
    }
}
