namespace QuoteExtract.Cli;

/// <summary>The <c>quotex</c> command.</summary>
internal static class Program
{
    public static int Main(string[] args) => CommandLine.RunOnConsole(args);
}
