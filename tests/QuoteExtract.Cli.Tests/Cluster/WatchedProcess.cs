using System.Collections.Concurrent;
using System.Diagnostics;

namespace QuoteExtract.Cli.Tests;

/// <summary>A started process whose standard output and error lines are collected as they come, to be waited for.</summary>
internal sealed class WatchedProcess : IDisposable
{
    private readonly ConcurrentQueue<string> lines = new();

    public WatchedProcess(string name, Process process)
    {
        Name = name;
        Process = process;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
    }

    public string Name { get; }

    public Process Process { get; }

    public IReadOnlyList<string> Lines => [.. lines];

    public string Log => string.Join('\n', lines.Select(l => $"[{Name}] {l}"));

    /// <summary>Waits until a line contains <paramref name="text"/> or the process exits or the time is up; true when the line came.</summary>
    public bool WaitFor(string text, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                return true;
            }

            if (Process.HasExited)
            {
                Thread.Sleep(200); // lets the last lines arrive
                return lines.Any(l => l.Contains(text, StringComparison.Ordinal));
            }

            Thread.Sleep(20);
        }

        return false;
    }

    public void Dispose() => ClusterCorpus.KillTree(Process);

    private void Add(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
