namespace QuoteExtract.Cli;

/// <summary>One input: a file, or standard input when <see cref="Path"/> is <c>-</c>.</summary>
/// <param name="Path">The file's path as found.</param>
/// <param name="Id">The document id of a text file, and the prefix of the fallback ids of a JSONL file's lines.</param>
internal sealed record InputItem(string Path, string Id)
{
    public const string StandardInput = "-";

    public bool IsStandardInput => Path == StandardInput;

    public static InputItem Stdin { get; } = new(StandardInput, "stdin");
}
