using FluentAssertions;
using QuoteExtract.Learning;

namespace QuoteExtract.Tests.Learning;

/// <summary>The learned cue lexicon: smoothed rates, case-insensitive lookup, the proposal threshold.</summary>
public sealed class CueRatesTests
{
    private static readonly CueRates Rates = new(
        [KeyValuePair.Create("shows", (Cues: 18, Total: 22)), KeyValuePair.Create("plan", (Cues: 3, Total: 98))],
        proposeAt: 0.2);

    [Test]
    public void Rate_IsCuesOverOccurrencesPlusSmoothing()
    {
        Rates.Rate("shows").Should().BeApproximately(18 / 24.0, 1e-12);
        Rates.Rate("plan").Should().BeApproximately(3 / 100.0, 1e-12);
    }

    [Test]
    public void Rate_IgnoresCase_AndIsZeroForUnknownWords()
    {
        Rates.Rate("Shows").Should().Be(Rates.Rate("shows"));
        Rates.Rate("harbour").Should().Be(0);
        Rates.Rate("").Should().Be(0);
    }

    [Test]
    public void Proposes_OnlyAtOrAboveTheThreshold()
    {
        Rates.Proposes("shows", out double shows).Should().BeTrue();
        shows.Should().BeGreaterThan(0.2);
        Rates.Proposes("plan", out _).Should().BeFalse();
        Rates.Proposes("harbour", out _).Should().BeFalse();
        new CueRates([], proposeAt: 0).Proposes("anything", out _).Should().BeFalse("a word the table does not hold never proposes");
    }

    [Test]
    public void ShortObjectRate_IsShortObjectsOverCuesPlusSmoothing_AndUnknownIsMinusOne()
    {
        var rates = new CueRates(
            [KeyValuePair.Create("endorsed", (Cues: 40, Total: 60)), KeyValuePair.Create("said", (Cues: 500, Total: 520))],
            proposeAt: 0.1,
            [KeyValuePair.Create("endorsed", 28)]);
        rates.ShortObjectRate("endorsed").Should().BeApproximately(28 / 42.0, 1e-12);
        rates.ShortObjectRate("Endorsed").Should().Be(rates.ShortObjectRate("endorsed"));
        rates.ShortObjectRate("said").Should().Be(0, "a word with no short-object count had none");
        rates.ShortObjectRate("harbour").Should().Be(-1, "the table does not hold the word");
        Rates.ShortObjectRate("shows").Should().Be(0, "a table built without short-object counts knows none");
    }

    [Test]
    public void GapRate_IsGapsOverCuesPlusSmoothing_AndUnknownIsMinusOne()
    {
        var rates = new CueRates(
            [KeyValuePair.Create("urged", (Cues: 30, Total: 40)), KeyValuePair.Create("said", (Cues: 500, Total: 520))],
            proposeAt: 0.1,
            [KeyValuePair.Create("urged", 2)],
            [KeyValuePair.Create("urged", 24), KeyValuePair.Create("said", 10)]);
        rates.GapRate("urged").Should().BeApproximately(24 / 32.0, 1e-12);
        rates.GapRate("Said").Should().BeApproximately(10 / 502.0, 1e-12);
        rates.GapRate("harbour").Should().Be(-1, "the table does not hold the word");
        rates.ShortObjectRate("urged").Should().BeApproximately(2 / 32.0, 1e-12, "the two shares are kept apart");
        Rates.GapRate("shows").Should().Be(0, "a table built without gap counts knows none");
    }

    [Test]
    public void EmbeddedModel_CarriesALearnedLexicon()
    {
        var rates = ScorerResource.Default!.CueRates;
        rates.Should().NotBeNull("the shipped model was trained with learned cue proposals");
        rates!.Counts.Should().NotBeEmpty();
        rates.Counts.Values.Should().OnlyContain(c => c.Cues >= 2 && c.Cues <= c.Total);
    }
}
