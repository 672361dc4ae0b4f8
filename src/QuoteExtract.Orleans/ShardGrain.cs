using Microsoft.Extensions.Logging;
using Orleans.Placement;

namespace QuoteExtract.Orleans;

/// <summary>
/// Runs the silo's <see cref="IShardProcessor"/> off the grain's scheduler: extraction is CPU work that blocks. Placed on
/// a silo picked at random, so the shards of a job spread over the cluster from the first one. (Placement by activation
/// count reads load figures that silos publish only every few seconds: a short job started with its cluster went
/// whole to the first silo.)
/// </summary>
[RandomPlacement]
internal sealed partial class ShardGrain(IShardProcessor processor, ILocalSiloDetails silo, ILogger<ShardGrain> logger) : Grain, IShardGrain
{
    public async Task<ShardOutcome> Process(ShardJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        string name = silo.SiloAddress.ToString();
        LogStarted(logger, job.Index, job.Count, name);
        var outcome = await Task.Run(() => processor.Process(job)).ConfigureAwait(true);
        LogFinished(logger, job.Index, job.Count, name, outcome.Records, outcome.Skipped);
        return outcome with { Silo = name };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "shard {Index}/{Count} started on {Silo}")]
    private static partial void LogStarted(ILogger logger, int index, int count, string silo);

    [LoggerMessage(Level = LogLevel.Information, Message = "shard {Index}/{Count} finished on {Silo}: {Records} records, skipped {Skipped}")]
    private static partial void LogFinished(ILogger logger, int index, int count, string silo, long records, bool skipped);
}
