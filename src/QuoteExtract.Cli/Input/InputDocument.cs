namespace QuoteExtract.Cli;

/// <summary>
/// One document to process, or an input error to report in its place (<see cref="Error"/> set, no <see cref="Text"/>).
/// <see cref="Warnings"/> says what was repaired on the way in (invalid UTF-8, a lone surrogate); the record carries them.
/// </summary>
internal sealed record InputDocument(string Id, string? Text, string? Error, string? Source = null, int? Line = null)
{
    /// <summary>What was repaired in the input; empty for a clean document.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Size of the input the document came from, in bytes (for progress).</summary>
    public long Bytes { get; init; }

    public static InputDocument Failed(string id, string error, string? source, int? line = null, long bytes = 0) =>
        new(id, null, error, source, line) { Bytes = bytes };
}
