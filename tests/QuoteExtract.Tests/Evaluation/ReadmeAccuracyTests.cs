using System.Text.RegularExpressions;
using FluentAssertions;
using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// The README's accuracy table (between <c>&lt;!-- accuracy:begin --&gt;</c> and <c>&lt;!-- accuracy:end --&gt;</c>)
/// must hold the numbers <c>quotex eval --format markdown</c> gives now on PolNeAR dev. When it fails, run
/// <c>tools/update-readme-accuracy.sh</c> and commit the README with the change that moved the numbers.
/// </summary>
[Category("Accuracy")]
public sealed partial class ReadmeAccuracyTests
{
    [Test]
    public void ReadmeAccuracyBlock_PolnearDev_HasTheNumbersEvalGivesNow()
    {
        var run = EvalRun.Of("--gold", EvalRun.PolnearDev(), "--format", "markdown");
        var readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));

        var expected = NumbersByLine(Block(run.Output));
        var actual = NumbersByLine(Block(readme));

        actual.Should().Equal(expected, "the README accuracy table is out of date: run tools/update-readme-accuracy.sh");
    }

    private static string[] Block(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        int begin = Array.IndexOf(lines, ReportWriter.BeginMarker);
        int end = Array.IndexOf(lines, ReportWriter.EndMarker);
        (begin >= 0 && end > begin).Should().BeTrue("the text has a block between the accuracy markers");
        return lines[(begin + 1)..end];
    }

    /// <summary>Each non-empty line but the commit line, as its first cell (the row name) and the numbers in it.</summary>
    private static List<string> NumbersByLine(string[] block) =>
        block.Where(l => l.Trim().Length > 0 && !l.StartsWith(ReportWriter.CommitPrefix, StringComparison.Ordinal))
            .Select(l => $"{l.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()}: "
                + string.Join(' ', Number().Matches(l).Select(m => m.Value)))
            .ToList();

    [GeneratedRegex(@"\d+(?:\.\d+)?", RegexOptions.None, 1000)]
    private static partial Regex Number();
}
