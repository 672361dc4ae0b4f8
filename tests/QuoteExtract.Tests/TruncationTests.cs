using FluentAssertions;

namespace QuoteExtract.Tests;

/// <summary>
/// Every suffix and prefix of a text cut at a token boundary is still valid input: a text may start with
/// ", Justin Bamberg, said …" or end in the middle of a quote. Rules that look one token left or right of a
/// position must stay inside the text.
/// </summary>
public sealed class TruncationTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static IEnumerable<string> Texts()
    {
        yield return File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "samples", "articles", "harbour-strike.txt"));
        yield return ", Justin Orr, said the videos show the driver calmly leaving his car. Orr also said the videos, which he said were clear, were \"a matter of the greater good\" and called on people to protest peacefully.";
        yield return "“It’s over,” said Ana Lind, the mayor, adding later, “We start again.” — Harbour Commissioner Ruth Ebbe\nVARGA: Not before spring.";
    }

    [Test]
    public void Extract_EverySuffixAndPrefixAtTokenBoundaries_StaysInBounds()
    {
        foreach (var text in Texts())
        {
            for (int cut = 0; cut < text.Length; cut++)
            {
                if (cut > 0 && !(char.IsWhiteSpace(text[cut - 1]) || char.IsPunctuation(text[cut - 1]) || char.IsPunctuation(text[cut])))
                {
                    continue;
                }

                foreach (var piece in new[] { text[cut..], text[..cut] })
                {
                    ExtractionResult result = null!;
                    var act = () => result = Extractor.Extract(piece);
                    act.Should().NotThrow($"input: {piece[..Math.Min(60, piece.Length)]}");
                    foreach (var quote in result.Quotes)
                    {
                        quote.Span.End.Should().BeLessThanOrEqualTo(piece.Length);
                        quote.Text.Should().Be(piece[quote.Span.Start..quote.Span.End]);
                    }
                }
            }
        }
    }
}
