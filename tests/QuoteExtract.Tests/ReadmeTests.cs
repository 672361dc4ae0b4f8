using FluentAssertions;

namespace QuoteExtract.Tests;

/// <summary>
/// The README is checked like code: its C# example (the first <c>```csharp</c> block) is the body of
/// <see cref="Example"/> below, compiled with the tests; its printed output is the <c>```text</c> block right
/// after it; its set-up commands are the ones CI runs. When the extractor's output changes, run the example
/// (or read this test's failure message) and paste the new output into the README.
/// </summary>
[NonParallelizable] // redirects Console.Out while the example runs
public sealed class ReadmeTests
{
    private const string ExampleUsings = "using QuoteExtract;";
    private const string ExampleBegin = "// readme-example:begin";
    private const string ExampleEnd = "// readme-example:end";
    private const string BatchBegin = "// readme-batch:begin";
    private const string BatchEnd = "// readme-batch:end";
    private const string BatchHeading = "## Batch, JSON and HTML";
    private const string RunCommand = "dotnet run --project src/QuoteExtract.Cli -- extract samples/articles/harbour-strike.txt";

    private static readonly string[] ReadmeLines = ReadLines("README.md");

    /// <summary>The README example, verbatim between the markers (the README adds <c>using QuoteExtract;</c>).</summary>
    private static void Example()
    {
        // readme-example:begin
        var extractor = new QuoteExtractor(); // immutable and thread-safe: build once, reuse
        ExtractionResult result = extractor.Extract("""
            "We will rebuild the pier before summer," Mayor Ilse Varga said on Monday. "The town cannot wait."
            She told reporters that the harbour would reopen in May.
            """);

        foreach (Quote quote in result.Quotes)
        {
            Console.WriteLine($"{quote.Type} {quote.Span} parts {string.Join(" ", quote.Parts)}: {quote.Text}");
            Console.WriteLine($"  speaker {quote.Speaker?.Text}, cue {quote.Cue?.Text}, entity {quote.EntityId}, confidence {quote.Confidence:0.00}");
        }

        foreach (Entity entity in result.Entities)
        {
            Console.WriteLine($"entity {entity.Id}: {entity.Name}, {entity.Kind}, titles [{string.Join("; ", entity.Titles)}], mentions {string.Join(" ", entity.Mentions)}");
        }

        // readme-example:end
    }

    /// <summary>The README's batch example (the first <c>```csharp</c> block under <see cref="BatchHeading"/>), verbatim between the markers.</summary>
    private static void BatchExample()
    {
        // readme-batch:begin
        var extractor = new QuoteExtractor();
        string[] articles =
        [
            "\"The ferry will run again from May,\" said harbourmaster Ilse Moravec.",
            "The council wrote that the pier would reopen in June.",
        ];

        // Up to 4 articles at a time; results in the order of the articles. A CancellationToken stops the batch.
        int n = 0;
        foreach (ExtractionResult result in extractor.ExtractMany(articles, degreeOfParallelism: 4))
        {
            Console.WriteLine(QuoteJson.Serialize($"article-{++n}", result)); // a line of `quotex extract --format jsonl`
        }

        // One self-contained page: the article with its quotes highlighted and its speakers linked to their entities.
        File.WriteAllText("article-1.html", HtmlReport.Render("article-1", articles[0], extractor.Extract(articles[0])));
        // readme-batch:end
    }

    [Test]
    public void ReadmeBatchExample_CSharpBlock_IsTheCodeCompiledInThisTest()
    {
        var (code, _) = FencedBlock("csharp", from: Heading(BatchHeading));
        var compiled = string.Join('\n', Region(ReadLines("tests/QuoteExtract.Tests/ReadmeTests.cs"), BatchBegin, BatchEnd));

        NormalizeWhitespace(code).Should().Be(
            NormalizeWhitespace(ExampleUsings + "\n" + compiled),
            "the first ```csharp block under '{0}' must be the code of ReadmeTests.BatchExample (plus '{1}')",
            BatchHeading,
            ExampleUsings);
    }

    [Test]
    public void ReadmeBatchExample_Run_PrintsTheTextBlockAfterIt()
    {
        var (_, end) = FencedBlock("csharp", from: Heading(BatchHeading));
        var (expected, _) = FencedBlock("text", from: end);

        TrimLines(Printed(BatchExample)).Should().Be(TrimLines(expected), "the ```text block after the README's batch example is its output");
        File.ReadAllText("article-1.html").Should().Contain("class=\"quote direct\"");
    }

    [Test]
    public void ReadmeExample_CSharpBlock_IsTheCodeCompiledInThisTest()
    {
        var (code, _) = FencedBlock("csharp");
        var compiled = string.Join('\n', Region(ReadLines("tests/QuoteExtract.Tests/ReadmeTests.cs"), ExampleBegin, ExampleEnd));

        NormalizeWhitespace(code).Should().Be(
            NormalizeWhitespace(ExampleUsings + "\n" + compiled),
            "the README's first ```csharp block must be the code of ReadmeTests.Example (plus '{0}')",
            ExampleUsings);
    }

    [Test]
    public void ReadmeExample_Run_PrintsTheTextBlockAfterIt()
    {
        var (_, end) = FencedBlock("csharp");
        var (expected, _) = FencedBlock("text", from: end);

        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            Example();
        }
        finally
        {
            Console.SetOut(original);
        }

        TrimLines(output.ToString()).Should().Be(TrimLines(expected), "the ```text block after the README example is its output");
    }

    [Test]
    public void ReadmeSetUp_TestCommand_IsTheOneCiRuns()
    {
        var ciCommand = ReadLines(".ci/run").Select(l => l.Trim()).Single(l => l.StartsWith("dotnet test", StringComparison.Ordinal));

        ReadmeLines.Select(l => l.Trim()).Should().Contain(ciCommand, "the README's test command is what .ci/run runs");
    }

    [Test]
    public void ReadmeSetUp_RunCommand_IsListedAndItsArticleExists()
    {
        ReadmeLines.Select(l => l.Trim()).Should().Contain(RunCommand);
        File.Exists(Path.Combine(SharedData.RepositoryRoot, "samples", "articles", "harbour-strike.txt")).Should().BeTrue();
    }

    private static int Heading(string heading)
    {
        int line = Array.FindIndex(ReadmeLines, l => l.TrimEnd() == heading);
        line.Should().BeGreaterThanOrEqualTo(0, "README.md has the heading '{0}'", heading);
        return line;
    }

    private static string Printed(Action example)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            example();
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }

    private static string[] ReadLines(string relativePath) =>
        File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, relativePath)).ReplaceLineEndings("\n").Split('\n');

    /// <summary>The first fenced block of <paramref name="language"/> at or after line <paramref name="from"/>, and the line after its closing fence.</summary>
    private static (string Text, int End) FencedBlock(string language, int from = 0)
    {
        int open = Array.FindIndex(ReadmeLines, from, l => l.TrimEnd() == "```" + language);
        open.Should().BeGreaterThanOrEqualTo(0, "README.md has a ```{0} block", language);
        int close = Array.FindIndex(ReadmeLines, open + 1, l => l.TrimEnd() == "```");
        close.Should().BeGreaterThan(open, "the ```{0} block is closed", language);
        return (string.Join('\n', ReadmeLines[(open + 1)..close]), close + 1);
    }

    private static string[] Region(string[] lines, string begin, string end)
    {
        int first = Array.FindIndex(lines, l => l.Trim() == begin);
        int last = Array.FindIndex(lines, l => l.Trim() == end);
        (first >= 0 && last > first).Should().BeTrue("the example is marked with {0} and {1}", begin, end);
        return lines[(first + 1)..last];
    }

    private static string NormalizeWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string TrimLines(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');
}
