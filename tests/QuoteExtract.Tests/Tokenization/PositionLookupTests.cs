using FluentAssertions;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Tokenization;

/// <summary>
/// The position look-ups of <see cref="TextAnalysis"/> (a table of the first token of every 16 characters; counts read
/// or taken from tables by span length) against plain scans, for positions asked in any order, past both ends too.
/// </summary>
public sealed class PositionLookupTests
{
    private const string Text = "“We will rebuild,” Mayor Ilse Varga said on Tuesday.   The harbour board's chairman, Oskar Lind, "
        + "said the work would cost 4.5 million euros.\n\nCritics said: “Too late.” — Per Lindqvist";

    private static IEnumerable<int> Positions(int seed, int length)
    {
        var random = new Random(seed);
        for (int i = 0; i < 2000; i++)
        {
            // Near the last position most of the time (as the stages ask), anywhere otherwise, past both ends too.
            yield return random.Next(4) == 0 ? random.Next(-2, length + 3) : Math.Clamp((i * 7 % length) + random.Next(-5, 6), -2, length + 2);
        }
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void TokenAtOrAfter_PositionsInAnyOrder_EqualsAScanFromTheStart(int seed)
    {
        var text = string.Concat(Enumerable.Repeat(Text + " ", 40));
        var analysis = TextAnalysis.Analyze(text);

        foreach (int position in Positions(seed, text.Length))
        {
            int expected = 0;
            while (expected < analysis.Tokens.Length && analysis.Tokens[expected].End <= position)
            {
                expected++;
            }

            analysis.TokenAtOrAfter(position).Should().Be(expected, "position {0}", position);
        }
    }

    [TestCase(1)]
    [TestCase(2)]
    public void CountWordsAndHoldsQuoteMark_AnySpan_EqualAScanOfItsTokens(int seed)
    {
        var text = string.Concat(Enumerable.Repeat(Text + " ", 40));
        var analysis = TextAnalysis.Analyze(text);
        var random = new Random(seed);
        for (int i = 0; i < 2000; i++)
        {
            int start = random.Next(0, text.Length);
            var span = new TextSpan(start, Math.Min(text.Length, start + random.Next(0, i % 3 == 0 ? 2000 : 120)));
            var tokens = analysis.Tokens.Where(t => t.End > span.Start && t.Start < span.End).ToList();

            analysis.CountWords(span).Should().Be(tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Url or TokenKind.Email));
            analysis.HoldsQuoteMark(span).Should().Be(tokens.Exists(t => t.Kind == TokenKind.QuoteMark));
        }
    }
}
