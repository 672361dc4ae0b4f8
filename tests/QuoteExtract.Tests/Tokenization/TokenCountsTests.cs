using CsCheck;
using FluentAssertions;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Tokenization;

/// <summary>The per-text tables of <see cref="TokenCounts"/> must count what reading the tokens one by one counts.</summary>
public sealed class TokenCountsTests
{
    private static readonly Gen<string> Text = Gen.OneOf<string>(
        "“", "”", "\"", "‘", "’", "«", "»", ",", ",", "?", ".", " ", " ", "said", "Varga", "the", "\n\n", "it's", "?!").Array[0, 500].Select(string.Concat);

    [Test]
    public void Of_ARunEndingAtTheLastToken_OfATextOfWholeBlocks_CountsItAll()
    {
        var analysis = TextAnalysis.Analyze(string.Concat(Enumerable.Repeat("“a, b?” ", 32))); // 6 tokens a piece
        analysis.Tokens.Should().HaveCount(192, "three whole blocks of 64");

        analysis.Counts.Of(0, 191).Should().Be((128, 64, 32, true));
        analysis.Counts.Of(0, 191).Should().Be(Read(analysis, 0, 191));
        analysis.Counts.Of(65, 191).Should().Be(Read(analysis, 65, 191));
        analysis.Counts.Of(64, 127).Should().Be(Read(analysis, 64, 127));
    }

    [Test]
    public void Of_AnyRun_EqualsReadingTheTokens()
    {
        Gen.Select(Text, Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((text, a, b) =>
        {
            var analysis = TextAnalysis.Analyze(text);
            int n = analysis.Tokens.Length;
            if (n == 0)
            {
                return;
            }

            int first = Math.Min(a, b) % n, last = first + (Math.Max(a, b) % (n - first));
            analysis.Counts.Of(first, last).Should().Be(Read(analysis, first, last));
        }, iter: 2000);
    }

    /// <summary>The counts by reading the tokens one by one, as hybrid mode's features read a short content.</summary>
    private static (int Quoted, int Marks, int Commas, bool Question) Read(TextAnalysis analysis, int first, int last)
    {
        int quoted = 0, marks = 0, commas = 0;
        bool inside = false, question = false;
        for (int t = first; t <= last; t++)
        {
            if (analysis.Tokens[t].Kind == TokenKind.QuoteMark)
            {
                marks++;
                inside = !inside;
            }
            else if (inside)
            {
                quoted++;
            }

            var s = analysis.TokenText(t);
            commas += s is "," ? 1 : 0;
            question |= s is "?";
        }

        return (quoted, marks, commas, question);
    }
}
