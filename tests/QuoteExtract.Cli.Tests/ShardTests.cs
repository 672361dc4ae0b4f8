using System.Text.Json;
using FluentAssertions;

namespace QuoteExtract.Cli.Tests;

/// <summary>Shard mode (the array-job contract): a shard killed with SIGKILL and run again gives every record once.</summary>
public sealed class ShardTests : TempFolderTest
{
    private const int Files = 8;
    private const int DocumentsPerFile = 2500;
    private const int Shards = 4;

    [Test]
    public void Extract_ShardKilledMidwayAndRerun_EveryRecordExactlyOnceAcrossParts()
    {
        var manifest = Corpus();
        var parts = Path.Combine(Folder, "parts");
        string[] Args(int shard) => ["extract", "--inputs", "@" + manifest, "--shard", $"{shard}/{Shards}", "--output-dir", parts, "--jobs", "1"];

        Quotex.Execute(Folder, [], Args(0)).Exit.Should().Be(0);
        var partZero = Path.Combine(parts, "part-00000-of-00004.jsonl");
        var firstPartZero = File.ReadAllBytes(partZero);

        using (var victim = Quotex.Start(Folder, Args(1)))
        {
            victim.StandardInput.Close();
            string? temporary = null;
            for (int i = 0; i < 6000 && temporary is null && !victim.HasExited; i++)
            {
                temporary = Directory.GetFiles(parts, ".part-00001-of-00004.jsonl.*.tmp").FirstOrDefault(f => new FileInfo(f).Length > 0);
                Thread.Sleep(5);
            }

            temporary.Should().NotBeNull("the shard should have written part of its records before it is killed");
            victim.Kill(); // SIGKILL: no handler runs, as with kill -9
            victim.WaitForExit();
        }

        File.Exists(Path.Combine(parts, "part-00001-of-00004.jsonl")).Should().BeFalse("a killed shard commits no part");
        Directory.GetFiles(parts, ".part-00001-*.tmp").Should().ContainSingle("the killed run leaves its hidden temporary file");

        for (int shard = 0; shard < Shards; shard++)
        {
            var run = Quotex.Execute(Folder, [], Args(shard));
            run.Exit.Should().Be(0);
            if (shard == 0)
            {
                run.Stderr.Should().Contain("skipped");
            }
        }

        File.ReadAllBytes(partZero).Should().Equal(firstPartZero, "a finished part is never rewritten");
        var ids = Directory.GetFiles(parts, "part-*.jsonl")
            .SelectMany(File.ReadLines)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString())
            .ToList();
        ids.Should().HaveCount(Files * DocumentsPerFile);
        ids.Distinct().Count().Should().Be(ids.Count, "no record may be written twice");
        ids.Order(StringComparer.Ordinal).Should().Equal(
            Enumerable.Range(0, Files).SelectMany(f => Enumerable.Range(0, DocumentsPerFile).Select(d => $"f{f}-d{d}")).Order(StringComparer.Ordinal));
    }

    [Test]
    public void Extract_Shards_SplitTheManifestByPositionDeterministically()
    {
        var manifest = Corpus();
        var parts = Path.Combine(Folder, "parts");

        var run = Quotex.Run("extract", "--inputs", "@" + manifest, "--shard", "3/4", "--output-dir", parts);

        run.Exit.Should().Be(0);
        var ids = File.ReadLines(Path.Combine(parts, "part-00003-of-00004.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        ids.Should().HaveCount(2 * DocumentsPerFile);
        ids.Select(id => id![..id!.IndexOf('-', StringComparison.Ordinal)]).Distinct().Should().Equal("f3", "f7");
    }

    [Test]
    public void Extract_ResumeOnPlainOutput_SkipsIdsAlreadyWritten()
    {
        var first = Write("first.jsonl", Quotex.Line("a", Quotex.Article), Quotex.Line("b", "No quote."));
        var both = Write("both.jsonl", Quotex.Line("a", Quotex.Article), Quotex.Line("b", "No quote."), Quotex.Line("c", Quotex.Article));
        var output = Path.Combine(Folder, "out.jsonl");
        Quotex.Run("extract", first, "--format", "jsonl", "-o", output).Exit.Should().Be(0);
        File.AppendAllText(output, "{\"id\":\"cut-short"); // the last line of a run that died while writing

        var run = Quotex.Run("extract", both, "--format", "jsonl", "-o", output, "--resume");

        run.Exit.Should().Be(0);
        run.Stderr.Should().Contain("1 document,");
        File.ReadLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Should().Equal("a", "b", "c");
    }

    private string Corpus()
    {
        var names = new List<string>();
        for (int f = 0; f < Files; f++)
        {
            var name = $"input-{f}.jsonl";
            Write(name, [.. Enumerable.Range(0, DocumentsPerFile).Select(d => Quotex.Line($"f{f}-d{d}", d % 2 == 0 ? Quotex.Article : "The council met on Monday."))]);
            names.Add(name);
        }

        return Write("manifest.txt", [.. names.Select(n => Path.Combine(Folder, n))]);
    }
}
