using System.Text;
using System.Text.Json;
using FluentAssertions;

namespace QuoteExtract.Cli.Tests;

/// <summary>One test per bad input of issue 14: none gives a stack trace, loses a record or destroys a file.</summary>
public sealed class BadInputTests : TempFolderTest
{
    [Test]
    public void Extract_OutputIsAnInput_RefusesAndLeavesTheInputIntact()
    {
        var input = Write("a.txt", Quotex.Article);
        var before = File.ReadAllBytes(input);

        var run = Quotex.Run("extract", input, "--output", input);

        run.Exit.Should().Be(3);
        run.Stderr.Should().Contain("refusing").And.Contain("a.txt").And.NotContain("   at ");
        File.ReadAllBytes(input).Should().Equal(before);
    }

    [Test]
    public void Extract_OutputIsAnInputThroughARelativePath_IsRefused()
    {
        var input = Write("docs.jsonl", Quotex.Line("a", Quotex.Article));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, input);
        var before = File.ReadAllBytes(input);

        var run = Quotex.Run("extract", relative, "--format", "jsonl", "-o", input);

        run.Exit.Should().Be(3);
        File.ReadAllBytes(input).Should().Equal(before);
    }

    [Test]
    public void Extract_LoneSurrogateInJsonl_GivesAWarningRecordAndKeepsTheRecordsAfterIt()
    {
        var lines = string.Join('\n', Quotex.Line("a", Quotex.Article), "{\"id\":\"s\",\"text\":\"broken \\ud800 text " + Quotex.Article[1..].Replace("\"", "\\\"", StringComparison.Ordinal) + "\"}", Quotex.Line("c", Quotex.Article)) + "\n";

        var run = Quotex.RunWithInput(lines, "extract", "--format", "jsonl");

        run.Exit.Should().Be(0, "a repaired lone surrogate is a warning, not an error");
        run.Stderr.Should().NotContain("   at ");
        var records = run.Records;
        records.Select(r => r.GetProperty("id").GetString()).Should().Equal("a", "s", "c");
        records[1].GetProperty("warnings")[0].GetString().Should().Contain("lone surrogate");
        records[0].TryGetProperty("warnings", out _).Should().BeFalse();
        records[2].GetProperty("quotes").GetArrayLength().Should().Be(1);
    }

    [Test]
    public void Extract_LoneSurrogateWithJsonFormat_WritesValidJson()
    {
        var lines = "{\"id\":\"s\",\"text\":\"\\udc00\\ud800 x\"}\n" + Quotex.Line("b", Quotex.Article) + "\n";

        var run = Quotex.RunWithInput(lines, "extract", "--format", "json");

        using var document = JsonDocument.Parse(run.Stdout);
        document.RootElement.GetArrayLength().Should().Be(2);
    }

    [Test]
    public void Extract_OutputDash_IsStandardOutput()
    {
        var input = Write("a.txt", Quotex.Article);

        var run = Quotex.Run("extract", input, "--format", "jsonl", "-o", "-");

        run.Exit.Should().Be(0);
        run.Records.Single().GetProperty("id").GetString().Should().Be("a.txt");
        File.Exists(Path.Combine(Environment.CurrentDirectory, "-")).Should().BeFalse();
    }

    [Test]
    public void Extract_OutputInMissingFolder_ExitsThreeWithAMessage()
    {
        var input = Write("a.txt", Quotex.Article);

        var run = Quotex.Run("extract", input, "-o", Path.Combine(Folder, "missing", "out.jsonl"));

        run.Exit.Should().Be(3);
        run.Stderr.Should().Contain("does not exist").And.NotContain("   at ");
    }

    [Test]
    public void Extract_OutputIsADirectory_ExitsThreeWithAMessage()
    {
        var input = Write("a.txt", Quotex.Article);

        var run = Quotex.Run("extract", input, "-o", Folder);

        run.Exit.Should().Be(3);
        run.Stderr.Should().Contain("is a directory");
    }

    [Test]
    public void Extract_FullDisk_ExitsThreeWithAMessage()
    {
        if (!File.Exists("/dev/full"))
        {
            Assert.Ignore("skipped: /dev/full (a device that is always full) is not on this system");
        }

        var input = Write("docs.jsonl", [.. Enumerable.Range(0, 2000).Select(i => Quotex.Line($"d{i}", Quotex.Article))]);

        var run = Quotex.Run("extract", input, "--format", "jsonl", "-o", "/dev/full");

        run.Exit.Should().Be(3);
        run.Stderr.Should().Contain("No space left").And.NotContain("   at ");
    }

    [TestCase("-INT")]
    [TestCase("-TERM")]
    public void Extract_InterruptedBeforeTheEnd_LeavesNoFileUnderTheOutputName(string signal)
    {
        var output = Path.Combine(Folder, "out.jsonl");
        using var process = Quotex.Start(Folder, "extract", "--format", "jsonl", "-o", output, "--quiet");
        process.StandardInput.WriteLine(Quotex.Line("a", Quotex.Article));
        process.StandardInput.Flush();
        WaitFor(() => Directory.GetFiles(Folder, ".out.jsonl.*.tmp").Length > 0);

        using (var kill = System.Diagnostics.Process.Start("kill", [signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        process.WaitForExit(30_000).Should().BeTrue();
        process.ExitCode.Should().Be(130);
        File.Exists(output).Should().BeFalse();
        Directory.GetFiles(Folder).Should().BeEmpty("the temporary file is deleted too");
    }

    [Test]
    public void Extract_StandardInputLineThatIsNotJson_IsOneTextAndDoesNotSwallowTheStream()
    {
        var stdin = Quotex.Line("a", Quotex.Article) + "\n" + Quotex.Article + "\n" + Quotex.Line("c", "Nothing here.") + "\n";

        var run = Quotex.RunWithInput(stdin, "extract", "--format", "jsonl");

        run.Exit.Should().Be(0);
        run.Records.Select(r => r.GetProperty("id").GetString()).Should().Equal("a", "stdin:2", "c");
        run.Records[1].GetProperty("quotes").GetArrayLength().Should().Be(1);
    }

    [Test]
    public void Extract_StandardInputJsonlFormatWithATextLine_GivesAnErrorRecordForIt()
    {
        var stdin = Quotex.Line("a", Quotex.Article) + "\nplain text\n";

        var run = Quotex.RunWithInput(stdin, "extract", "--format", "jsonl", "--input-format", "jsonl");

        run.Exit.Should().Be(1);
        run.Records.Should().HaveCount(2);
        run.Records[1].GetProperty("error").GetString().Should().StartWith("invalid JSON");
        run.Records[1].GetProperty("line").GetInt32().Should().Be(2);
    }

    [Test]
    public void Extract_EmptyLines_GiveErrorRecordsSoLinesPairUp()
    {
        var stdin = Quotex.Line("a", Quotex.Article) + "\n\n   \n" + Quotex.Line("d", Quotex.Article) + "\n";

        var run = Quotex.RunWithInput(stdin, "extract", "--format", "jsonl");

        run.Exit.Should().Be(1);
        var records = run.Records;
        records.Should().HaveCount(4);
        records[1].GetProperty("error").GetString().Should().Be("empty line");
        records[1].GetProperty("line").GetInt32().Should().Be(2);
        records[2].GetProperty("line").GetInt32().Should().Be(3);
        records[3].GetProperty("id").GetString().Should().Be("d");
    }

    [Test]
    public void Extract_BadLineWithKeepGoing_ExitsZeroAndCountsTheError()
    {
        var stdin = Quotex.Line("a", Quotex.Article) + "\n{\"id\":\"b\",\"text\":7}\n";

        var strict = Quotex.RunWithInput(stdin, "extract", "--format", "jsonl");
        var tolerant = Quotex.RunWithInput(stdin, "extract", "--format", "jsonl", "--keep-going");

        strict.Exit.Should().Be(1);
        tolerant.Exit.Should().Be(0);
        tolerant.Stdout.Should().Be(strict.Stdout);
        tolerant.Stderr.Should().Contain("2 documents, 1 quote, 1 error (tolerated");
    }

    [TestCase("extract", "--help")]
    [TestCase("extract", "-h")]
    [TestCase("eval", "--help")]
    [TestCase("--help")]
    public void Run_Help_PrintsUsageAndExitsZero(params string[] args)
    {
        var run = Quotex.Run(args);

        run.Exit.Should().Be(0);
        run.Stdout.Should().Contain("Usage:").And.Contain("Exit codes");
    }

    [Test]
    public void Extract_HelpNamesEveryOption()
    {
        var run = Quotex.Run("extract", "--help");

        run.Stdout.Should().Contain("--format").And.Contain("--input-format").And.Contain("--keep-going").And.Contain("--shard")
            .And.Contain("--output-dir").And.Contain("--jobs").And.Contain("--quiet").And.Contain("--mode").And.Contain("--resume");
    }

    [Test]
    public void Run_Version_PrintsTheVersion()
    {
        var run = Quotex.Run("--version");

        run.Exit.Should().Be(0);
        run.Stdout.Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [TestCase("extract", "--jobs", "0")]
    [TestCase("extract", "--jobs", "many")]
    [TestCase("extract", "--jobs", "100000")]
    [TestCase("extract", "--shard", "3/3", "--output-dir", "x")]
    [TestCase("extract", "--shard", "a/b", "--output-dir", "x")]
    [TestCase("extract", "--max-document-bytes", "-5")]
    [TestCase("extract", "--input-format", "xml")]
    [TestCase("extract", "--mode", "Rules")]
    [TestCase("extract", "--language", "german")]
    [TestCase("extract", "x.txt", "--shard", "0/2")]
    [TestCase("extract", "--format", "parquet")]
    [TestCase("extract", "--resume")]
    [TestCase("extract", "-x")]
    [TestCase("eval")]
    [TestCase("eval", "--gold", "g.jsonl", "--errors", "-1")]
    [TestCase("eval", "--gold", "g.jsonl", "--gold-type", "quoted")]
    [TestCase("eval", "--gold", "absent.jsonl")]
    [TestCase("extract", "--inputs", "@absent-manifest.txt")]
    public void Run_BadCommandLine_ExitsTwoWithAMessageAndNoStackTrace(params string[] args)
    {
        var run = Quotex.Run(args);

        run.Exit.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("quotex: ").And.Contain("--help").And.NotContain("   at ");
    }

    [Test]
    public void Extract_Directory_IsReadNotReportedAsMissing()
    {
        Write("corpus/a/x.txt", Quotex.Article);
        Write("corpus/b/x.txt", Quotex.Article);
        Write("corpus/b/notes.md", "ignored");

        var run = Quotex.Run("extract", Path.Combine(Folder, "corpus"), "--format", "jsonl");

        run.Exit.Should().Be(0);
        run.Stderr.Should().NotContain("not found").And.NotContain("duplicate");
        run.Records.Select(r => r.GetProperty("id").GetString()).Should().Equal("a/x.txt", "b/x.txt");
    }

    [Test]
    public void Extract_Glob_MatchesFilesWithIdsRelativeToItsFixedPart()
    {
        Write("corpus/a/x.txt", Quotex.Article);
        Write("corpus/b/y.txt", Quotex.Article);
        Write("corpus/b/z.jsonl", Quotex.Line("z1", Quotex.Article));

        var run = Quotex.Run("extract", Path.Combine(Folder, "corpus") + "/**/*.txt", "--format", "jsonl");

        run.Exit.Should().Be(0);
        run.Records.Select(r => r.GetProperty("id").GetString()).Should().Equal("a/x.txt", "b/y.txt");
    }

    [Test]
    public void Extract_SameFileNameTwice_WarnsOfADuplicateId()
    {
        var first = Write("a/x.txt", Quotex.Article);
        var second = Write("b/x.txt", Quotex.Article);

        var run = Quotex.Run("extract", first, second, "--format", "jsonl");

        run.Exit.Should().Be(0);
        run.Records.Should().HaveCount(2);
        run.Stderr.Should().Contain("duplicate id x.txt");
    }

    [Test]
    public void Extract_InvalidUtf8_IsReportedWithAWarningOnTheRecord()
    {
        var path = Path.Combine(Folder, "bad.txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("Before "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" " + Quotex.Article)]);

        var run = Quotex.Run("extract", path, "--format", "jsonl");

        run.Exit.Should().Be(0);
        run.Records.Single().GetProperty("warnings")[0].GetString().Should().Be("invalid UTF-8 replaced by U+FFFD");
        run.Records.Single().GetProperty("quotes").GetArrayLength().Should().Be(1);
        run.Stderr.Should().Contain("invalid UTF-8");
    }

    [Test]
    public void Extract_InvalidUtf8OnAStandardInputLine_FlagsThatLineOnly()
    {
        byte[] stdin = [.. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"x "), 0xFF, .. Encoding.UTF8.GetBytes("\"}\n" + Quotex.Line("b", "fine") + "\n")];

        var run = Quotex.RunWithBytes(stdin, "extract", "--format", "jsonl");

        run.Records.Should().HaveCount(2);
        run.Records[0].GetProperty("warnings")[0].GetString().Should().Contain("UTF-8");
        run.Records[1].TryGetProperty("warnings", out _).Should().BeFalse();
    }

    [Test]
    public void Extract_DocumentOverTheSizeLimit_GetsAnErrorRecord()
    {
        var big = Write("big.txt", new string('x', 5000));
        var small = Write("small.txt", Quotex.Article);
        var stdin = Quotex.Line("long", new string('y', 5000)) + "\n" + Quotex.Line("short", "ok") + "\n";

        var files = Quotex.Run("extract", big, small, "--format", "jsonl", "--max-document-bytes", "1K");
        var lines = Quotex.RunWithInput(stdin, "extract", "--format", "jsonl", "--max-document-bytes", "1K");

        files.Exit.Should().Be(1);
        files.Records[0].GetProperty("error").GetString().Should().Contain("larger than the limit of 1024 bytes");
        files.Records[1].GetProperty("quotes").GetArrayLength().Should().Be(1);
        lines.Records.Select(r => r.TryGetProperty("error", out _)).Should().Equal(true, false);
        lines.Records[0].GetProperty("line").GetInt32().Should().Be(1);
    }

    private static void WaitFor(Func<bool> condition)
    {
        for (int i = 0; i < 600 && !condition(); i++)
        {
            Thread.Sleep(50);
        }

        condition().Should().BeTrue("the condition should hold within 30 s");
    }
}
