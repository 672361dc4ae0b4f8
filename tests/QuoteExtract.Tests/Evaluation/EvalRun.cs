using System.Text;
using QuoteExtract.Cli;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>Runs <c>quotex eval</c> in-process and keeps what it printed.</summary>
internal sealed record EvalRun(int ExitCode, string Output, string Errors)
{
    public static EvalRun Of(params string[] evalArguments)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int exit = CommandLine.Run(["eval", .. evalArguments], TextReader.Null, stdout, stderr);
        return new EvalRun(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    /// <summary>The small invented gold/prediction pair under Evaluation/Data, copied to the test output.</summary>
    public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Evaluation", "Data", name);

    /// <summary>The PolNeAR dev set from ../shared; the test is ignored when it is absent.</summary>
    public static string PolnearDev() => SharedData.RequireFile("eval/data/polnear-dev.jsonl");
}
