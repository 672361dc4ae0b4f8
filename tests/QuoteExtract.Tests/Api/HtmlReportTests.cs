using System.Text.RegularExpressions;
using FluentAssertions;

namespace QuoteExtract.Tests.Api;

/// <summary>
/// <see cref="HtmlReport"/> as markup: what it marks and that it escapes. (The page is opened in a real browser by the
/// CLI tests.)
/// </summary>
public sealed class HtmlReportTests
{
    private const string Article = "“We will rebuild the pier before summer,” Mayor Ilse Varga said on Monday. She told reporters that the harbour would reopen in May.";

    [Test]
    public void Render_Article_MarksEachQuoteCueAndSpeakerAndLinksSpeakersToEntities()
    {
        var result = new QuoteExtractor().Extract(Article);

        var html = HtmlReport.Render("harbour", Article, result);

        result.Quotes.Should().HaveCount(2);
        html.Should().Contain("<span class=\"quote direct\" data-quote=\"0\" id=\"doc-0-quote-0\"");
        html.Should().Contain("<span class=\"quote indirect\" data-quote=\"1\" id=\"doc-0-quote-1\"");
        html.Should().Contain($"<a class=\"speaker\" data-speaker-of=\"0\" href=\"#doc-0-entity-{result.Quotes[0].EntityId}\"");
        html.Should().Contain($"<section class=\"entity\" id=\"doc-0-entity-{result.Quotes[0].EntityId}\">");
        html.Should().Contain("<span class=\"cue\" data-cue-of=\"0\">said</span>");
        html.Should().NotContainAny("http://", "https://", "src=", "<link");
    }

    [Test]
    public void RenderBatch_TwoArticles_WritesAnIndexLinkingBoth()
    {
        var extractor = new QuoteExtractor();

        var html = HtmlReport.RenderBatch([("one", Article, extractor.Extract(Article)), ("two", "No quote.", ExtractionResult.Empty)]);

        html.Should().Contain("<nav class=\"index\">").And.Contain("<a href=\"#doc-0\">one</a>").And.Contain("<a href=\"#doc-1\">two</a>");
        html.Should().Contain("<article class=\"document\" id=\"doc-1\">");
    }

    [Test]
    public void Render_MarkupInTextIdAndNames_IsEscapedEverywhere()
    {
        const string Text = "“<script>alert(1)</script> is \"><img src=x onerror=alert(2)> here,” said Mr. <b>Evil</b> O'Hara.";
        var result = new QuoteExtractor().Extract(Text);

        var html = HtmlReport.Render("<script>alert(3)</script>\"'", Text, result);

        result.Quotes.Should().NotBeEmpty("the injection must sit inside a highlighted quote to test the escaping there");
        var body = html[html.IndexOf("</style>", StringComparison.Ordinal)..];
        Regex.Count(body, "<script>").Should().Be(1, "the page's own script is the only one");
        body.Should().NotContain("<img").And.NotContain("<b>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("&quot;&gt;&lt;img");
    }

    [Test]
    public void Render_NoQuotes_SaysSo()
    {
        HtmlReport.Render("empty", "Nothing said.", ExtractionResult.Empty).Should().Contain("No quotes found.");
    }
}
