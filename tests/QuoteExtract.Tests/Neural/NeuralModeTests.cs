using FluentAssertions;
using QuoteExtract.Neural;

namespace QuoteExtract.Tests.Neural;

/// <summary>Neural mode on the shipped model: the public entry point, invariants on odd input, and thread safety.</summary>
public sealed class NeuralModeTests
{
    private static readonly QuoteExtractor Extractor = NeuralExtractor.Create();

    [Test]
    public void Create_SetsNeuralMode_AndKeepsTheOtherOptions()
    {
        var extractor = NeuralExtractor.Create(QuoteExtractorOptions.Default with { IncludeIndirect = false, Mode = ExtractionMode.Rules });

        extractor.Options.Mode.Should().Be(ExtractionMode.Neural);
        extractor.Options.IncludeIndirect.Should().BeFalse();
    }

    [Test]
    public void Constructor_NeuralModeWithoutThePackage_SaysHowToBuildIt()
    {
        var build = () => new QuoteExtractor(QuoteExtractorOptions.Default with { Mode = ExtractionMode.Neural });

        build.Should().Throw<InvalidOperationException>().WithMessage("*NeuralExtractor.Create*");
    }

    [Test]
    public void Extract_ASimpleDirectQuote_FindsContentCueAndSpeaker()
    {
        const string text = "The storm closed the harbour for a week.\n\n“We will rebuild the pier before the summer season begins,” Mayor Ilse Varga told reporters on Monday.";

        var quote = Extractor.Extract(text).Quotes.Should().ContainSingle().Subject;

        quote.Text.Should().StartWith("“We will rebuild");
        quote.Type.Should().Be(QuoteType.Direct);
        quote.Speaker!.Text.Should().Be("Mayor Ilse Varga");
        quote.Cue!.Text.Should().Be("told");
        quote.Confidence.Should().BeInRange(0.5, 1.0);
    }

    [Test]
    public void Extract_IndirectOnlyOff_ReportsOnlyDirectQuotes()
    {
        const string text = "The council said the budget would grow. “We have no choice,” the treasurer said.";
        var extractor = NeuralExtractor.Create(QuoteExtractorOptions.Default with { IncludeIndirect = false });

        extractor.Extract(text).Quotes.Should().OnlyContain(q => q.Type == QuoteType.Direct);
    }

    [TestCase("")]
    [TestCase("   \n\n  ")]
    [TestCase("\"")]
    [TestCase("“”")]
    [TestCase("said said said said")]
    [TestCase("\ud800 he said \udc00 “broken \ud83d”")]
    [TestCase("👍🏽 “Emoji are fine 👍🏽,” she said. 👍🏽")]
    public void Extract_OddText_GivesSpansThatAreSubstrings(string text)
    {
        var result = Extractor.Extract(text);

        foreach (var quote in result.Quotes)
        {
            quote.Text.Should().Be(text[quote.Span.Start..quote.Span.End]);
            quote.Parts.Should().OnlyContain(p => p.Start >= quote.Span.Start && p.End <= quote.Span.End);
            if (quote.Speaker is { } speaker)
            {
                speaker.Text.Should().Be(text[speaker.Span.Start..speaker.Span.End]);
            }

            quote.Confidence.Should().BeInRange(0, 1);
        }
    }

    [Test]
    public void Extract_ALongDocument_ReadsPastTheEncodersWindowAndTheHeadsChunk()
    {
        // Far more word pieces than one encoder window (254) and tokens than one head chunk (2,048): the last
        // paragraph's quote must still be found, so every window and chunk is read.
        var filler = string.Concat(Enumerable.Repeat("The committee met again on Tuesday to review the harbour accounts in detail. ", 400));
        var text = filler + "\n\n“The accounts are in order and the pier will reopen,” the treasurer said.";

        var quotes = Extractor.Extract(text).Quotes;

        quotes.Should().Contain(q => q.Text.StartsWith("“The accounts are in order", StringComparison.Ordinal) && q.Speaker != null && q.Speaker.Text == "the treasurer");
    }

    [Test]
    public void Extract_InParallel_GivesTheSameResultAsInSequence()
    {
        var texts = Enumerable.Range(0, 8).Select(i =>
            $"Story {i}. “We need {i + 2} more ferries before winter,” harbour master Lena Ortiz said.\n\nOfficials said the plan would cost {i + 1} million.").ToArray();
        var sequential = texts.Select(t => Extractor.Extract(t)).ToArray();

        var parallel = new ExtractionResult[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Extractor.Extract(texts[i]));

        for (int i = 0; i < texts.Length; i++)
        {
            parallel[i].Quotes.Should().Equal(sequential[i].Quotes, (a, b) => a.Span == b.Span && a.Speaker == b.Speaker && a.Confidence == b.Confidence);
        }
    }
}
