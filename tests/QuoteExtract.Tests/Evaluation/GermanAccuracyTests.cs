using FluentAssertions;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// Accuracy floors on German WikiNews dev (../shared/eval/data/wikinews_de-dev.jsonl) with the default language
/// (auto-detection), in rules and hybrid mode (which reads German with the rules). Ignored when ../shared is absent.
/// </summary>
[Category("Accuracy")]
public sealed class GermanAccuracyTests
{
    // Each a little under the number measured when it was set (in brackets).

    /// <summary>quote@0.3 F1 over all gold quotes, nested ones included [68.6].</summary>
    private const double Quote30F1Floor = 67.5;

    /// <summary>quote@0.3 recall of the direct gold quotes [91.2].</summary>
    private const double DirectRecall30Floor = 90.0;

    /// <summary>Speaker accuracy on matched quotes [81.8].</summary>
    private const double SpeakerAccuracyFloor = 80.5;

    /// <summary>quote@0.8 F1 [61.1].</summary>
    private const double Quote80F1Floor = 60.0;

    [TestCase("rules")]
    [TestCase("hybrid")]
    public void Eval_WikinewsDeDev_AtLeastTheFloors(string mode)
    {
        var gold = SharedData.RequireFile("eval/data/wikinews_de-dev.jsonl");

        var numbers = ScorerTests.Flatten(EvalRun.Of("--gold", gold, "--format", "json", "--mode", mode).Output);

        numbers["quote@0.3.f1"].Should().BeGreaterThanOrEqualTo(Quote30F1Floor);
        numbers["quote@0.8.f1"].Should().BeGreaterThanOrEqualTo(Quote80F1Floor);
        numbers["recall_by_type@0.3.direct"].Should().BeGreaterThanOrEqualTo(DirectRecall30Floor);
        numbers["speaker_accuracy_on_matched"].Should().BeGreaterThanOrEqualTo(SpeakerAccuracyFloor);
    }
}
