namespace QuoteExtract.Cli;

/// <summary><c>quotex eval</c>: not built yet.</summary>
internal static class EvalCommand
{
    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        _ = args;
        _ = stdout;
        stderr.WriteLine("quotex: eval is not implemented yet");
        return ExitCodes.Usage;
    }
}
