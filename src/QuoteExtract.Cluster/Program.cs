using QuoteExtract.Cli;

namespace QuoteExtract.Cluster;

/// <summary>The <c>quotex-cluster</c> command: <c>silo</c> and <c>run</c>.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        using var stdin = Console.OpenStandardInput();
        using var stdout = Console.OpenStandardOutput();
        var console = new CommandConsole(stdin, stdout, Console.Error, StderrIsTerminal: !Console.IsErrorRedirected, HandleSignals: true);
        return CommandLine.Run(args, console, "quotex-cluster", ClusterCommandLine.Root);
    }
}
