using System.Text;
using CsCheck;
using FluentAssertions;

namespace QuoteExtract.Cli.Tests;

/// <summary>Property-based tests (CsCheck) of the CLI's JSON reader: it never throws and gives one record per line.</summary>
public sealed class JsonLineParserPropertyTests
{
    /// <summary>Pieces that JSONL lines are made of, well and badly: escapes of lone surrogates, bad nesting, wrong types.</summary>
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOf<string>("{", "}", "[", "]", "\"id\"", "\"text\"", ":", ",", "\"", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0041", "\\n",
            "\\\"", "\\", "null", "42", "-1e999", "true", " ", "é", "“", "said", "\t", "\u00ff", "\ud800"),
        Gen.String[0, 8]);

    private static readonly Gen<string> Line = Gen.OneOf(
        Piece.Array[0, 24].Select(string.Concat),
        Piece.Array[0, 12].Select(p => "{\"id\":\"x\",\"text\":\"" + string.Concat(p) + "\"}"));

    [Test]
    public void Parse_AnyLine_NeverThrowsAndGivesAWritableDocumentOrAnError()
    {
        Line.Sample(
            line =>
            {
                var document = JsonLineParser.Parse(line, "stdin", "stdin", 7);

                document.Id.Should().NotBeNull();
                (document.Text is null).Should().Be(document.Error is not null, "a document has either a text or an error");
                if (document.Error is not null)
                {
                    document.Line.Should().Be(7);
                }

                // What is read must be writable: no lone surrogate may reach the JSON writer.
                using var stream = new MemoryStream();
                using (var writer = new JsonRecordWriter(stream, lines: true))
                {
                    writer.Write(document, document.Text is null ? null : new QuoteExtractor().Extract(document.Text));
                    writer.Complete();
                }

                Encoding.UTF8.GetString(stream.ToArray()).Count(c => c == '\n').Should().Be(1);
            },
            iter: 2000);
    }

    [Test]
    public void Extract_AnyBytesOnStandardInput_OneRecordPerLine()
    {
        var lines = Gen.OneOf(Line.Select(Encoding.UTF8.GetBytes), Gen.Byte.Array[0, 40].Select(b => b.Where(x => x != (byte)'\n').ToArray())).Array[1, 12];
        lines.Sample(
            input =>
            {
                byte[] stdin = [.. input.SelectMany(l => l.Append((byte)'\n'))];

                var run = Quotex.RunWithBytes(stdin, "extract", "--format", "jsonl", "--quiet", "--jobs", "2");

                run.Exit.Should().BeOneOf(0, 1);
                run.Stdout.Split('\n').SkipLast(1).Should().HaveCount(input.Length);
                run.Stderr.Should().NotContain("   at ");
            },
            iter: 300);
    }
}
