using System.Text;
using System.Text.Json;
using FluentAssertions;
using QuoteExtract.Tests;

namespace QuoteExtract.Cli.Tests;

/// <summary><c>quotex extract</c> run in-process through <c>CommandLine.Run</c>.</summary>
public sealed class ExtractCommandTests
{
    private const string Article = "“The ferry will run again from the first of May,” said harbourmaster Ilse Moravec.";

    private static readonly string[] QuoteFields = ["start", "end", "text", "type", "parts", "speaker", "entity", "cue", "confidence"];

    private string directory = string.Empty;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Path.Combine(Path.GetTempPath(), "quotex-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void Extract_JsonlFormat_WritesOneLinePerDocumentWithContractFields()
    {
        var input = Write("docs.jsonl", Line("a", Article), Line("b", "No quotes in this one."));

        var (exit, stdout, _) = Run("extract", input, "--format", "jsonl");

        exit.Should().Be(0);
        var lines = NonEmptyLines(stdout);
        lines.Should().HaveCount(2);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        first.RootElement.GetProperty("id").GetString().Should().Be("a");
        second.RootElement.GetProperty("id").GetString().Should().Be("b");
        second.RootElement.GetProperty("quotes").GetArrayLength().Should().Be(0);
        first.RootElement.GetProperty("entities").ValueKind.Should().Be(JsonValueKind.Array);
        var quotes = first.RootElement.GetProperty("quotes");
        quotes.GetArrayLength().Should().Be(1);
        var quote = quotes[0];
        quote.EnumerateObject().Select(p => p.Name).Should().Contain(QuoteFields);
        quote.GetProperty("type").GetString().Should().Be("direct");
        quote.GetProperty("text").GetString().Should().Be("“The ferry will run again from the first of May,”");
        int start = quote.GetProperty("start").GetInt32();
        int end = quote.GetProperty("end").GetInt32();
        Article[start..end].Should().Be(quote.GetProperty("text").GetString());
        quote.GetProperty("parts")[0].EnumerateArray().Select(e => e.GetInt32()).Should().Equal(start, end);
        quote.GetProperty("confidence").GetDouble().Should().BeInRange(0, 1);
    }

    [Test]
    public void Extract_JsonlWithBadLine_WritesErrorRecordForItAndProcessesTheOthers()
    {
        var input = Write("docs.jsonl", Line("a", Article), "{\"id\": \"broken\", \"text\": ", Line("c", Article));

        var (exit, stdout, stderr) = Run("extract", input, "--format", "jsonl");

        exit.Should().Be(1);
        var lines = NonEmptyLines(stdout);
        lines.Should().HaveCount(3);
        using var bad = JsonDocument.Parse(lines[1]);
        bad.RootElement.TryGetProperty("error", out _).Should().BeTrue();
        bad.RootElement.GetProperty("line").GetInt32().Should().Be(2);
        foreach (var index in new[] { 0, 2 })
        {
            using var good = JsonDocument.Parse(lines[index]);
            good.RootElement.TryGetProperty("error", out _).Should().BeFalse();
            good.RootElement.GetProperty("quotes").GetArrayLength().Should().Be(1);
        }

        stderr.Should().Contain("docs.jsonl:2");
    }

    [Test]
    public void Extract_MissingFile_WritesErrorRecordAndReturnsOne()
    {
        var (exit, stdout, stderr) = Run("extract", Path.Combine(directory, "absent.txt"), "--format", "jsonl");

        exit.Should().Be(1);
        using var record = JsonDocument.Parse(NonEmptyLines(stdout).Single());
        record.RootElement.GetProperty("id").GetString().Should().Be("absent.txt");
        record.RootElement.GetProperty("error").GetString().Should().Contain("not found");
        stderr.Should().Contain("absent.txt");
    }

    [TestCase("extract", "--bogus")]
    [TestCase("extract", "--format", "xml")]
    [TestCase("extract", "--format")]
    [TestCase("frobnicate")]
    [TestCase("extract", "--operating-point", "greedy")]
    [TestCase("eval", "--gold", "g.jsonl", "--operating-point", "Recall")]
    public void Run_BadCommandLine_ReturnsTwo(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("quotex:");
    }

    [Test]
    public void Extract_TextFile_IdIsFileName()
    {
        var input = Write("harbour-news.txt", Article);

        var (exit, stdout, _) = Run("extract", input, "--format", "jsonl");

        exit.Should().Be(0);
        using var record = JsonDocument.Parse(NonEmptyLines(stdout).Single());
        record.RootElement.GetProperty("id").GetString().Should().Be("harbour-news.txt");
        record.RootElement.GetProperty("quotes").GetArrayLength().Should().Be(1);
    }

    [Test]
    public void Extract_TextFormat_MentionsDocumentAndQuote()
    {
        var input = Write("harbour-news.txt", Article);

        var (exit, stdout, _) = Run("extract", input, "--format", "text");

        exit.Should().Be(0);
        stdout.Should().Contain("harbour-news.txt").And.Contain("1 quote(s)").And.Contain("“The ferry will run again from the first of May,”").And.Contain("direct");
    }

    [Test]
    public void Extract_JsonFormat_WritesOneArray()
    {
        var input = Write("docs.jsonl", Line("a", Article), Line("b", Article));

        var (exit, stdout, _) = Run("extract", input, "--format", "json");

        exit.Should().Be(0);
        using var document = JsonDocument.Parse(stdout);
        document.RootElement.GetArrayLength().Should().Be(2);
    }

    [Test]
    public void Extract_StandardInputJsonl_ReadsEveryLine()
    {
        var stdin = Line("x", Article) + "\n" + Line("y", "Nothing quoted here.") + "\n";

        var (exit, stdout, _) = RunWithInput(stdin, "extract", "--format", "jsonl");

        exit.Should().Be(0);
        NonEmptyLines(stdout).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Should().Equal("x", "y");
    }

    [Test]
    public void Extract_OutputOption_WritesFile()
    {
        var input = Write("harbour-news.txt", Article);
        var output = Path.Combine(directory, "out.jsonl");

        var (exit, stdout, _) = Run("extract", input, "--format", "jsonl", "--output", output);

        exit.Should().Be(0);
        stdout.Should().BeEmpty();
        File.ReadAllText(output).Should().Contain("\"id\":\"harbour-news.txt\"");
    }

    [Test]
    public void Extract_RecallOperatingPoint_ReportsEveryBalancedQuote()
    {
        var input = Write("harbour-news.txt", Article);

        var (balancedExit, balanced, _) = Run("extract", input, "--format", "jsonl", "--mode", "hybrid");
        var (recallExit, recall, _) = Run("extract", input, "--format", "jsonl", "--mode", "hybrid", "--operating-point", "recall");

        balancedExit.Should().Be(0);
        recallExit.Should().Be(0);
        static List<string> Spans(string line) => [.. JsonDocument.Parse(line).RootElement.GetProperty("quotes").EnumerateArray()
            .Select(q => $"{q.GetProperty("start").GetInt32()}-{q.GetProperty("end").GetInt32()}")];
        Spans(NonEmptyLines(recall).Single()).Should().Contain(Spans(NonEmptyLines(balanced).Single()));
    }

    [Test]
    public void Extract_NeuralMode_WritesTheContractWithSpeakersAndCues()
    {
        var input = Write("harbour-news.txt", Article);

        var (exit, stdout, stderr) = Run("extract", input, "--format", "jsonl", "--mode", "neural");

        exit.Should().Be(0, stderr);
        using var record = JsonDocument.Parse(NonEmptyLines(stdout).Single());
        var quotes = record.RootElement.GetProperty("quotes").EnumerateArray().ToList();
        quotes.Should().NotBeEmpty();
        foreach (var quote in quotes)
        {
            int start = quote.GetProperty("start").GetInt32(), end = quote.GetProperty("end").GetInt32();
            Article[start..end].Should().Be(quote.GetProperty("text").GetString());
            quote.GetProperty("confidence").GetDouble().Should().BeInRange(0.45, 1, "neural mode reports quotes from its minimum confidence up");
        }

        quotes.Count(q => q.GetProperty("speaker").ValueKind == JsonValueKind.Object && q.GetProperty("cue").ValueKind == JsonValueKind.Object)
            .Should().BePositive("a quote with its speaker and cue");
    }

    [Test]
    public void Extract_SeedArticleJsonl_FindsFiveDirectQuotesAtTheirOffsets()
    {
        var path = SharedData.RequireFile("seed/antonov-article.txt");
        var text = File.ReadAllText(path);

        var (exit, stdout, _) = Run("extract", path, "--format", "jsonl");

        exit.Should().Be(0);
        using var record = JsonDocument.Parse(NonEmptyLines(stdout).Single());
        record.RootElement.GetProperty("id").GetString().Should().Be("antonov-article.txt");
        var direct = record.RootElement.GetProperty("quotes").EnumerateArray().Where(q => q.GetProperty("type").GetString() == "direct").ToList();
        direct.Should().HaveCount(5);
        foreach (var quote in direct)
        {
            int start = quote.GetProperty("start").GetInt32();
            int end = quote.GetProperty("end").GetInt32();
            text[start..end].Should().Be(quote.GetProperty("text").GetString());
        }
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private static string Line(string id, string text) => JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text });

    private static List<string> NonEmptyLines(string s) => [.. s.Split('\n').Where(l => l.Trim().Length > 0)];

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args) => RunWithInput(string.Empty, args);

    private static (int Exit, string Stdout, string Stderr) RunWithInput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int exit = CommandLine.Run(args, input, output, error);
        return (exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
