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
    public void TryParseUtf8_AnyLine_GivesTheDocumentOfTheDecodedLineOrDefersToIt()
    {
        var lines = Gen.OneOf(Line.Select(Encoding.UTF8.GetBytes), Gen.Byte.Array[0, 40]);
        lines.Sample(
            bytes =>
            {
                var fast = JsonLineParser.TryParseUtf8(bytes, "in.jsonl", "in.jsonl", 3);
                string decoded = Utf8Text.Decode(bytes, out bool valid);
                var slow = JsonLineParser.Parse(decoded, "in.jsonl", "in.jsonl", 3, Utf8Text.Warnings(valid));
                if (fast is not null)
                {
                    fast.Should().BeEquivalentTo(slow, "a line read from its bytes must give what its decoded string gives");
                }
            },
            iter: 3000);
    }

    [TestCase("{\"id\":\"a\",\"text\":\"x\",\"id\":\"b\"}", "b", "x")]                                   // the last "id" counts
    [TestCase("{\"id\":\"a\",\"meta\":{\"id\":\"z\",\"text\":\"q\"},\"text\":\"t\"}", "a", "t")]           // nested fields are skipped
    [TestCase("{\"id\":3.5e2,\"quotes\":[{\"start\":0}],\"text\":\"t\"}", "3.5e2", "t")]                   // a number id as written
    [TestCase("{\"id\":true,\"text\":\"t\\u00e9\"}", "in.jsonl:3", "t\u00e9")]                             // no usable id, an escape
    [TestCase("{\"text\":5,\"text\":\"t\"}", "in.jsonl:3", "t")]                                              // the last "text" counts
    public void TryParseUtf8_LineWithOtherFields_ReadsTheLastIdAndText(string line, string id, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var fast = JsonLineParser.TryParseUtf8(bytes, "in.jsonl", "in.jsonl", 3);

        fast.Should().NotBeNull();
        fast!.Id.Should().Be(id);
        fast.Text.Should().Be(text);
        fast.Should().BeEquivalentTo(JsonLineParser.Parse(line, "in.jsonl", "in.jsonl", 3));
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

    /// <summary>
    /// A bounded, seeded fuzz run over the JSONL reader: valid lines mutated byte by byte (a byte replaced, removed,
    /// inserted, or a run duplicated), fed to quotex as one stream; every line must still give exactly one record.
    /// </summary>
    [Test]
    public void Extract_MutatedJsonlLines_OneRecordPerLineAndNoCrash()
    {
        byte[][] seeds =
        [
            Encoding.UTF8.GetBytes(Quotex.Line("a", Quotex.Article)),
            Encoding.UTF8.GetBytes("{\"id\":7,\"text\":\"He said \\ud83d\\ude00 \\u201Cyes\\u201D.\",\"extra\":[1,{\"x\":null}]}"),
            Encoding.UTF8.GetBytes("{\"text\":\"Tab\\tand\\nnewline, \\\"quoted\\\" said Ann.\"}"),
        ];
        byte[] interesting = [(byte)'{', (byte)'}', (byte)'"', (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', 0xC3, 0xFF, 0xE2, 0x80, 0x9C, (byte)'\r', 0];
        var mutation = Gen.Int[0, 3].Select(Gen.Int[0, 1000], Gen.Int[0, interesting.Length - 1], Gen.Int[1, 8]);
        var mutated = Gen.Int[0, seeds.Length - 1].SelectMany(i => mutation.Array[1, 6].Select(ops => Mutate(seeds[i], ops, interesting)));
        mutated.Array[1, 20].Sample(
            lines =>
            {
                byte[] stdin = [.. lines.SelectMany(l => l.Append((byte)'\n'))];

                var run = Quotex.RunWithBytes(stdin, "extract", "--format", "jsonl", "--quiet", "--input-format", "jsonl");

                run.Exit.Should().BeOneOf(0, 1);
                run.Stdout.Split('\n').SkipLast(1).Should().HaveCount(lines.Length);
            },
            iter: 300,
            seed: "0N0XIzNsQ0O2");
    }

    private static byte[] Mutate(byte[] seed, (int Kind, int Position, int Byte, int Length)[] operations, byte[] interesting)
    {
        var bytes = seed.ToList();
        foreach (var (kind, position, value, length) in operations)
        {
            int at = bytes.Count == 0 ? 0 : position % bytes.Count;
            byte b = interesting[value];
            switch (kind)
            {
                case 0 when bytes.Count > 0: bytes[at] = b; break;
                case 1 when bytes.Count > 0: bytes.RemoveRange(at, Math.Min(length, bytes.Count - at)); break;
                case 2: bytes.Insert(at, b); break;
                default: bytes.InsertRange(at, bytes.Skip(at).Take(length).ToList()); break;
            }
        }

        // A line break would split the line in two; the property counts lines as sent.
        return [.. bytes.Where(x => x != (byte)'\n')];
    }
}
