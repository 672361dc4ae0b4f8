using FluentAssertions;
using QuoteExtract.Learning;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Learning;

/// <summary>Hybrid mode runs its English-trained models only on English text.</summary>
public sealed class TrainingLanguageTests
{
    [TestCase("The mayor said on Monday that the harbour would reopen in the summer, and the council agreed.", true)]
    [TestCase("Die Bürgermeisterin sagte am Montag, dass der Hafen im Sommer wieder öffnen wird, und der Rat stimmte zu.", false)]
    [TestCase("12 34 56 — 78", false)]
    [TestCase("Ilse Varga. Ren Aoki. Harbour Board.", false)]
    public void Matches_EnglishOnly(string text, bool expected)
    {
        TrainingLanguage.Matches(TextAnalysis.Analyze(text)).Should().Be(expected);
    }

    [Test]
    public void Matches_EveryPolnearDevDocument_AndNoGermanOne()
    {
        var polnear = Texts(SharedData.RequireFile("eval/data/polnear-dev.jsonl"));
        var german = Texts(SharedData.RequireFile("eval/data/wikinews_de-dev.jsonl"));
        polnear.Should().HaveCountGreaterThan(50);
        german.Should().HaveCountGreaterThan(50);
        polnear.Should().OnlyContain(t => TrainingLanguage.Matches(TextAnalysis.Analyze(t)));
        german.Should().NotContain(t => TrainingLanguage.Matches(TextAnalysis.Analyze(t)));
    }

    private static List<string> Texts(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)];
}
