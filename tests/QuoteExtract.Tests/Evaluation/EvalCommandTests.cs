using FluentAssertions;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>The <c>quotex eval</c> command line: options, bad input, error examples.</summary>
public sealed class EvalCommandTests
{
    private static readonly string Gold = EvalRun.DataFile("small-gold.jsonl");
    private static readonly string Pred = EvalRun.DataFile("small-pred.jsonl");

    [Test]
    public void Run_MissingGoldFile_ReportsItAndExitsWithTwo()
    {
        var run = EvalRun.Of("--gold", "/nonexistent/gold.jsonl");

        run.ExitCode.Should().Be(2);
        run.Errors.Should().Contain("gold file not found: /nonexistent/gold.jsonl");
        run.Output.Should().BeEmpty();
    }

    [Test]
    public void Run_NoGoldOption_ExitsWithTwo()
    {
        var run = EvalRun.Of("--pred", Pred);

        run.ExitCode.Should().Be(2);
        run.Errors.Should().Contain("--gold");
    }

    [TestCase("--format", "yaml")]
    [TestCase("--errors", "many")]
    [TestCase("--gold-type", "quoted")]
    [TestCase("--frobnicate", "1")]
    public void Run_BadOption_ExitsWithTwo(string option, string value) => EvalRun.Of("--gold", Gold, option, value).ExitCode.Should().Be(2);

    [Test]
    public void Run_BadLinesInGoldAndPredictions_ReportsAndSkipsThem()
    {
        var directory = Directory.CreateTempSubdirectory("quotex-eval-");
        try
        {
            var lines = File.ReadAllLines(Gold);
            string gold = Path.Combine(directory.FullName, "gold.jsonl"), pred = Path.Combine(directory.FullName, "pred.jsonl");
            File.WriteAllLines(gold, [lines[0], "{not json", "[1, 2]", "{\"id\": \"x\"}", lines[1], lines[2]]);
            var predLines = File.ReadAllLines(Pred);
            File.WriteAllLines(pred, [predLines[0], "{\"id\": \"t2\", \"quotes\": [{\"start\": \"zero\"}]}", "}{", predLines[1]]);

            var run = EvalRun.Of("--gold", gold, "--pred", pred, "--format", "json");

            run.ExitCode.Should().Be(1, "output was written but some lines were bad");
            run.Errors.Should().Contain("gold.jsonl:2: invalid JSON").And.Contain("gold.jsonl:3: not a JSON object")
                .And.Contain("gold.jsonl:4: missing string field \"text\"").And.Contain("pred.jsonl:2: quote 1 has no integer")
                .And.Contain("pred.jsonl:3: invalid JSON");
            ScorerTests.Flatten(run.Output).Should().Equal(ScorerTests.Flatten(EvalRun.Of("--gold", Gold, "--pred", Pred, "--format", "json").Output));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Run_GoldTypeDirect_KeepsOnlyDirectGoldQuotes()
    {
        var run = EvalRun.Of("--gold", Gold, "--pred", Pred, "--format", "json", "--gold-type", "direct");

        var numbers = ScorerTests.Flatten(run.Output);
        numbers["gold_quotes"].Should().Be(3);
        numbers["quote@0.3.r"].Should().Be(66.7, "2 of the 3 direct gold quotes are found");
        numbers.Should().ContainKey("recall_by_type@0.3.direct").And.NotContainKey("recall_by_type@0.3.indirect");
    }

    [Test]
    public void Run_ByType_AddsPrecisionByPredictedType()
    {
        var run = EvalRun.Of("--gold", Gold, "--pred", Pred, "--format", "json", "--by-type");

        var numbers = ScorerTests.Flatten(run.Output);
        numbers["by_type@0.3.direct.p"].Should().Be(50.0);
        numbers["by_type@0.3.mixed.predicted"].Should().Be(1);
        numbers["type_accuracy_on_matched"].Should().Be(75.0);
    }

    [Test]
    public void Run_Errors_ShowsEachKindOfErrorWithContext()
    {
        var run = EvalRun.Of("--gold", Gold, "--pred", Pred, "--errors", "1");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("== missed quotes (gold quotes without a quote@0.3 match): 1")
            .And.Contain("t3 (no prediction for this document)")
            .And.Contain("== spurious quotes (predictions without a quote@0.3 match): 2, first 1 shown")
            .And.Contain("== wrong speakers (quote@0.3 pairs whose speaker spans do not overlap): 2, first 1 shown")
            .And.Contain("== wrong boundaries (quote@0.3 pairs that are not quote@0.8 pairs): 3, first 1 shown")
            .And.Contain("speaker \"Mara Quill\" [")
            .And.Contain("⟦\"Nothing is settled,\"⟧ the coach told reporters.…");
    }

    [Test]
    public void Run_Markdown_PrintsTheReadmeBlock()
    {
        var run = EvalRun.Of("--gold", Gold, "--pred", Pred, "--format", "markdown", "--commit", "abc1234");

        var lines = run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines[0].Should().Be("<!-- accuracy:begin -->");
        lines[^1].Should().Be("<!-- accuracy:end -->");
        lines.Should().Contain("Commit: `abc1234`")
            .And.Contain("| quote@0.3 | 66.7 | 80.0 | 72.7 |")
            .And.Contain("| speaker accuracy on matched | | | 33.3 |")
            .And.Contain("| recall@0.3 of direct quotes | | 66.7 | |");
    }
}
