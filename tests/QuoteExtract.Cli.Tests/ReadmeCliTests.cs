using System.Reflection;
using FluentAssertions;
using QuoteExtract.Tests;

namespace QuoteExtract.Cli.Tests;

/// <summary>The README's command-line section stays true to the program.</summary>
public sealed class ReadmeCliTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));

    [Test]
    public void Readme_ExitCodeTable_ListsExactlyTheCodesOfExitCodes()
    {
        var section = Readme[Readme.IndexOf("### Exit codes", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n### ", 1, StringComparison.Ordinal)];
        var documented = section.Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(l[2]))
            .Select(l => int.Parse(l[2..l.IndexOf(' ', 2)], System.Globalization.CultureInfo.InvariantCulture));
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (int)f.GetRawConstantValue()!);

        documented.Should().BeEquivalentTo(codes);
    }

    [Test]
    public void Readme_DocumentsEveryExtractOption()
    {
        var help = Quotex.Run("extract", "--help").Stdout;
        var options = help.Split('\n').SelectMany(l => l.Split(' ', ',', '<', ':', ')', ';', '.')).Where(w => w.StartsWith("--", StringComparison.Ordinal) && w.Length > 2 && w != "--help").Distinct();

        foreach (var option in options)
        {
            Readme.Should().Contain($"`{option}", "the README documents {0}", option);
        }
    }

    [Test]
    public void Readme_JsonContractExample_IsWhatQuotexWritesForItsInput()
    {
        var section = Readme[Readme.IndexOf("## JSON contract", StringComparison.Ordinal)..];
        var input = Fenced(section, "jsonl");
        var expected = Fenced(section, "json");
        var folder = Directory.CreateTempSubdirectory("quotex-readme-").FullName;
        File.WriteAllText(Path.Combine(folder, "articles.jsonl"), input);

        // The documented command, run in the input's folder so the record's "source" reads as in the README.
        var run = Quotex.Execute(folder, [], "extract", "articles.jsonl", "--format", "jsonl");

        run.Exit.Should().Be(ExitCodes.InputErrors);
        run.Stdout.Should().Be(expected, "the README's JSON example is the output of its command on its input");
        QuoteJson.Serialize("ferry-1", new QuoteExtractor().Extract(System.Text.Json.JsonDocument.Parse(input.Split('\n')[0]).RootElement.GetProperty("text").GetString()!))
            .Should().Be(expected.Split('\n')[0]);
    }

    [Test]
    public void Readme_RecipesAreMarkedNotRunInCi()
    {
        Readme.Should().Contain("Recipe: Spark `RDD.pipe` (not run in CI)").And.Contain("Recipe: Kubernetes Indexed Job (not run in CI)");
    }

    /// <summary>The first fenced block of <paramref name="language"/> in <paramref name="text"/>, with its final line break.</summary>
    private static string Fenced(string text, string language)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        int open = Array.FindIndex(lines, l => l.TrimEnd() == "```" + language);
        open.Should().BeGreaterThanOrEqualTo(0, "the section has a ```{0} block", language);
        int close = Array.FindIndex(lines, open + 1, l => l.TrimEnd() == "```");
        return string.Join('\n', lines[(open + 1)..close]) + "\n";
    }
}
