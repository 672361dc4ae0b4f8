namespace QuoteExtract.Cli;

/// <summary>The <c>quotex</c> command.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        using var stdout = Console.OpenStandardOutput();
        return CommandLine.Run(args, Console.In, stdout, Console.Error);
    }
}
