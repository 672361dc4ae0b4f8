using System.Text.Json;
using FluentAssertions;

namespace QuoteExtract.Cli.Tests;

/// <summary><c>--language</c>: auto (default) tells German from English; a fixed language reads every text in it.</summary>
public sealed class LanguageOptionCliTests
{
    private const string German = "Der Minister sagte, die Lage an der Grenze sei ruhig und die Brücke bleibe offen.\n";

    [Test]
    public void Extract_GermanTextAutoAndGerman_ReportsTheIndirectQuote()
    {
        foreach (var language in new[] { "auto", "de" })
        {
            var run = Quotex.RunWithInput(German, "extract", "--format", "jsonl", "--language", language);

            run.Exit.Should().Be(0, run.Stderr);
            var quote = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("quotes")[0];
            quote.GetProperty("type").GetString().Should().Be("indirect", language);
            quote.GetProperty("cue").GetProperty("text").GetString().Should().Be("sagte", language);
        }
    }

    [Test]
    public void Extract_GermanTextReadAsEnglish_FindsNoGermanCue()
    {
        var run = Quotex.RunWithInput(German, "extract", "--format", "jsonl", "--language", "en");

        run.Exit.Should().Be(0, run.Stderr);
        JsonDocument.Parse(run.Stdout).RootElement.GetProperty("quotes").EnumerateArray()
            .Should().NotContain(q => q.GetProperty("cue").ValueKind == JsonValueKind.Object && q.GetProperty("cue").GetProperty("text").GetString() == "sagte");
    }

    [Test]
    public void Extract_Help_NamesTheLanguageOption()
    {
        Quotex.Run("extract", "--help").Stdout.Should().Contain("--language").And.Contain("auto|en|de|fr");
    }
}
