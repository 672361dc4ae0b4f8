namespace QuoteExtract.Cli;

/// <summary>Process exit codes of <c>quotex</c>; the README's table lists the same. No other code is returned.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was processed (or, with <c>--keep-going</c>, every input has a record, some of them error records).</summary>
    public const int Success = 0;

    /// <summary>Output was written and committed, but some inputs could not be read (missing file, bad JSONL line); each has an error record.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line was wrong; nothing was processed.</summary>
    public const int Usage = 2;

    /// <summary>The output could not be written (missing folder, read-only path, full disk, a path that is one of the inputs); nothing is left under the output's name.</summary>
    public const int OutputError = 3;

    /// <summary>An unexpected failure of quotex itself; please report it. Nothing is left under the output's name.</summary>
    public const int InternalError = 4;

    /// <summary>Stopped by Ctrl-C (SIGINT) or SIGTERM; nothing is left under the output's name (128 + SIGINT, the shell convention).</summary>
    public const int Interrupted = 130;
}
