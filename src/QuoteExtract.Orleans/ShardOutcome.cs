namespace QuoteExtract.Orleans;

/// <summary>What processing one shard came to.</summary>
/// <param name="Index">The shard, from 0.</param>
/// <param name="Succeeded">The part file exists: written now, or found already written.</param>
/// <param name="Records">The records in the part file (0 when it was found already written).</param>
/// <param name="Skipped">The part file existed, so nothing was done again.</param>
/// <param name="Silo">The silo that processed the shard.</param>
/// <param name="Message">What went wrong when it did not succeed; otherwise empty.</param>
[GenerateSerializer]
[Immutable]
public sealed record ShardOutcome(
    [property: Id(0)] int Index,
    [property: Id(1)] bool Succeeded,
    [property: Id(2)] long Records,
    [property: Id(3)] bool Skipped,
    [property: Id(4)] string Silo,
    [property: Id(5)] string Message);
