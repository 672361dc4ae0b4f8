using System.Text.Json;
using CsvHelper;
using FluentAssertions;
using Parquet;
using Parquet.Schema;

namespace QuoteExtract.Cli.Tests;

/// <summary>Each output format read back: JSON, CSV (CsvHelper) and Parquet (Parquet.Net) hold the same records.</summary>
public sealed class FormatTests : TempFolderTest
{
    /// <summary>Commas in the quote; the id below holds a double quote, a comma and a line break, which CSV must escape.</summary>
    private const string Tricky = "“We will, as promised, rebuild the pier before summer,” said Anna Berg, the mayor.\nShe left at noon.";

    private const string TrickyId = "d \"4\",\nnext";

    [Test]
    public void Extract_Csv_ReadsBackOneRowPerQuoteAndOnePerDocumentWithout()
    {
        var input = Write("docs.jsonl", Quotex.Line("a", Quotex.Article), Quotex.Line("b", "Nothing quoted."), "{\"id\":\"c\"}", Quotex.Line(TrickyId, Tricky));
        var output = Path.Combine(Folder, "out.csv");

        var run = Quotex.Run("extract", input, "--format", "csv", "-o", output);

        run.Exit.Should().Be(1);
        using var reader = CsvReader.FromFile(output);
        reader.ReadHeader();
        var rows = new List<(string Id, string Text, string Start, string Error)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString("id"), reader.GetString("text"), reader.GetString("start"), reader.GetString("error")));
        }

        rows.Select(r => r.Id).Should().Equal("a", "b", "c", TrickyId);
        rows[0].Text.Should().Be("“The ferry will run again from the first of May,”");
        rows[0].Start.Should().Be("0");
        rows[1].Text.Should().BeEmpty();
        rows[2].Error.Should().Contain("text");
        rows[3].Text.Should().Be(Tricky[..Tricky.IndexOf('”', StringComparison.Ordinal)] + "”");
    }

    [Test]
    public void Extract_Parquet_ReadsBackTheRowsOfTheJsonRecords()
    {
        string[] lines = [Quotex.Line("a", Quotex.Article), Quotex.Line("b", "Nothing quoted."), "{\"id\":\"c\"}", Quotex.Line(TrickyId, Tricky)];
        var input = Write("docs.jsonl", lines);
        var output = Path.Combine(Folder, "out.parquet");

        var run = Quotex.Run("extract", input, "--format", "parquet", "-o", output);
        var json = Quotex.Run("extract", input, "--format", "jsonl");

        run.Exit.Should().Be(1);
        var (ids, texts, starts, confidences) = ReadParquet(output).GetAwaiter().GetResult();
        ids.Should().Equal("a", "b", "c", TrickyId);
        var records = json.Records;
        texts[0].Should().Be(records[0].GetProperty("quotes")[0].GetProperty("text").GetString());
        starts[0].Should().Be(records[0].GetProperty("quotes")[0].GetProperty("start").GetInt32());
        confidences[0].Should().Be(records[0].GetProperty("quotes")[0].GetProperty("confidence").GetDouble());
        texts[1].Should().BeNull();
        starts[2].Should().BeNull();
        texts[3].Should().Be(records[3].GetProperty("quotes")[0].GetProperty("text").GetString());
    }

    [Test]
    public void Extract_ParquetOverManyRowGroups_KeepsEveryRowInOrder()
    {
        int count = ParquetRecordWriter.RowGroupSize + 10;
        var input = Write("docs.jsonl", [.. Enumerable.Range(0, count).Select(i => Quotex.Line($"d{i}", "No quote."))]);
        var output = Path.Combine(Folder, "out.parquet");

        Quotex.Run("extract", input, "--format", "parquet", "-o", output).Exit.Should().Be(0);

        ReadParquet(output).GetAwaiter().GetResult().Ids.Should().Equal(Enumerable.Range(0, count).Select(i => $"d{i}"));
    }

    [Test]
    public void Extract_Json_IsOneArrayOfTheJsonlRecords()
    {
        var input = Write("docs.jsonl", Quotex.Line("a", Quotex.Article), "not json", Quotex.Line("c", Tricky));

        var json = Quotex.Run("extract", input, "--format", "json");
        var lines = Quotex.Run("extract", input, "--format", "jsonl");

        using var array = JsonDocument.Parse(json.Stdout);
        array.RootElement.EnumerateArray().Select(e => e.GetRawText().Replace("\n", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal))
            .Should().Equal(lines.Lines.Select(l => l.Replace(" ", string.Empty, StringComparison.Ordinal)));
    }

    private static async Task<(List<string?> Ids, List<string?> Texts, List<int?> Starts, List<double?> Confidences)> ReadParquet(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        DataField Field(string name) => fields.Single(f => f.Name == name);
        var ids = new List<string?>();
        var texts = new List<string?>();
        var starts = new List<int?>();
        var confidences = new List<double?>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int rows = (int)group.RowCount;
            var id = new string?[rows];
            var text = new string?[rows];
            var start = new int?[rows];
            var confidence = new double?[rows];
            await group.ReadAsync(Field("id"), id.AsMemory());
            await group.ReadAsync(Field("text"), text.AsMemory());
            await group.ReadAsync<int>(Field("start"), start.AsMemory());
            await group.ReadAsync<double>(Field("confidence"), confidence.AsMemory());
            ids.AddRange(id);
            texts.AddRange(text);
            starts.AddRange(start);
            confidences.AddRange(confidence);
        }

        return (ids, texts, starts, confidences);
    }
}
