using System.Diagnostics;
using FluentAssertions;
using QuoteExtract.Tests;

namespace QuoteExtract.Cli.Tests;

/// <summary>
/// The Dask driver (<c>tools/dask/quotex_dask.py</c>) with a scheduler and two workers on 127.0.0.1; one worker is
/// killed with SIGKILL while it runs a shard. Dask runs that shard again on the other worker: every part present,
/// every record once. Needs Debian's python3-distributed (the CI script installs it); skipped without it.
/// </summary>
[Category("Cluster")]
[NonParallelizable]
public sealed class DaskTests : TempFolderTest
{
    private const string Python = "/usr/bin/python3";
    private const int Files = 12;
    private const int DocumentsPerFile = 1500;
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    [Test]
    public void DaskDriver_OneOfTwoWorkersKilledMidShard_EveryPartPresentEveryRecordOnce()
    {
        if (!File.Exists("/usr/bin/dask-scheduler") || !File.Exists("/usr/bin/dask-worker") || !PythonHasDistributed())
        {
            Assert.Ignore("Dask is not installed (Debian: apt-get install python3-distributed; the CI script installs it)");
        }

        var manifest = ClusterCorpus.Write(Folder, Files, DocumentsPerFile);
        var parts = Path.Combine(Folder, "parts");
        var processes = new List<WatchedProcess>();
        try
        {
            int port = ClusterCorpus.FreePort();
            string address = $"tcp://127.0.0.1:{port}";
            var scheduler = Watch("scheduler", "/usr/bin/dask-scheduler", "--host", "127.0.0.1", "--port", $"{port}", "--no-dashboard");
            processes.Add(scheduler);
            scheduler.WaitFor("Scheduler at", StartLimit).Should().BeTrue($"the scheduler should start\n{scheduler.Log}");
            var workers = new List<WatchedProcess>();
            for (int i = 0; i < 2; i++)
            {
                var worker = Watch($"worker{i}", "/usr/bin/dask-worker", address, "--nthreads", "1", "--no-nanny", "--host", "127.0.0.1", "--no-dashboard", "--name", $"w{i}", "--local-directory", Path.Combine(Folder, $"w{i}"));
                processes.Add(worker);
                workers.Add(worker);
                worker.WaitFor("Registered to", StartLimit).Should().BeTrue($"worker {i} should join\n{worker.Log}");
            }

            string quotex = $"dotnet {Path.Combine(AppContext.BaseDirectory, "quotex.dll")}";
            string driver = Path.Combine(SharedData.RepositoryRoot, "tools", "dask", "quotex_dask.py");
            var run = Watch("driver", Python, driver, "--scheduler", address, "--inputs", "@" + manifest, "--output-dir", parts, "--shards", $"{Files}", "--quotex", quotex, "--", "--jobs", "1");
            processes.Add(run);

            var victim = workers[1];
            victim.WaitFor("started", RunLimit).Should().BeTrue($"the second worker should be given a shard\n{victim.Log}\n{run.Log}");
            victim.Process.Kill(); // SIGKILL, as kill -9; its quotex process dies with it (PR_SET_PDEATHSIG)
            victim.Process.WaitForExit(10_000);
            TestContext.Out.WriteLine($"killed worker's shards: {string.Join("; ", victim.Lines.Where(l => l.StartsWith("quotex-dask", StringComparison.Ordinal)))}");

            run.Process.WaitForExit(RunLimit).Should().BeTrue($"the driver should finish\n{run.Log}\n{workers[0].Log}");
            run.Process.WaitForExit();
            TestContext.Out.WriteLine(run.Lines.LastOrDefault(l => l.Contains("parts present", StringComparison.Ordinal)));
            run.Process.ExitCode.Should().Be(0, run.Log);
            run.Lines.Should().Contain($"quotex-dask: {Files} of {Files} parts present, {Files * DocumentsPerFile} records");
            ClusterCorpus.ShouldHoldEveryRecordOnce(parts, Files, Files, DocumentsPerFile);
        }
        finally
        {
            foreach (var process in Enumerable.Reverse(processes))
            {
                process.Dispose();
            }
        }
    }

    private WatchedProcess Watch(string name, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Folder,
        };
        start.Environment["PYTHONUNBUFFERED"] = "1";
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new WatchedProcess(name, Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}"));
    }

    private static bool PythonHasDistributed()
    {
        if (!File.Exists(Python))
        {
            return false;
        }

        using var check = Process.Start(new ProcessStartInfo(Python, ["-c", "import distributed"]) { RedirectStandardError = true, UseShellExecute = false })!;
        check.StandardError.ReadToEnd();
        return check.WaitForExit(60_000) && check.ExitCode == 0;
    }
}
