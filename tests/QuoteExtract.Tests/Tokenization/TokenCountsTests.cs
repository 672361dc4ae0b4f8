using CsCheck;
using FluentAssertions;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Tokenization;

/// <summary>The per-text tables of <see cref="TokenCounts"/> must count what reading the tokens one by one counts.</summary>
public sealed class TokenCountsTests
{
    private static readonly Gen<string> Text = Gen.OneOf<string>(
        "“", "”", "\"", "‘", "’", "«", "»", ",", ",", "?", ".", " ", " ", "said", "Varga", "the", "\n\n", "it's", "?!").Array[0, 120].Select(string.Concat);

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

            analysis.Counts.Of(first, last).Should().Be((quoted, marks, commas, question));
        }, iter: 2000);
    }
}
