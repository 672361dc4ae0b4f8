using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;

namespace QuoteExtract.Tests.Api;

/// <summary><c>services.AddQuoteExtractor(...)</c>: one shared extractor with the options asked for.</summary>
public sealed class DependencyInjectionTests
{
    [Test]
    public void AddQuoteExtractor_NoConfiguration_RegistersOneSharedDefaultExtractor()
    {
        using var provider = new ServiceCollection().AddQuoteExtractor().BuildServiceProvider();

        var extractor = provider.GetRequiredService<QuoteExtractor>();

        provider.GetRequiredService<QuoteExtractor>().Should().BeSameAs(extractor);
        extractor.Options.Should().BeSameAs(QuoteExtractorOptions.Default);
        extractor.Extract("“The ferry will run again from May,” said harbourmaster Ilse Moravec.").Quotes.Should().ContainSingle();
    }

    [Test]
    public void AddQuoteExtractor_Configure_BuildsTheExtractorWithTheDerivedOptions()
    {
        using var provider = new ServiceCollection()
            .AddQuoteExtractor(o => o with { IncludeIndirect = false, Mode = ExtractionMode.Hybrid })
            .BuildServiceProvider();

        var options = provider.GetRequiredService<QuoteExtractor>().Options;

        options.IncludeIndirect.Should().BeFalse();
        options.Mode.Should().Be(ExtractionMode.Hybrid);
    }

    [Test]
    public void AddQuoteExtractor_CalledTwice_KeepsTheFirstRegistration()
    {
        using var provider = new ServiceCollection()
            .AddQuoteExtractor(o => o with { MinimumDirectQuoteWords = 7 })
            .AddQuoteExtractor(o => o with { MinimumDirectQuoteWords = 2 })
            .BuildServiceProvider();

        provider.GetRequiredService<QuoteExtractor>().Options.MinimumDirectQuoteWords.Should().Be(7);
    }

    [Test]
    public void AddQuoteExtractor_InvalidOptions_ThrowsWhenResolvedNamingTheOption()
    {
        using var provider = new ServiceCollection().AddQuoteExtractor(o => o with { MinimumDirectQuoteWords = -1 }).BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<QuoteExtractor>();

        resolve.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("MinimumDirectQuoteWords");
    }
}
