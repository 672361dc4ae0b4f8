using CsCheck;
using FluentAssertions;
using QuoteExtract.Neural;

namespace QuoteExtract.Tests;

/// <summary>
/// Property-based tests (CsCheck) of the library in every mode, over generated news-like text, with quotation marks
/// of every style, unpaired marks, lone surrogates, emoji and control characters: extraction never throws, every span
/// is a valid range whose text is the reported text, results are deterministic and the same when run in parallel.
/// </summary>
public sealed class ExtractorPropertyTests
{
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOf<string>("“", "”", "\"", "'", "‘", "’", "«", "»", "„", ",", ".", ":", " — ", "\n\n", "\n", " ", " said", " told reporters",
            " according to", " he", " She", " the minister", " Mayor Ilse Varga", " that", " We will rebuild", " the pier",
            "\ud800", "\udc00", "👍🏽", "\u0000", "\t", "Mr.", " U.S.", "(", ")", " 42", "…"),
        Gen.String[0, 6]);

    private static readonly Gen<string> Text = Piece.Array[0, 60].Select(string.Concat);

    private static readonly QuoteExtractor[] Extractors =
    [
        new(),
        new(QuoteExtractorOptions.Default with { Mode = ExtractionMode.Hybrid }),
        NeuralExtractor.Create(),
    ];

    [TestCase(0, 400)]
    [TestCase(1, 400)]
    [TestCase(2, 60)]
    public void Extract_AnyText_ReportsValidSpansOfItsOwnText(int mode, int iterations)
    {
        var extractor = Extractors[mode];
        Text.Sample(
            text =>
            {
                var result = extractor.Extract(text);
                foreach (var quote in result.Quotes)
                {
                    Valid(text, quote.Span).Should().BeTrue();
                    quote.Text.Should().Be(text[quote.Span.Start..quote.Span.End]);
                    quote.Parts.Should().NotBeEmpty().And.OnlyContain(p => Valid(text, p) && p.Start >= quote.Span.Start && p.End <= quote.Span.End);
                    if (quote.Speaker is { } speaker)
                    {
                        Valid(text, speaker.Span).Should().BeTrue();
                        speaker.Text.Should().Be(text[speaker.Span.Start..speaker.Span.End]);
                    }

                    if (quote.Cue is { } cue)
                    {
                        cue.Text.Should().Be(text[cue.Span.Start..cue.Span.End]);
                    }

                    quote.Confidence.Should().BeInRange(0, 1);
                    if (quote.EntityId is { } id)
                    {
                        result.Entities.Should().Contain(e => e.Id == id);
                    }
                }
            },
            iter: iterations);
    }

    [TestCase(0, 200)]
    [TestCase(1, 200)]
    [TestCase(2, 30)]
    public void Extract_SameText_SameResult_InSequenceAndInParallel(int mode, int iterations)
    {
        var extractor = Extractors[mode];
        Text.Array[4].Sample(
            texts =>
            {
                var first = texts.Select(extractor.Extract).ToArray();
                var parallel = new ExtractionResult[texts.Length];
                Parallel.For(0, texts.Length, i => parallel[i] = extractor.Extract(texts[i]));
                for (int i = 0; i < texts.Length; i++)
                {
                    Same(first[i], extractor.Extract(texts[i])).Should().BeTrue("extraction is deterministic");
                    Same(first[i], parallel[i]).Should().BeTrue("extraction in parallel gives the same result");
                }
            },
            iter: iterations);
    }

    private static bool Valid(string text, TextSpan span) => span.Start >= 0 && span.Start <= span.End && span.End <= text.Length;

    private static bool Same(ExtractionResult a, ExtractionResult b) =>
        a.Quotes.Count == b.Quotes.Count
        && a.Quotes.Zip(b.Quotes).All(p => p.First.Span == p.Second.Span && p.First.Parts.SequenceEqual(p.Second.Parts)
            && p.First.Speaker == p.Second.Speaker && p.First.Cue == p.Second.Cue && p.First.Confidence == p.Second.Confidence && p.First.Type == p.Second.Type)
        && a.Entities.Count == b.Entities.Count;
}
