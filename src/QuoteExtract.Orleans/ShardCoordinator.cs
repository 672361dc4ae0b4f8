using System.Collections.Concurrent;
using System.Globalization;

namespace QuoteExtract.Orleans;

/// <summary>
/// Hands out the shards of a job to the cluster, at most <see cref="Concurrency"/> at a time, and tracks which are
/// done. A call that fails (its silo died, the call timed out) is made again after a pause: the grain is activated on
/// a live silo and the shard is done there; a part file already committed is found and not written again. Runs in the
/// client that submits the job, so no silo holds the only record of what is done.
/// </summary>
/// <param name="grains">The cluster client's grain factory.</param>
public sealed class ShardCoordinator(IGrainFactory grains)
{
    /// <summary>Shards processed at the same time across the cluster; default 8.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Calls made for one shard before the job gives up on it; default 30.</summary>
    public int MaxAttempts { get; init; } = 30;

    /// <summary>The pause before the first retry of a shard, doubled for each later one up to 8 seconds; default 1 second.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Processes every shard of <paramref name="job"/> (its <see cref="ShardJob.Index"/> is ignored).</summary>
    /// <param name="jobId">Names the job's grains: the same id and shard reach the same grain.</param>
    /// <param name="job">The job: manifest, output folder, shard count and options.</param>
    /// <param name="progress">Told of each shard's outcome and of each failed call (an outcome that did not succeed, with its message).</param>
    /// <param name="cancellation">Stops handing out shards.</param>
    /// <returns>The outcome of each shard, by index.</returns>
    public async Task<IReadOnlyList<ShardOutcome>> RunAsync(string jobId, ShardJob job, IProgress<ShardOutcome>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentOutOfRangeException.ThrowIfLessThan(job.Count, 1);
        var outcomes = new ConcurrentDictionary<int, ShardOutcome>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, job.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Concurrency), CancellationToken = cancellation },
            async (index, token) => outcomes[index] = await ProcessAsync(jobId, job with { Index = index }, progress, token).ConfigureAwait(false)).ConfigureAwait(false);
        return [.. outcomes.OrderBy(o => o.Key).Select(o => o.Value)];
    }

    private async Task<ShardOutcome> ProcessAsync(string jobId, ShardJob shard, IProgress<ShardOutcome>? progress, CancellationToken cancellation)
    {
        var grain = grains.GetGrain<IShardGrain>(string.Create(CultureInfo.InvariantCulture, $"{jobId}/{shard.Index}"));
        var delay = RetryDelay;
        for (int attempt = 1; ; attempt++)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                var outcome = await grain.Process(shard).WaitAsync(cancellation).ConfigureAwait(false);
                progress?.Report(outcome);
                return outcome;
            }
#pragma warning disable CA1031 // Any failure of a call (a dead silo, a timeout, a lost connection) is retried.
            catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
#pragma warning restore CA1031
            {
                var failed = new ShardOutcome(shard.Index, false, 0, false, string.Empty, $"attempt {attempt}: {e.GetType().Name}: {e.Message}");
                progress?.Report(failed);
                if (attempt >= MaxAttempts)
                {
                    return failed;
                }
            }

            await Task.Delay(delay, cancellation).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(8).Ticks));
        }
    }
}
