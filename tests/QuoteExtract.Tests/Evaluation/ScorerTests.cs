using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using FluentAssertions;
using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// The scorer against numbers worked out by hand on an invented gold/prediction pair (Data/small-*.jsonl), and
/// against the reference score.py on the same pair.
/// </summary>
/// <remarks>
/// The pair, by document (g = gold, p = predicted, in file order):
/// t1: g0 direct "The bridge will open in May" (Mara Quill, said), g1 indirect "that the budget was tight" (She, added);
///     p0 = g0 without its marks (right speaker and cue), p1 "the budget" (speaker Mara Quill, no cue),
///     p2 g0 plus ", said Mara Quill" (no speaker, no cue). p0 and p2 both overlap g0 by 27 characters, so the
///     greedy order (overlap, gold, predicted), largest first, pairs g0 with p2 at 0.3; at 0.8 only p0 qualifies.
/// t2: g0 direct in two parts (a spokesman, wrote), 31 + 14 characters; g1 indirect "The plan is dead", no speaker
///     (cue "according to"); p0 the first part only (speaker "spokesman", cue wrote), p1 "The plan is dead" typed
///     mixed (speaker "the memo", cue "according to"), p2 "Officials were blunt", spurious.
/// t3: one direct quote, no prediction line (a missing document). The predictions also hold a document not in the gold.
///
/// Hence 5 gold, 6 predicted; quote@0.3 pairs t1 (g0,p2) (g1,p1), t2 (g0,p0) (g1,p1) = 4; quote@0.8 and exact
/// pairs t1 (g0,p0), t2 (g1,p1) = 2. Speaker right in 1 of the 3 sourced pairs; cue right in 2 of 4;
/// attribution 1 over 6 - 1 (one pair has an unsourced gold) predicted and 4 sourced gold; source spans
/// {Mara Quill, She}, {a spokesman}, {the coach} against {Mara Quill}, {spokesman, the memo}: 1 of 3 and 4;
/// cue spans 3 of 3 predicted and 5 gold.
/// </remarks>
public sealed class ScorerTests
{
    private static EvaluationReport ScoreSmallPair()
    {
        var gold = EvalReader.ReadGold(File.OpenText(EvalRun.DataFile("small-gold.jsonl")), "gold", e => Assert.Fail(e));
        var predictions = EvalReader.ReadPredictions(File.OpenText(EvalRun.DataFile("small-pred.jsonl")), "pred", e => Assert.Fail(e));
        return Scorer.Score(gold, predictions);
    }

    [Test]
    public void Score_SmallPair_GivesTheCountsWorkedOutByHand()
    {
        var report = ScoreSmallPair();

        report.Documents.Should().Be(3);
        report.MissingDocuments.Should().Be(1);
        report.GoldQuotes.Should().Be(5);
        report.PredictedQuotes.Should().Be(6);
        report.Quote30.Should().Be(new Prf(66.7, 80.0, 72.7, 4, 6, 5), "4/6, 4/5 and F1 16/22");
        report.Quote80.Should().Be(new Prf(33.3, 40.0, 36.4, 2, 6, 5), "2/6, 2/5 and F1 4/11");
        report.QuoteExact.Should().Be(new Prf(33.3, 40.0, 36.4, 2, 6, 5));
        report.SpeakerAccuracy.Should().Be(33.3);
        report.CueAccuracy.Should().Be(50.0);
        report.Attribution30.Should().Be(new Prf(20.0, 25.0, 22.2, 1, 5, 4));
        report.SourceSpanExact.Should().Be(new Prf(33.3, 25.0, 28.6, 1, 3, 4));
        report.CueSpanExact.Should().Be(new Prf(100.0, 60.0, 75.0, 3, 3, 5));
        report.GoldTypes.Select(t => (t.Type, t.R)).Should().Equal(("direct", 66.7), ("indirect", 100.0));
    }

    [Test]
    public void Score_Confidence_CountsConfidentPredictionsAndHowManyAreRight()
    {
        const string Text = "Mara Quill said the bridge would open in May. The coach said the team was tired. Nobody spoke.";
        TextSpan Span(string s) => new(Text.IndexOf(s, StringComparison.Ordinal), Text.IndexOf(s, StringComparison.Ordinal) + s.Length);
        EvalQuote Quote(string content, string speaker, double? confidence = null) =>
            new(Span(content).Start, Span(content).End, null, "indirect", Span(speaker), Span("said"), confidence);

        var gold = new List<GoldDocument>
        {
            new("d", Text, [Quote("the bridge would open in May", "Mara Quill"), Quote("the team was tired", "The coach")]),
        };
        var predicted = new Dictionary<string, PredictedDocument>
        {
            ["d"] = new("d", [
                Quote("the bridge would open in May", "Mara Quill", 0.95), // right
                Quote("the team was tired", "Mara Quill", 0.92),           // matched, wrong speaker
                Quote("Nobody spoke", "The coach", 0.99),                   // spurious
                Quote("would open in May", "Mara Quill", 0.5)]),            // below the threshold
        };

        var check = Scorer.Score(gold, predicted).HighConfidence;

        check.Threshold.Should().Be(0.9);
        check.Predicted.Should().Be(3);
        check.Correct.Should().Be(1);
        check.Rate.Should().Be(33.3);
    }

    [Test]
    public void Score_SmallPair_GivesPrecisionByPredictedType()
    {
        var report = ScoreSmallPair();

        // direct: 4 predicted, 2 matched; 3 gold, 2 matched. mixed: predicted once (matched to indirect gold), never gold.
        report.Types.Should().Equal(
            new TypeScore("direct", 3, 2, 4, 2, 50.0, 66.7, 57.1),
            new TypeScore("indirect", 2, 2, 1, 1, 100.0, 100.0, 100.0),
            new TypeScore("mixed", 0, 0, 1, 1, 100.0, 0.0, 0.0));
        report.TypeAccuracyOnMatched.Should().Be(75.0);
    }

    [Test]
    public void Match_EqualOverlaps_PrefersTheHigherIndexAsScorePyDoes()
    {
        var gold = new List<IReadOnlyList<TextSpan>> { new[] { new TextSpan(0, 10) } };
        var predicted = new List<IReadOnlyList<TextSpan>> { new[] { new TextSpan(0, 10) }, new[] { new TextSpan(0, 12) } };

        Scorer.Match(gold, predicted, 0.3).Should().Equal((0, 1));
        Scorer.Match(gold, predicted, 0.8).Should().Equal((0, 1));
        Scorer.Match(gold, predicted, 0.9).Should().Equal(new[] { (0, 0) }, "10 shared characters are less than 0.9 of 12");
    }

    [TestCase("\"We are done,\" she said.", 0, 14, "We are done", TestName = "Normalize_QuotedClause_TrimsMarksAndComma")]
    [TestCase("He said that that was that.", 8, 27, "was that", TestName = "Normalize_RepeatedThat_TrimsEachLeadingThat")]
    [TestCase("He said that, no.", 8, 17, "that, no", TestName = "Normalize_ThatWithoutSpace_KeepsIt")]
    [TestCase("... \"!\"", 0, 7, "... \"!\"", TestName = "Normalize_OnlyPunctuation_KeepsTheSpan")]
    [TestCase("short", -3, 99, "short", TestName = "Normalize_OffsetsOutsideText_ClampsThem")]
    public void Normalize_Cases(string text, int start, int end, string expected)
    {
        var span = SpanNormalizer.Normalize(text, start, end);

        span.GetText(text).Should().Be(expected);
    }

    [TestCase(1.05, 1.1)]
    [TestCase(0.25, 0.2)]
    [TestCase(0.35, 0.3)]
    [TestCase(0.45, 0.5)]
    [TestCase(72.25, 72.2)]
    [TestCase(2.675, 2.7)]
    [TestCase(99.95, 100.0)]
    [TestCase(0.15, 0.1)]
    [TestCase(100.0 / 3, 33.3)]
    public void Round1_Value_MatchesPythonRound(double value, double python)
    {
        // Expected values printed by Python 3.11: round(value, 1).
        PythonFloat.Round1(value).Should().Be(python);
    }

    [TestCase(0.0, "0.0")]
    [TestCase(100.0, "100.0")]
    [TestCase(72.7, "72.7")]
    public void Format_Value_MatchesPythonRepr(double value, string python) => PythonFloat.Format(value).Should().Be(python);

    [Test]
    public void EvalJson_SmallPair_EqualsScorePyOutput()
    {
        var scorePy = SharedData.RequireFile("eval/score.py");
        string gold = EvalRun.DataFile("small-gold.jsonl"), pred = EvalRun.DataFile("small-pred.jsonl");
        string expected = RunPython(scorePy, gold, pred, "--json");

        var run = EvalRun.Of("--gold", gold, "--pred", pred, "--format", "json");

        run.ExitCode.Should().Be(0, run.Errors);
        Flatten(run.Output).Should().Equal(Flatten(expected), "every number of score.py --json must be reproduced");
        run.Output.Should().Be(expected, "the JSON is written the way Python's json.dumps writes it");
    }

    /// <summary>Runs python3 with the arguments; ignores the test when python3 cannot be started.</summary>
    internal static string RunPython(params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Assert.Ignore($"skipped: python3 is not available to run score.py ({e.Message})");
            throw;
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.Should().Be(0, errors.Result);
            return output.ReplaceLineEndings("\n");
        }
    }

    /// <summary>Every number of a JSON object by its path, e.g. "quote@0.3.f1".</summary>
    internal static Dictionary<string, double> Flatten(string json)
    {
        var values = new Dictionary<string, double>();
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement, string.Empty);
        return values;

        void Walk(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}");
                }
            }
            else if (element.ValueKind == JsonValueKind.Number)
            {
                values[path] = element.GetDouble();
            }
        }
    }
}
