using FluentAssertions;

namespace QuoteExtract.Tests;

/// <summary>What each option of <see cref="QuoteExtractorOptions"/> changes, on invented text.</summary>
public sealed class OptionsTests
{
    private const string Article = """
        The mill's owner said the closure was only a "pause". "We expect to reopen the line before the harvest," she said.

        A survey of the workers shows that most of them want to stay.

        The foreman wrote that the night shift would end in March.
        """;

    [Test]
    public void Extract_DefaultOptions_ReportsEveryCueClassWithItsClass()
    {
        var quotes = new QuoteExtractor().Extract(Article).Quotes;

        quotes.Should().Contain(q => q.Type == QuoteType.Direct && q.Cue!.Class == CueClass.Speech);
        quotes.Should().Contain(q => q.Type == QuoteType.Mixed && q.Text.Contains("\"pause\"", StringComparison.Ordinal));
        quotes.Should().Contain(q => q.Cue != null && q.Cue.Text == "shows" && q.Cue.Class == CueClass.Other);
        quotes.Should().Contain(q => q.Cue != null && q.Cue.Text == "wrote" && q.Cue.Class == CueClass.Writing);
    }

    [Test]
    public void Extract_IncludeIndirectFalse_ReportsOnlyDirectQuotes()
    {
        var extractor = new QuoteExtractor(QuoteExtractorOptions.Default with { IncludeIndirect = false });

        var quotes = extractor.Extract(Article).Quotes;

        quotes.Should().ContainSingle().Which.Type.Should().Be(QuoteType.Direct);
    }

    [Test]
    public void Extract_SpeechAndWritingCuesOnly_DropsEvidenceCues()
    {
        var extractor = new QuoteExtractor(QuoteExtractorOptions.Default with { CueClasses = [CueClass.Speech, CueClass.Writing] });

        var quotes = extractor.Extract(Article).Quotes;

        quotes.Should().NotContain(q => q.Cue != null && q.Cue.Class == CueClass.Other);
        quotes.Should().Contain(q => q.Cue != null && q.Cue.Text == "wrote");
    }

    [Test]
    public void Options_With_LeavesTheDefaultsUnchanged()
    {
        var changed = QuoteExtractorOptions.Default with { IncludeIndirect = false, MinimumDirectQuoteWords = 2 };

        QuoteExtractorOptions.Default.IncludeIndirect.Should().BeTrue();
        QuoteExtractorOptions.Default.MinimumDirectQuoteWords.Should().Be(4);
        changed.Should().NotBe(QuoteExtractorOptions.Default);
    }
}
