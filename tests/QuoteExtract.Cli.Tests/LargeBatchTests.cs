using System.Text;
using FluentAssertions;

namespace QuoteExtract.Cli.Tests;

/// <summary>Issue 14's bar: 10,000 JSONL lines with 1 % broken give 10,000 records in input order.</summary>
public sealed class LargeBatchTests : TempFolderTest
{
    private const int LineCount = 10_000;

    [Test]
    public void Extract_TenThousandLinesOnePercentBroken_TenThousandRecordsInInputOrder()
    {
        var (input, expectedErrors) = Corpus();

        var strict = Quotex.Execute(Folder, input, "extract", "--format", "jsonl", "--jobs", "2");
        var tolerant = Quotex.Execute(Folder, input, "extract", "--format", "jsonl", "--jobs", "2", "--keep-going");
        var sequential = Quotex.Execute(Folder, input, "extract", "--format", "jsonl", "--jobs", "1");

        strict.Exit.Should().Be(1, "error records make the run exit 1");
        tolerant.Exit.Should().Be(0, "--keep-going tolerates error records");
        tolerant.Stdout.Should().Be(strict.Stdout);
        sequential.Stdout.Should().Be(strict.Stdout, "parallel extraction gives the records of a sequential run, in the same order");
        tolerant.Stderr.Should().Contain($"{LineCount} documents").And.Contain($"{expectedErrors} errors (tolerated");
        var records = strict.Records;
        records.Should().HaveCount(LineCount);
        int errors = 0;
        for (int i = 0; i < LineCount; i++)
        {
            var record = records[i];
            if (record.TryGetProperty("error", out _))
            {
                errors++;
                record.GetProperty("line").GetInt32().Should().Be(i + 1);
                record.GetProperty("id").GetString().Should().BeOneOf($"d{i}", $"stdin:{i + 1}");
            }
            else
            {
                record.GetProperty("id").GetString().Should().Be($"d{i}");
            }
        }

        errors.Should().Be(expectedErrors);
        records.Count(r => r.TryGetProperty("warnings", out _)).Should().Be(LineCount / 400, "each lone surrogate line is repaired and flagged");
    }

    /// <summary>Every 100th line is broken, in turn: bad JSON, a lone surrogate, an empty line, a non-string text.</summary>
    private static (byte[] Input, int Errors) Corpus()
    {
        var builder = new StringBuilder();
        int errors = 0;
        for (int i = 0; i < LineCount; i++)
        {
            string text = i % 3 == 0 ? Quotex.Article : $"Report {i}: the council met on Monday and approved the budget.";
            string line = (i % 100 == 50 ? (i / 100) % 4 : -1) switch
            {
                0 => $"{{\"id\":\"d{i}\",\"text\":\"unterminated",
                1 => $"{{\"id\":\"d{i}\",\"text\":\"lone \\ud800 surrogate\"}}",
                2 => string.Empty,
                3 => $"{{\"id\":\"d{i}\",\"text\":{i}}}",
                _ => Quotex.Line($"d{i}", text),
            };
            if (line.Length == 0 || line.EndsWith("unterminated", StringComparison.Ordinal) || line.EndsWith($"{i}}}", StringComparison.Ordinal))
            {
                errors++;
            }

            builder.Append(line).Append('\n');
        }

        return (Encoding.UTF8.GetBytes(builder.ToString()), errors);
    }
}
