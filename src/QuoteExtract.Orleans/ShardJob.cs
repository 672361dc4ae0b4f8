namespace QuoteExtract.Orleans;

/// <summary>
/// One shard of a job: the inputs of <see cref="Manifest"/> whose position modulo <see cref="Count"/> is
/// <see cref="Index"/>, written to the part file <c>part-KKKKK-of-NNNNN.jsonl</c> in <see cref="OutputDirectory"/>
/// (the contract of <c>quotex extract --shard K/N --output-dir DIR</c>).
/// </summary>
/// <param name="Manifest">A file listing the inputs, one a line, as every silo sees it (a shared file system).</param>
/// <param name="OutputDirectory">The folder of the part files, as every silo sees it.</param>
/// <param name="Index">The shard, from 0.</param>
/// <param name="Count">The number of shards.</param>
/// <param name="Mode">The extraction mode by its command-line name (<c>rules</c>, <c>hybrid</c>, <c>neural</c>).</param>
/// <param name="IncludeIndirect">Whether indirect quotes are reported.</param>
[GenerateSerializer]
[Immutable]
public sealed record ShardJob(
    [property: Id(0)] string Manifest,
    [property: Id(1)] string OutputDirectory,
    [property: Id(2)] int Index,
    [property: Id(3)] int Count,
    [property: Id(4)] string Mode,
    [property: Id(5)] bool IncludeIndirect);
