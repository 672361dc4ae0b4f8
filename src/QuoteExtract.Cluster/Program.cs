using QuoteExtract.Cli;

namespace QuoteExtract.Cluster;

/// <summary>The <c>quotex-cluster</c> command: <c>silo</c> and <c>run</c>.</summary>
internal static class Program
{
    public static int Main(string[] args) => CommandLine.RunOnConsole(args, "quotex-cluster", ClusterCommandLine.Root);
}
