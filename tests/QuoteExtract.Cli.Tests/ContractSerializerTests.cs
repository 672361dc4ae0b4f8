using System.Text.Json;
using FluentAssertions;
using QuoteExtract.Tests;

namespace QuoteExtract.Cli.Tests;

/// <summary>The library's <see cref="QuoteJson"/> and the CLI's JSONL writer write the same contract, byte for byte.</summary>
public sealed class ContractSerializerTests
{
    [Test]
    public void QuoteJsonSerialize_PolnearDev_IsByteIdenticalToQuotexJsonl()
    {
        var input = SharedData.RequireFile("eval/data/polnear-dev.jsonl");
        var documents = File.ReadLines(input).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var extractor = new QuoteExtractor();

        var run = Quotex.Run("extract", "--format", "jsonl", "--quiet", input);

        run.Exit.Should().Be(0, run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(documents.Count);
        for (int i = 0; i < documents.Count; i++)
        {
            var id = documents[i].GetProperty("id").GetString()!;
            var result = extractor.Extract(documents[i].GetProperty("text").GetString()!);
            QuoteJson.Serialize(id, result).Should().Be(lines[i], "line {0} ({1})", i + 1, id);
            QuoteJson.Serialize(id, QuoteJson.Deserialize(lines[i]).Result).Should().Be(lines[i], "line {0} reads back", i + 1);
        }
    }
}
