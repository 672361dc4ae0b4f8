namespace QuoteExtract.Orleans;

/// <summary>
/// Processes one shard in the silo's process. The <c>quotex</c> tool registers shard mode itself
/// (<c>quotex extract --shard K/N --output-dir DIR</c>), so a part file made by a silo is the part file a shard-mode
/// task makes; a host of its own registers an implementation with the same contract: the part file appears by an
/// atomic rename, and a part file that exists is left alone.
/// </summary>
public interface IShardProcessor
{
    /// <summary>Processes <paramref name="job"/>; runs on a thread-pool thread, never on the grain's scheduler.</summary>
    /// <param name="job">The shard.</param>
    /// <returns>The outcome; <see cref="ShardOutcome.Silo"/> is filled in by the grain.</returns>
    ShardOutcome Process(ShardJob job);
}
