using FluentAssertions;
using QuoteExtract.Tests;

namespace QuoteExtract.Cli.Tests;

/// <summary>The command line of <c>quotex-cluster</c>: documented in the README's "Scale out" section, wrong use refused.</summary>
public sealed class ClusterCommandLineTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));

    [TestCase("silo")]
    [TestCase("run")]
    public void Readme_ScaleOutSection_DocumentsEveryClusterOption(string command)
    {
        var section = Readme[Readme.IndexOf("## Scale out", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var help = Quotex.RunCluster(command, "--help").Stdout;
        var options = help.Split('\n').SelectMany(l => l.Split(' ', ',', '<', ':', ')', ';', '.', '\'')).Where(w => w.StartsWith("--", StringComparison.Ordinal) && w.Length > 2 && w != "--help").Distinct().ToList();

        options.Should().Contain("--membership");
        foreach (var option in options)
        {
            section.Should().Contain($"`{option}", "the Scale out section documents {0} of quotex-cluster {1}", option, command);
        }
    }

    [Test]
    public void Run_RedisMembershipWithoutConnectionString_IsAUsageError()
    {
        var run = Quotex.RunCluster("run", "--membership", "redis", "--inputs", "@manifest.txt", "--output-dir", "parts");

        run.Exit.Should().Be(ExitCodes.Usage);
        run.Stderr.Should().Contain("--membership redis needs --connection-string");
    }

    [Test]
    public void Run_MissingManifest_IsAUsageError()
    {
        var run = Quotex.RunCluster("run", "--inputs", "@" + Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "manifest.txt"), "--output-dir", "parts");

        run.Exit.Should().Be(ExitCodes.Usage);
        run.Stderr.Should().Contain("does not exist");
    }
}
