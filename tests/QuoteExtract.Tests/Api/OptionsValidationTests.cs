using FluentAssertions;

namespace QuoteExtract.Tests.Api;

/// <summary>An invalid option fails where it is set, with an exception that names the option.</summary>
public sealed class OptionsValidationTests
{
    [Test]
    public void MinimumDirectQuoteWords_Negative_ThrowsNamingTheOption()
    {
        var set = () => QuoteExtractorOptions.Default with { MinimumDirectQuoteWords = -5 };

        set.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("MinimumDirectQuoteWords");
    }

    [Test]
    public void MinimumDirectQuoteWords_Zero_IsAccepted()
    {
        (QuoteExtractorOptions.Default with { MinimumDirectQuoteWords = 0 }).MinimumDirectQuoteWords.Should().Be(0);
    }

    [Test]
    public void Mode_UndefinedValue_ThrowsListingTheModes()
    {
        var set = () => new QuoteExtractorOptions { Mode = (ExtractionMode)7 };

        set.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "Mode" && e.Message.Contains("Rules, Hybrid", StringComparison.Ordinal) && e.Message.Contains('7', StringComparison.Ordinal));
    }

    [Test]
    public void OperatingPoint_UndefinedValue_Throws()
    {
        var set = () => QuoteExtractorOptions.Default with { OperatingPoint = (OperatingPoint)(-1) };

        set.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("OperatingPoint");
    }

    [Test]
    public void CueClasses_UndefinedValue_Throws()
    {
        var set = () => QuoteExtractorOptions.Default with { CueClasses = [CueClass.Speech, (CueClass)42] };

        set.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("CueClasses");
    }

    [Test]
    public void CueClasses_Null_Throws()
    {
        var set = () => QuoteExtractorOptions.Default with { CueClasses = null! };

        set.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("CueClasses");
    }

    [Test]
    public void Default_Options_PassValidation()
    {
        var options = new QuoteExtractorOptions() with { };

        options.MinimumDirectQuoteWords.Should().Be(4);
        options.Mode.Should().Be(ExtractionMode.Rules);
        options.CueClasses.Should().HaveCount(4);
    }
}
