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
    public void Readme_RecipesAreMarkedNotRunInCi()
    {
        Readme.Should().Contain("Recipe: Spark `RDD.pipe` (not run in CI)").And.Contain("Recipe: Kubernetes Indexed Job (not run in CI)");
    }
}
