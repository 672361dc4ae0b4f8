using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace QuoteExtract.Cli.Tests;

/// <summary>Runs <c>quotex</c> in-process (<see cref="CommandLine.Run(string[], Stream, Stream, TextWriter)"/>) or as a subprocess of the built program.</summary>
internal static class Quotex
{
    public const string Article = "“The ferry will run again from the first of May,” said harbourmaster Ilse Moravec.";

    public static Result Run(params string[] args) => RunWithInput(string.Empty, args);

    public static Result RunWithInput(string stdin, params string[] args) => RunWithBytes(Encoding.UTF8.GetBytes(stdin), args);

    /// <summary>Runs <c>quotex-cluster</c> in-process.</summary>
    public static Result RunCluster(params string[] args)
    {
        using var input = new MemoryStream();
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var console = new CommandConsole(input, output, error, StderrIsTerminal: false, HandleSignals: false);
        int exit = CommandLine.Run(args, console, "quotex-cluster", QuoteExtract.Cluster.ClusterCommandLine.Root);
        return new Result(exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    public static Result RunWithBytes(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int exit = CommandLine.Run(args, input, output, error);
        return new Result(exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>Starts the built <c>quotex</c> (quotex.dll beside the tests) with redirected standard streams.</summary>
    public static Process Start(string workingDirectory, params string[] args) => StartTool("quotex.dll", workingDirectory, args);

    /// <summary>Starts the built <c>quotex-cluster</c> (quotex-cluster.dll beside the tests) with redirected standard streams.</summary>
    public static Process StartCluster(string workingDirectory, params string[] args) => StartTool("quotex-cluster.dll", workingDirectory, args);

    private static Process StartTool(string dll, string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start " + dll);
    }

    /// <summary>Runs the built <c>quotex</c> to its end with <paramref name="stdin"/> written to its standard input.</summary>
    public static Result Execute(string workingDirectory, byte[] stdin, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            Assert.Fail("quotex did not finish within two minutes");
        }

        return new Result(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    public static string Line(string id, string text) => JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text });

    public static List<string> Lines(string s) => [.. s.Split('\n').Where(l => l.Length > 0)];

    public sealed record Result(int Exit, string Stdout, string Stderr)
    {
        public List<string> Lines => Quotex.Lines(Stdout);

        public List<JsonElement> Records => [.. Lines.Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }
}

/// <summary>A folder of its own for each test, deleted after it.</summary>
public abstract class TempFolderTest
{
    protected string Folder { get; private set; } = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "quotex-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(Folder, recursive: true);

    protected string Write(string name, params string[] lines)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
