namespace QuoteExtract.Cli;

/// <summary>Process exit codes of <c>quotex</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was processed.</summary>
    public const int Success = 0;

    /// <summary>Output was written, but some inputs could not be read (missing file, bad JSONL line); each has an error record.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line was wrong; nothing was processed.</summary>
    public const int Usage = 2;
}
