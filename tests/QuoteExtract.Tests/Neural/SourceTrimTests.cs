using FluentAssertions;
using QuoteExtract.Neural;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Neural;

/// <summary>Tagged source spans trimmed to the speaker mention PolNeAR marks.</summary>
public sealed class SourceTrimTests
{
    [TestCase("federal prosecutors in April", "federal prosecutors")]
    [TestCase("The Security Council on Friday", "The Security Council")]
    [TestCase("an arbitration panel in 2001", "an arbitration panel")]
    [TestCase("Sanders this week", "Sanders")]
    [TestCase("the Budget Office, and", "the Budget Office")]
    [TestCase("Mayor Anna Varga, speaking to reporters in Pécs,", "Mayor Anna Varga")]
    [TestCase("Candidate Hillary Clinton, like Obama,", "Candidate Hillary Clinton")]
    [TestCase("that Mayor Bill de Blasio", "Mayor Bill de Blasio")]
    public void Trim_SpanThatRunsOn_EndsWithTheMention(string source, string expected)
    {
        Trimmed(source).Should().Be(expected);
    }

    [TestCase("Caddell,")]
    [TestCase("Mr. Kamin, who")]
    [TestCase("Brian Fallon, the campaign’s press secretary,")]
    [TestCase("the Council on Foreign Relations")]
    [TestCase("Friday")]
    [TestCase("In These Times")]
    [TestCase("a city poll released last week")]
    public void Trim_MentionAsPolNearMarksIt_StaysWhole(string source)
    {
        Trimmed(source).Should().Be(source);
    }

    private static string Trimmed(string source)
    {
        string text = source + " said the plan would fail.";
        var analysis = TextAnalysis.Analyze(text);
        int last = analysis.TokenAtOrAfter(source.Length) - 1;
        var (first, end) = SourceTrim.Trim(analysis, 0, last);
        return text[analysis.Tokens[first].Start..analysis.Tokens[end].End];
    }
}
