using System.Text.RegularExpressions;
using FluentAssertions;

namespace QuoteExtract.Cli.Tests;

/// <summary>
/// Three <c>quotex-cluster silo</c> processes on 127.0.0.1 and a <c>quotex-cluster run</c>; one silo is killed with
/// SIGKILL while it processes a shard. Its shards are done again by the others: every record exactly once across
/// the parts. Every wait is bounded; every process is killed at the end whatever happens.
/// </summary>
[Category("Cluster")]
[NonParallelizable]
public sealed partial class SiloProcessTests : TempFolderTest
{
    private const int Files = 24;
    private const int DocumentsPerFile = 1000;
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    [Test]
    public void ClusterRun_OneOfThreeSilosKilledMidShard_EveryRecordExactlyOnceAcrossParts()
    {
        var manifest = ClusterCorpus.Write(Folder, Files, DocumentsPerFile);
        var parts = Path.Combine(Folder, "parts");
        var silos = new List<WatchedProcess>();
        WatchedProcess? run = null;
        try
        {
            int primaryPort = ClusterCorpus.FreePort();
            var gatewayPorts = new List<int>();
            for (int i = 0; i < 3; i++)
            {
                int siloPort = i == 0 ? primaryPort : ClusterCorpus.FreePort();
                int gatewayPort = ClusterCorpus.FreePort();
                gatewayPorts.Add(gatewayPort);
                var silo = new WatchedProcess($"silo{i}", Quotex.StartCluster(Folder, "silo", "--silo-port", $"{siloPort}", "--gateway-port", $"{gatewayPort}", "--primary-port", $"{primaryPort}", "--jobs", "1"));
                silos.Add(silo);
                // The primary holds the membership: the others join once it is up.
                silo.WaitFor("silo ready", StartLimit).Should().BeTrue($"silo {i} should start\n{silo.Log}");
            }

            run = new WatchedProcess("run", Quotex.StartCluster(Folder, "run", "--inputs", "@" + manifest, "--output-dir", parts, "--gateway-port", $"{gatewayPorts[0]}", "--concurrency", "6", "--shard-timeout", "20", "--min-silos", "3"));
            var victim = silos[2];
            victim.WaitFor("started", RunLimit).Should().BeTrue($"the third silo should be given a shard\n{victim.Log}\n{run.Log}");
            victim.Process.Kill(); // SIGKILL, as kill -9: no handler runs, the silo leaves nothing behind but its temporary file
            victim.Process.WaitForExit(10_000);
            var started = Shards(victim.Lines, "started");
            var finished = Shards(victim.Lines, "written").Concat(Shards(victim.Lines, "existed")).ToHashSet();
            TestContext.Out.WriteLine($"killed silo had started shards [{string.Join(", ", started)}], finished [{string.Join(", ", finished)}]");

            bool exited = run.Process.WaitForExit(RunLimit);
            exited.Should().BeTrue($"the job should finish\n{run.Log}");
            run.Process.WaitForExit();
            TestContext.Out.WriteLine(string.Join('\n', run.Lines.Where(l => l.Contains("not done", StringComparison.Ordinal) || l.Contains("records written", StringComparison.Ordinal))));
            run.Process.ExitCode.Should().Be(0, run.Log);
            run.Lines.Should().Contain(l => l.Contains($"{Files} of {Files} shards done", StringComparison.Ordinal) && l.Contains($" {Files * DocumentsPerFile} records written", StringComparison.Ordinal));
            ClusterCorpus.ShouldHoldEveryRecordOnce(parts, Files, Files, DocumentsPerFile);
            foreach (var shard in started.Except(finished))
            {
                var part = Path.Combine(parts, $"part-{shard:D5}-of-{Files:D5}.jsonl");
                File.Exists(part).Should().BeTrue($"the shard {shard} the killed silo was processing is done by another silo");
            }
        }
        finally
        {
            ClusterCorpus.KillTree(run?.Process);
            foreach (var silo in silos)
            {
                silo.Dispose();
            }
        }
    }

    private static List<int> Shards(IEnumerable<string> lines, string what) =>
        [.. lines.Select(l => ShardLine().Match(l)).Where(m => m.Success && m.Groups[2].Value.StartsWith(what, StringComparison.Ordinal)).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"^quotex: shard (\d+)/\d+ (\w+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShardLine();
}
