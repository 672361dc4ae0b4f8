using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using FluentAssertions;
using QuoteExtract.Tests;

namespace QuoteExtract.Cli.Tests;

/// <summary>
/// The packages as a user gets them: <c>dotnet pack</c> into a local feed, a tiny program built against the
/// QuoteExtract package (not the project) and run, and the quotex tool installed from the feed and run on the seed
/// article. Packs the build the tests run from (<c>--no-build</c>), under a version of its own, restores into a
/// package folder of its own, and deletes both at the end.
/// </summary>
[Category("Package")]
[NonParallelizable]
public sealed class PackageTests
{
    private static readonly string Configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private string work = null!;
    private string feed = null!;
    private string version = null!;

    [OneTimeSetUp]
    public void PackIntoALocalFeed()
    {
        work = Directory.CreateTempSubdirectory("quotex-package-").FullName;
        feed = Path.Combine(work, "feed");
        version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        foreach (var project in (string[])["src/QuoteExtract/QuoteExtract.csproj", "src/QuoteExtract.DependencyInjection/QuoteExtract.DependencyInjection.csproj", "src/QuoteExtract.Orleans/QuoteExtract.Orleans.csproj"])
        {
            Dotnet(SharedData.RepositoryRoot, "pack", Path.Combine(SharedData.RepositoryRoot, project), "-c", Configuration, "--no-build", "-o", feed, "-p:Version=" + version);
        }

        // The tool's platform package is compiled (NativeAOT) while packing, so it is built here; only this machine's
        // platform is packed, beside the top-level package that points to it. The cluster tool is portable.
        Dotnet(SharedData.RepositoryRoot, "pack", Path.Combine(SharedData.RepositoryRoot, "src/QuoteExtract.Cli/QuoteExtract.Cli.csproj"), "-c", Configuration, "-o", feed,
            "-p:Version=" + version, "-p:ToolPackageRuntimeIdentifiers=" + ToolPlatform);
        Dotnet(SharedData.RepositoryRoot, "pack", Path.Combine(SharedData.RepositoryRoot, "src/QuoteExtract.Cluster/QuoteExtract.Cluster.csproj"), "-c", Configuration, "-o", feed,
            "-p:Version=" + version);
    }

    /// <summary>
    /// This machine's platform, whose package holds the tool compiled to native code, when the NativeAOT toolchain
    /// (clang) is installed; else the portable package (failed under CI, whose script installs clang).
    /// </summary>
    private static string ToolPlatform
    {
        get
        {
            if (NativeToolchainInstalled)
            {
                return RuntimeInformation.RuntimeIdentifier;
            }

            if (Environment.GetEnvironmentVariable("CI") is not null)
            {
                Assert.Fail(NoToolchain);
            }

            return "any";
        }
    }

    private const string NoToolchain = "the NativeAOT toolchain is not installed (apt-get install clang lld zlib1g-dev; .ci/run installs it)";

    private static bool NativeToolchainInstalled =>
        !OperatingSystem.IsLinux() || (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "clang")));

    /// <summary>The tool's program in its platform package.</summary>
    private static string ToolProgram => ToolPlatform == "any" ? "tools/net10.0/any/quotex.dll" : $"tools/any/{ToolPlatform}/quotex{(OperatingSystem.IsWindows() ? ".exe" : string.Empty)}";

    [OneTimeTearDown]
    public void DeleteTheFeed()
    {
        if (work is not null && Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [TestCase("QuoteExtract", "lib/net10.0/QuoteExtract.xml")]
    [TestCase("QuoteExtract.Cli.{platform}", "{program}")]
    [TestCase("QuoteExtract.Cluster", "tools/net10.0/any/quotex-cluster.dll")]
    [TestCase("QuoteExtract.DependencyInjection", "lib/net10.0/QuoteExtract.DependencyInjection.xml")]
    [TestCase("QuoteExtract.Orleans", "lib/net10.0/QuoteExtract.Orleans.xml")]
    public void Pack_Package_HasReadmeLicenseRepositoryDocsAndSymbols(string id, string payload)
    {
        (id, payload) = (id.Replace("{platform}", ToolPlatform, StringComparison.Ordinal), payload.Replace("{program}", ToolProgram, StringComparison.Ordinal));
        var package = Path.Combine(feed, $"{id}.{version}.nupkg");
        File.Exists(Path.ChangeExtension(package, ".snupkg")).Should().BeTrue("symbols are packed beside {0}", id);
        using var zip = ZipFile.OpenRead(package);
        zip.Entries.Select(e => e.FullName).Should().Contain(["README.md", payload]);
        using var nuspec = new StreamReader(zip.GetEntry(id + ".nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        metadata.Should().Contain("<readme>README.md</readme>").And.Contain("<license type=\"expression\">MIT</license>").And.Contain("<repository type=\"git\" url=\"https://");
    }

    [Test]
    public void Pack_Tool_PointsToItsPlatformPackage_WhoseProgramIsNative()
    {
        using (var zip = ZipFile.OpenRead(Path.Combine(feed, $"QuoteExtract.Cli.{version}.nupkg")))
        {
            using var settings = new StreamReader(zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
            settings.ReadToEnd().Should().Contain($"RuntimeIdentifier=\"{ToolPlatform}\" Id=\"QuoteExtract.Cli.{ToolPlatform}\"");
        }

        if (ToolPlatform == "any")
        {
            Assert.Ignore("skipped: " + NoToolchain + "; the portable package is not native");
        }

        using var platform = ZipFile.OpenRead(Path.Combine(feed, $"QuoteExtract.Cli.{ToolPlatform}.{version}.nupkg"));
        platform.Entries.Select(e => e.Name).Should().NotContain(["quotex.dll", "QuoteExtract.dll"], "the program is compiled to native code, with no assemblies for a JIT");
        using var program = platform.GetEntry(ToolProgram)!.Open();
        var magic = new byte[4];
        program.ReadExactly(magic);
        magic.Should().Equal(OperatingSystem.IsWindows() ? [(byte)'M', (byte)'Z', magic[2], magic[3]] : OperatingSystem.IsMacOS() ? [0xCF, 0xFA, 0xED, 0xFE] : [0x7F, (byte)'E', (byte)'L', (byte)'F'], "{0} is a native executable", ToolProgram);
    }

    [Test]
    public void Sample_BuiltAgainstThePackage_ExtractsTheQuotes()
    {
        var sample = Path.Combine(work, "sample");
        Directory.CreateDirectory(sample);
        File.WriteAllText(Path.Combine(sample, "Sample.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="QuoteExtract" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(sample, "Program.cs"), """
            using QuoteExtract;

            var extractor = new QuoteExtractor();
            string[] texts = ["“We will rebuild the pier before summer,” Mayor Ilse Varga said on Monday.", "Nothing was said."];
            foreach (var result in extractor.ExtractMany(texts, degreeOfParallelism: 2))
            {
                Console.WriteLine(QuoteJson.Serialize("doc", result));
            }

            Console.WriteLine(typeof(QuoteExtractor).Assembly.Location);
            """);

        var output = Dotnet(sample, "run", "-c", "Release");

        var lines = output.Trim().Split('\n');
        lines.Should().HaveCount(3);
        lines[0].Should().Contain("\"type\":\"direct\"").And.Contain("\"text\":\"Mayor Ilse Varga\"");
        lines[1].Should().Be("""{"id":"doc","quotes":[],"entities":[]}""");
        lines[2].Should().StartWith(sample, "the sample runs the QuoteExtract.dll it restored from the package into its own output")
            .And.NotContain(Path.Combine(SharedData.RepositoryRoot, "src"));
        File.ReadAllText(Path.Combine(sample, "obj", "project.assets.json")).Should().Contain($"\"QuoteExtract/{version}\"").And.Contain("\"type\": \"package\"");
    }

    [Test]
    public void Tool_InstalledFromTheFeed_FindsTheSeedArticlesQuotes()
    {
        var seed = SharedData.RequireFile("seed/antonov-article.txt");
        var quotex = InstallTool();

        var output = Run(quotex, work, "extract", seed, "--format", "jsonl", "--quiet");

        var (_, result) = QuoteJson.Deserialize(output.Trim());
        result.Quotes.Should().HaveCount(13, "the seed article's twelve quotes and its headline");
        result.Quotes.Count(q => q.Type == QuoteType.Direct).Should().Be(5);
        result.Quotes.Should().OnlyContain(q => q.Speaker != null && q.EntityId != null);
        result.Entities.Select(e => e.Name).Should().Contain("Anatoly Antonov");
    }

    /// <summary>
    /// The installed tool (compiled to native code on this machine's platform) writes what quotex run in-process (on the
    /// JIT) writes, byte for byte: JSONL in each mode, neural mode's encoder and tagger loaded from its package, and
    /// Parquet, whose library warns about reflection.
    /// </summary>
    [TestCase("jsonl", "rules")]
    [TestCase("jsonl", "hybrid")]
    [TestCase("jsonl", "neural")]
    [TestCase("parquet", "rules")]
    public void Tool_InstalledFromTheFeed_WritesWhatTheLibraryWrites(string format, string mode)
    {
        var quotex = InstallTool();
        var article = Path.Combine(SharedData.RepositoryRoot, "samples", "articles", "harbour-strike.txt");
        var installed = Path.Combine(work, $"installed-{mode}.{format}");
        var inProcess = Path.Combine(work, $"in-process-{mode}.{format}");

        Run(quotex, work, "extract", article, "--format", format, "--mode", mode, "--quiet", "-o", installed);
        Quotex.Run("extract", article, "--format", format, "--mode", mode, "--quiet", "-o", inProcess).Exit.Should().Be(0);

        File.ReadAllBytes(installed).Should().Equal(File.ReadAllBytes(inProcess));
    }

    private string InstallTool()
    {
        var tools = Path.Combine(work, "tools");
        if (!Directory.Exists(tools))
        {
            Dotnet(work, "tool", "install", "QuoteExtract.Cli", "--tool-path", tools, "--version", version, "--configfile", Path.Combine(work, "nuget.config"));
        }

        return Path.Combine(tools, "quotex");
    }

    private string Dotnet(string directory, params string[] args) => Run("dotnet", directory, args);

    private string Run(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Restores go to a package folder of this test's, so the user's cache never holds a test version.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(work, "packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish within ten minutes");
        }

        process.ExitCode.Should().Be(0, "{0} {1} failed:\n{2}\n{3}", program, string.Join(' ', args), stdout.Result, stderr.Result);
        return stdout.Result;
    }
}
