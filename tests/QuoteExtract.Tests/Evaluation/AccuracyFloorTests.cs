using FluentAssertions;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// Accuracy floors on PolNeAR dev (../shared/eval/data), measured with <c>quotex eval</c> and the extractor's
/// default options. A floor catches a change that makes the extractor worse; it is not a target.
/// </summary>
[Category("Accuracy")]
public sealed class AccuracyFloorTests
{
    // The floors, in percent, each a little under the number measured when it was set (in brackets).
    // Raise them as the numbers rise (run `quotex eval --gold ../shared/eval/data/polnear-dev.jsonl`);
    // never lower one to make a test pass without saying why in the commit.

    /// <summary>quote@0.3 F1 over all gold quotes [70.6].</summary>
    private const double Quote30F1Floor = 70.0;

    /// <summary>quote@0.8 F1 over all gold quotes [57.5].</summary>
    private const double Quote80F1Floor = 56.8;

    /// <summary>attribution@0.3 F1 (right quote and right speaker) [65.9].</summary>
    private const double Attribution30F1Floor = 65.2;

    /// <summary>Speaker accuracy on matched quotes [91.0].</summary>
    private const double SpeakerAccuracyFloor = 90.0;

    /// <summary>Cue accuracy on matched quotes [90.8].</summary>
    private const double CueAccuracyFloor = 90.0;

    /// <summary>quote@0.3 recall on the gold's direct quotes only (<c>--gold-type direct</c>) [97.2].</summary>
    private const double DirectRecall30Floor = 96.5;

    /// <summary>quote@0.8 recall on the gold's direct quotes only [94.1]: split quotes come out whole.</summary>
    private const double DirectRecall80Floor = 93.0;

    [Test]
    public void Eval_PolnearDev_QuoteF1AtLeastTheFloors()
    {
        var numbers = ScorerTests.Flatten(EvalRun.Of("--gold", EvalRun.PolnearDev(), "--format", "json").Output);

        numbers["quote@0.3.f1"].Should().BeGreaterThanOrEqualTo(Quote30F1Floor);
        numbers["quote@0.8.f1"].Should().BeGreaterThanOrEqualTo(Quote80F1Floor);
        numbers["attribution@0.3.f1"].Should().BeGreaterThanOrEqualTo(Attribution30F1Floor);
        numbers["speaker_accuracy_on_matched"].Should().BeGreaterThanOrEqualTo(SpeakerAccuracyFloor);
        numbers["cue_accuracy_on_matched"].Should().BeGreaterThanOrEqualTo(CueAccuracyFloor);
    }

    [Test]
    public void Eval_PolnearDevDirectQuotesOnly_RecallAtLeastTheFloor()
    {
        var numbers = ScorerTests.Flatten(EvalRun.Of("--gold", EvalRun.PolnearDev(), "--format", "json", "--gold-type", "direct").Output);

        numbers["quote@0.3.r"].Should().BeGreaterThanOrEqualTo(DirectRecall30Floor);
        numbers["quote@0.8.r"].Should().BeGreaterThanOrEqualTo(DirectRecall80Floor);
    }
}
