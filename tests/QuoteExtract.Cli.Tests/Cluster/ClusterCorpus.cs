using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using FluentAssertions;

namespace QuoteExtract.Cli.Tests;

/// <summary>A corpus of JSONL files with a manifest, and the checks that every record is in the part files once.</summary>
internal static class ClusterCorpus
{
    /// <summary>Writes <paramref name="files"/> JSONL files of <paramref name="documentsPerFile"/> documents and their manifest; returns the manifest's path.</summary>
    public static string Write(string folder, int files, int documentsPerFile)
    {
        var inputs = Path.Combine(folder, "inputs");
        Directory.CreateDirectory(inputs);
        var paths = new List<string>();
        for (int f = 0; f < files; f++)
        {
            var path = Path.Combine(inputs, $"f{f}.jsonl");
            File.WriteAllLines(path, Enumerable.Range(0, documentsPerFile).Select(d => Quotex.Line($"f{f}-d{d}", $"{Quotex.Article} Item {d} of file {f}.")));
            paths.Add(path);
        }

        var manifest = Path.Combine(folder, "manifest.txt");
        File.WriteAllLines(manifest, paths);
        return manifest;
    }

    public static List<string> ExpectedIds(int files, int documentsPerFile) =>
        [.. Enumerable.Range(0, files).SelectMany(f => Enumerable.Range(0, documentsPerFile).Select(d => $"f{f}-d{d}")).Order(StringComparer.Ordinal)];

    /// <summary>Asserts that the part files of <paramref name="parts"/> hold every expected id exactly once, and prints the counts.</summary>
    public static void ShouldHoldEveryRecordOnce(string parts, int shards, int files, int documentsPerFile)
    {
        var partFiles = Directory.GetFiles(parts, "part-*.jsonl");
        var ids = partFiles
            .SelectMany(File.ReadLines)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)
            .ToList();
        int distinct = ids.Distinct(StringComparer.Ordinal).Count();
        TestContext.Out.WriteLine($"input records: {files * documentsPerFile}; output records: {ids.Count} in {partFiles.Length} part files; distinct: {distinct}; duplicates: {ids.Count - distinct}");
        partFiles.Select(Path.GetFileName).Should().BeEquivalentTo(Enumerable.Range(0, shards).Select(k => $"part-{k:D5}-of-{shards:D5}.jsonl"));
        ids.Should().HaveCount(files * documentsPerFile);
        distinct.Should().Be(ids.Count, "no record may be written twice");
        ids.Order(StringComparer.Ordinal).Should().Equal(ExpectedIds(files, documentsPerFile));
    }

    /// <summary>A loopback port free at the time of asking.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Kills a process and its children, ignoring one that has already exited.</summary>
    public static void KillTree(Process? process)
    {
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }
}
