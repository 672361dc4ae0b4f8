using System.Text.Json;
using FluentAssertions;
using QuoteExtract.Tests;

namespace QuoteExtract.Cli.Tests.Browser;

/// <summary>
/// The page of <c>quotex extract --format html</c> opened in headless Chromium: the DOM shows each quote the extractor
/// found, highlighted by type with its speaker linked to its entity; hovering shows the details; and markup in an
/// article stays text. Screenshots are attached to the test results.
/// </summary>
[Category("Browser")]
public sealed class HtmlPageTests
{
    // For every highlighted quote in the article text: its type class, its text (the pieces joined), its speaker's
    // text, the name of the entity its speaker links to, and its background colour.
    private const string QuotesInTheDom = """
        (() => {
          const text = document.querySelector('.text');
          const ids = [...new Set([...text.querySelectorAll('.quote')].map(e => e.dataset.quote))];
          return ids.map(q => {
            const pieces = [...text.querySelectorAll('.quote[data-quote="' + q + '"]')];
            const speaker = text.querySelector('a.speaker[data-speaker-of~="' + q + '"]');
            const entity = speaker && speaker.getAttribute('href') ? document.querySelector(speaker.getAttribute('href')) : null;
            return {
              quote: Number(q),
              type: pieces[0].classList[1],
              text: pieces.map(p => p.textContent).join(''),
              speaker: [...text.querySelectorAll('.speaker[data-speaker-of~="' + q + '"]')].map(e => e.textContent).join(''),
              entity: entity ? entity.querySelector('h4').textContent : null,
              background: getComputedStyle(pieces[0]).backgroundColor,
            };
          });
        })()
        """;

    [Test]
    public async Task HtmlFormat_SeedArticle_HighlightsEveryQuoteWithItsSpeakerLinkedToItsEntity()
    {
        var seed = SharedData.RequireFile("seed/antonov-article.txt");
        var expected = new QuoteExtractor().Extract(await File.ReadAllTextAsync(seed));
        var text = await File.ReadAllTextAsync(seed);
        var page = Path.Combine(Directory.CreateTempSubdirectory("quotex-html-").FullName, "antonov.html");
        Quotex.Run("extract", "--format", "html", seed, "-o", page).Exit.Should().Be(0);

        await using var browser = await HeadlessChromium.OpenAsync(page);
        var quotes = (await browser.EvaluateAsync(QuotesInTheDom)).EnumerateArray().ToList();
        await Attach(browser, "seed-article.png");

        // The article's twelve annotated quotes (five direct, seven indirect or mixed) and its headline.
        expected.Quotes.Should().HaveCount(13);
        quotes.Should().HaveCount(expected.Quotes.Count);
        for (int i = 0; i < quotes.Count; i++)
        {
            var quote = expected.Quotes[i];
            var shown = quotes[i];
            shown.GetProperty("quote").GetInt32().Should().Be(i);
            shown.GetProperty("type").GetString().Should().Be(quote.Type.ToString().ToLowerInvariant());
            shown.GetProperty("text").GetString().Should().Be(string.Concat(quote.Parts.Select(p => text[p.Start..p.End])));
            shown.GetProperty("speaker").GetString().Should().Be(quote.Speaker!.Text);
            shown.GetProperty("entity").GetString().Should().Be(expected.Entities.Single(e => e.Id == quote.EntityId).Name);
            shown.GetProperty("background").GetString().Should().NotBe("rgba(0, 0, 0, 0)", "quote {0} is highlighted", i);
        }

        quotes.Count(q => q.GetProperty("type").GetString() == "direct").Should().Be(5);
        quotes.Select(q => q.GetProperty("entity").GetString()).Should().Contain("Anatoly Antonov").And.Contain("the US National Security Council");
        quotes.GroupBy(q => q.GetProperty("type").GetString()).Select(g => g.First().GetProperty("background").GetString())
            .Should().OnlyHaveUniqueItems("each quote type has its own colour");
    }

    [Test]
    public async Task HtmlFormat_HoverOnAQuote_ShowsItsDetailsAndLightsUpItsSpeaker()
    {
        var page = Path.Combine(Directory.CreateTempSubdirectory("quotex-html-").FullName, "hover.html");
        Quotex.RunWithInput(Quotex.Article, "extract", "--format", "html", "-o", page).Exit.Should().Be(0);

        await using var browser = await HeadlessChromium.OpenAsync(page);
        var state = await browser.EvaluateAsync("""
            (() => {
              const piece = document.querySelector('.text .quote');
              piece.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
              const details = document.getElementById('details');
              return { hidden: details.hidden, details: details.textContent, speakerActive: document.querySelector('.text .speaker').classList.contains('active') };
            })()
            """);

        state.GetProperty("hidden").GetBoolean().Should().BeFalse();
        state.GetProperty("details").GetString().Should().Contain("direct quote, confidence").And.Contain("speaker: harbourmaster Ilse Moravec").And.Contain("cue: said");
        state.GetProperty("speakerActive").GetBoolean().Should().BeTrue();
    }

    [Test]
    public async Task HtmlFormat_Printed_StacksThePanelBelowTheTextAndTellsTypesApartWithoutColour()
    {
        var page = Path.Combine(Directory.CreateTempSubdirectory("quotex-html-").FullName, "print.html");
        const string Text = "“The ferry will run again from the first of May,” said harbourmaster Ilse Moravec. The council wrote that the pier would reopen in June.";
        Quotex.RunWithInput(Text, "extract", "--format", "html", "--input-format", "text", "-o", page).Exit.Should().Be(0);
        const string Layout = """
            ({
              layout: getComputedStyle(document.querySelector('.layout')).display,
              details: getComputedStyle(document.getElementById('details')).display,
              direct: getComputedStyle(document.querySelector('.text .quote.direct')).borderBottomStyle,
              indirect: getComputedStyle(document.querySelector('.text .quote.indirect')).borderBottomStyle,
            })
            """;

        await using var browser = await HeadlessChromium.OpenAsync(page);
        await browser.EvaluateAsync("document.querySelector('.text .quote').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))");
        var screen = await browser.EvaluateAsync(Layout);
        await browser.EmulatePrintAsync(print: true);
        var print = await browser.EvaluateAsync(Layout);
        await Attach(browser, "print.png");

        screen.GetProperty("layout").GetString().Should().Be("grid", "on screen the entity panel is beside the text");
        screen.GetProperty("details").GetString().Should().Be("block", "hovering shows the details box on screen");
        print.GetProperty("layout").GetString().Should().Be("block", "in print the entity panel follows the text");
        print.GetProperty("details").GetString().Should().Be("none", "the hover box is not printed");
        print.GetProperty("direct").GetString().Should().NotBe(print.GetProperty("indirect").GetString(), "types differ by underline where colour may not print");
    }

    [Test]
    public async Task HtmlFormat_ArticleAndIdHoldingMarkup_StayInertText()
    {
        const string Text = "“<script>window.injected = 1</script> and \"><img src=x onerror=\"window.injected = 2\"> stay text,” said Mayor Ilse Varga.";
        var folder = Directory.CreateTempSubdirectory("quotex-html-").FullName;
        var input = Path.Combine(folder, "injection.jsonl");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new { id = "\"><img src=x onerror=\"window.injected = 3\"><script>window.injected = 4</script>", text = Text }) + "\n");
        var page = Path.Combine(folder, "injection.html");
        Quotex.Run("extract", "--format", "html", input, "-o", page).Exit.Should().Be(0);

        await using var browser = await HeadlessChromium.OpenAsync(page);
        var state = await browser.EvaluateAsync("""
            ({
              injected: window.injected === undefined ? null : window.injected,
              images: document.images.length,
              scripts: document.scripts.length,
              quote: document.querySelector('.text .quote').textContent,
              heading: document.querySelector('article h2').textContent,
            })
            """);
        await Attach(browser, "injection.png");

        state.GetProperty("injected").ValueKind.Should().Be(JsonValueKind.Null, "no script from the article ran");
        state.GetProperty("images").GetInt32().Should().Be(0, "no element from the article was created");
        state.GetProperty("scripts").GetInt32().Should().Be(1, "the page's own script is its only one");
        state.GetProperty("quote").GetString().Should().Contain("<script>window.injected = 1</script>").And.Contain("\"><img src=x onerror=");
        state.GetProperty("heading").GetString().Should().StartWith("\"><img src=x onerror=\"window.injected = 3\"><script>");
    }

    [Test]
    public void HtmlFormat_TwoDocuments_WritesOnePageWithAnIndex()
    {
        var lines = "{\"id\": \"ferry\", \"text\": \"" + Quotex.Article.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"}\n{\"id\": \"quiet\", \"text\": \"Nothing was said.\"}\n";

        var run = Quotex.RunWithInput(lines, "extract", "--format", "html", "--input-format", "jsonl");

        run.Exit.Should().Be(0, run.Stderr);
        run.Stdout.Should().StartWith("<!DOCTYPE html>").And.Contain("<nav class=\"index\">")
            .And.Contain("<a href=\"#doc-0\">ferry</a> <span class=\"count\">1 quote</span>")
            .And.Contain("<a href=\"#doc-1\">quiet</a> <span class=\"count\">0 quotes</span>");
    }

    private static async Task Attach(HeadlessChromium browser, string name)
    {
        var png = await browser.ScreenshotAsync();
        png.Should().StartWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, name);
        await File.WriteAllBytesAsync(path, png);
        TestContext.AddTestAttachment(path);
    }
}
