namespace QuoteExtract.Orleans;

/// <summary>
/// A grain for one shard of one job, keyed by <c>JOB/K</c>. Calls are not interleaved, so a second call for the same
/// shard (a retry) waits for the first and then finds its part file written.
/// </summary>
public interface IShardGrain : IGrainWithStringKey
{
    /// <summary>Processes the shard with the silo's <see cref="IShardProcessor"/>.</summary>
    /// <param name="job">The shard.</param>
    /// <returns>What processing came to.</returns>
    Task<ShardOutcome> Process(ShardJob job);
}
