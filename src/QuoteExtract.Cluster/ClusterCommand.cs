using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using QuoteExtract.Cli;
using QuoteExtract.Orleans;

namespace QuoteExtract.Cluster;

/// <summary>
/// <c>quotex-cluster silo</c> hosts a silo whose shard grains run shard mode in-process; <c>quotex-cluster run</c>
/// submits a job to the cluster through a <see cref="ShardCoordinator"/> and shows each shard as it finishes.
/// </summary>
internal static class ClusterCommand
{
    public static async Task<int> RunSiloAsync(SiloSettings settings, TextWriter stderr, CancellationToken cancellation)
    {
        settings.Membership.Validate();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        // The silo's notes on garbage-collector settings are advice for servers, not warnings about this run.
        builder.Logging.AddFilter("Orleans.Runtime.Silo", LogLevel.Error);
        builder.UseOrleans(silo =>
        {
            settings.Membership.ConfigureSilo(silo, settings.SiloPort, settings.GatewayPort, settings.PrimaryPort, settings.Advertise);
            silo.Services.AddSingleton<IShardProcessor>(new ShardModeProcessor(settings.Jobs, TextWriter.Synchronized(stderr)));
        });
        using var host = builder.Build();
        await host.StartAsync(cancellation).ConfigureAwait(false);
        stderr.WriteLine($"quotex: silo ready on {settings.Advertise}:{settings.SiloPort}, gateway port {settings.GatewayPort} ({settings.Membership.Kind.ToString().ToLowerInvariant()} membership); Ctrl-C stops it");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C or SIGTERM: leave the cluster cleanly.
        }

        await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        stderr.WriteLine("quotex: silo stopped");
        return ExitCodes.Success;
    }

    /// <summary>Waits until the cluster has <paramref name="count"/> active silos, or <paramref name="limit"/> has passed.</summary>
    private static async Task WaitForSilosAsync(IClusterClient client, int count, TimeSpan limit, TextWriter stderr, CancellationToken cancellation)
    {
        var management = client.GetGrain<IManagementGrain>(0);
        var clock = Stopwatch.StartNew();
        int active = 0;
        while (clock.Elapsed < limit)
        {
            active = (await management.GetHosts(true, cancellation).ConfigureAwait(false)).Count;
            if (active >= count)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellation).ConfigureAwait(false);
        }

        stderr.WriteLine($"quotex: warning: {active} of {count} silos active after {limit.TotalSeconds:F0} s; the job runs on those");
    }

    public static async Task<int> RunJobAsync(RunSettings settings, TextWriter stderr, CancellationToken cancellation)
    {
        settings.Membership.Validate();
        string manifest = Path.GetFullPath(settings.Manifest);
        string output = Path.GetFullPath(settings.OutputDirectory);
        if (!File.Exists(manifest))
        {
            throw new UsageException($"the manifest {settings.Manifest} does not exist");
        }

        int shards = settings.Shards ?? Math.Max(1, InputExpander.Expand(["@" + manifest], _ => { }).Count);
        Directory.CreateDirectory(output);

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            settings.Membership.ConfigureClient(client, [.. settings.GatewayPorts]);
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = settings.ShardTimeout);
        });
        using var host = builder.Build();
        await host.StartAsync(cancellation).ConfigureAwait(false);
        var client = host.Services.GetRequiredService<IClusterClient>();
        if (settings.MinSilos > 1)
        {
            await WaitForSilosAsync(client, settings.MinSilos, settings.ShardTimeout, stderr, cancellation).ConfigureAwait(false);
        }

        var job = new ShardJob(manifest, output, 0, shards, settings.Mode, settings.IncludeIndirect);
        var coordinator = new ShardCoordinator(client) { Concurrency = settings.Concurrency };
        stderr.WriteLine($"quotex: job {settings.JobId}: {shards} shards of {manifest} to {output}");
        var clock = Stopwatch.StartNew();
        int done = 0;
        var progress = new SynchronousProgress(outcome =>
        {
            if (outcome.Succeeded)
            {
                int count = Interlocked.Increment(ref done);
                string what = outcome.Skipped ? "existed, skipped" : Records(outcome.Records);
                stderr.WriteLine($"quotex: shard {outcome.Index}/{shards} done on {outcome.Silo}: {what} ({count}/{shards} done)");
            }
            else
            {
                stderr.WriteLine($"quotex: shard {outcome.Index}/{shards} not done: {Shorten(outcome.Message)}");
            }
        });
        var outcomes = await coordinator.RunAsync(settings.JobId, job, progress, cancellation).ConfigureAwait(false);
        await host.StopAsync(CancellationToken.None).ConfigureAwait(false);

        long records = outcomes.Sum(o => o.Records);
        int failed = outcomes.Count(o => !o.Succeeded);
        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        stderr.WriteLine($"quotex: {outcomes.Count - failed} of {shards} shards done ({outcomes.Count(o => o.Skipped)} existed), {records} records written in {seconds:F1} s ({records / seconds:F0} records/s)");
        return failed == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private static string Records(long count) => count == 1 ? "1 record" : $"{count} records";

    /// <summary>The first line of a failure, without a stack trace: what happened, not where in Orleans.</summary>
    private static string Shorten(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        int stack = line.IndexOf("   at ", StringComparison.Ordinal);
        line = stack > 0 ? line[..stack] : line;
        return line.Length > 240 ? line[..240] + "…" : line;
    }

    /// <summary>Reports on the calling thread (<see cref="Progress{T}"/> would post to a synchronization context).</summary>
    private sealed class SynchronousProgress(Action<ShardOutcome> report) : IProgress<ShardOutcome>
    {
        private readonly Lock gate = new();

        public void Report(ShardOutcome value)
        {
            lock (gate)
            {
                report(value);
            }
        }
    }
}

/// <summary>The parsed command line of <c>quotex-cluster silo</c>.</summary>
internal sealed record SiloSettings(ClusterMembership Membership, int SiloPort, int GatewayPort, int PrimaryPort, IPAddress Advertise, int Jobs);

/// <summary>The parsed command line of <c>quotex-cluster run</c>.</summary>
internal sealed record RunSettings(
    ClusterMembership Membership, string Manifest, string OutputDirectory, int? Shards, IReadOnlyList<int> GatewayPorts,
    string JobId, int Concurrency, TimeSpan ShardTimeout, string Mode, bool IncludeIndirect, int MinSilos = 1);
