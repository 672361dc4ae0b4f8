using System.Text.Json;
using FluentAssertions;

namespace QuoteExtract.Cli.Tests;

/// <summary>Pipe mode through the built program: records stream out as lines stream in (the RDD.pipe contract).</summary>
public sealed class PipeTests : TempFolderTest
{
    [Test]
    public void Extract_LinesFedSlowly_EachRecordArrivesBeforeTheNextLineIsSent()
    {
        using var process = Quotex.Start(Folder, "extract", "--format", "jsonl", "--quiet");
        var stderr = process.StandardError.ReadToEndAsync();
        string[] lines = [Quotex.Line("first", Quotex.Article), string.Empty, "{broken", Quotex.Line("last", "No quote.")];
        var received = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            process.StandardInput.WriteLine(lines[i]);
            process.StandardInput.Flush();

            // Standard input stays open: a record can only arrive here if quotex writes it before reading on.
            var read = process.StandardOutput.ReadLineAsync();
            read.Wait(TimeSpan.FromSeconds(60)).Should().BeTrue($"the record of line {i + 1} should arrive while line {i + 2} is not yet sent");
            received.Add(read.Result!);
        }

        process.StandardInput.Close();
        process.StandardOutput.ReadToEnd().Should().BeEmpty();
        process.WaitForExit(60_000).Should().BeTrue();
        process.ExitCode.Should().Be(1, "two lines were broken");
        stderr.Result.Should().Contain("stdin:2: empty line");
        var records = received.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        records.Select(r => r.GetProperty("id").GetString()).Should().Equal("first", "stdin:2", "stdin:3", "last");
        records[0].GetProperty("quotes").GetArrayLength().Should().Be(1);
    }
}
