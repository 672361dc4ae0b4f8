using CsCheck;
using FluentAssertions;
using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Api;

/// <summary>
/// The <see cref="QuoteExtractorOptions.Language"/> option: auto-detection by function words, a fixed language,
/// and the quote convention each language brings (French » continues a quotation; in German it opens one).
/// </summary>
public sealed class LanguageOptionTests
{
    private const string GermanText = "Der Minister sagte am Montag, die Lage an der Grenze sei ruhig. Es gebe keinen Grund zur Sorge.";
    private const string EnglishText = "\"We will rebuild the bridge by winter,\" Mayor Ilse Varga said on Monday. She said the council had the money.";
    private const string FrenchText = "« Les travaux commencent lundi.\n\n» Les habitants seront informés chaque semaine. »";

    [Test]
    public void Options_Default_LanguageIsAuto()
    {
        QuoteExtractorOptions.Default.Language.Should().Be(TextLanguage.Auto);
    }

    [Test]
    public void Options_UndefinedLanguage_Throws()
    {
        var act = () => QuoteExtractorOptions.Default with { Language = (TextLanguage)42 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Language");
    }

    [TestCase(EnglishText, TextLanguage.English)]
    [TestCase(GermanText, TextLanguage.German)]
    [TestCase("Le maire a déclaré que les écoles de la ville resteront fermées pour une semaine.", TextLanguage.French)]
    [TestCase("12 34 56 — 78", TextLanguage.English)]
    [TestCase("Ilse Varga. Ren Aoki. Harbour Board.", TextLanguage.English)]
    public void Detect_FunctionWords_TellTheLanguage(string text, TextLanguage expected)
    {
        LanguageDetector.Detect(TextAnalysis.Analyze(text)).Should().Be(expected);
    }

    [Test]
    public void Detect_LongText_JudgedOnItsOpeningWords()
    {
        // English opening words, then a German body twice as long: the language is the opening's, whatever follows.
        string english = string.Join(" ", Enumerable.Repeat("The mayor said that the schools of the city would stay closed for a week.", 40));
        string german = string.Join(" ", Enumerable.Repeat("Der Bürgermeister sagte, dass die Schulen der Stadt eine Woche lang geschlossen bleiben.", 80));
        var analysis = TextAnalysis.Analyze(english + " " + german);

        analysis.FunctionWordCounts.Words.Should().Be(LanguageDetector.SampleWords);
        LanguageDetector.Detect(analysis).Should().Be(TextLanguage.English);
        LanguageDetector.Detect(TextAnalysis.Analyze(german + " " + english)).Should().Be(TextLanguage.German);
    }

    [Test]
    public void Detect_StoppingOnceDecided_AgreesWithTheFullCounts()
    {
        // Texts of function words of all three languages and other words, in any mix and length: the detector stops
        // counting once the words left cannot change its answer, and answers as the full counts of the sample do.
        string[] words = ["the", "of", "and", "said", "der", "die", "und", "nicht", "le", "les", "et", "pas", "in", "Varga", "harbour", "Hafen", "port", "."];
        Gen.Int[0, words.Length - 1].Array[1, 900].Sample(picks =>
        {
            string text = string.Join(" ", picks.Select(i => words[i]));
            var counted = TextAnalysis.Analyze(text);
            _ = counted.FunctionWordCounts; // the full counts, which Detect then reads

            LanguageDetector.Detect(TextAnalysis.Analyze(text)).Should().Be(LanguageDetector.Detect(counted), text);
        });
    }

    [TestCase(GermanText, TextLanguage.German)]
    [TestCase(EnglishText, TextLanguage.English)]
    [TestCase(FrenchText, TextLanguage.French)]
    public void Extract_Auto_SameAsTheDetectedLanguage(string text, TextLanguage language)
    {
        var auto = new QuoteExtractor().Extract(text);
        var fixedLanguage = new QuoteExtractor(QuoteExtractorOptions.Default with { Language = language }).Extract(text);

        auto.Quotes.Should().NotBeEmpty();
        auto.Quotes.Select(Shape).Should().Equal(fixedLanguage.Quotes.Select(Shape));
    }

    [Test]
    public void Extract_GermanAsGerman_ReportsTheReportAndItsSubjunctiveContinuation()
    {
        var german = new QuoteExtractor(QuoteExtractorOptions.Default with { Language = TextLanguage.German }).Extract(GermanText);

        german.Quotes.Select(q => (q.Text, q.Speaker?.Text)).Should().Equal(
            ("die Lage an der Grenze sei ruhig", "Der Minister"),
            ("Es gebe keinen Grund zur Sorge", "Der Minister"));
    }

    [Test]
    public void Extract_GermanAsEnglish_MissesTheGermanCue()
    {
        var english = new QuoteExtractor(QuoteExtractorOptions.Default with { Language = TextLanguage.English }).Extract(GermanText);

        english.Quotes.Should().NotContain(q => q.Cue != null && q.Cue.Text == "sagte");
    }

    [Test]
    public void Extract_ReopeningGuillemet_ContinuesInFrenchButNotInGerman()
    {
        var french = new QuoteExtractor(QuoteExtractorOptions.Default with { Language = TextLanguage.French }).Extract(FrenchText);
        var german = new QuoteExtractor(QuoteExtractorOptions.Default with { Language = TextLanguage.German }).Extract(FrenchText);

        french.Quotes.Should().ContainSingle().Which.Span.Should().Be(new TextSpan(0, FrenchText.Length));
        german.Quotes.Should().NotContain(q => q.Span.Start == 0);
    }

    [TestCase(ExtractionMode.Hybrid)]
    public void Extract_GermanInHybridMode_SameAsRules(ExtractionMode mode)
    {
        var rules = new QuoteExtractor().Extract(GermanText);
        var other = new QuoteExtractor(QuoteExtractorOptions.Default with { Mode = mode }).Extract(GermanText);

        rules.Quotes.Should().NotBeEmpty();
        other.Quotes.Select(Shape).Should().Equal(rules.Quotes.Select(Shape));
    }

    private static string Shape(Quote q) =>
        $"{q.Type} {q.Span} [{string.Join(' ', q.Parts)}] speaker {q.Speaker?.Span} cue {q.Cue?.Span} entity {q.EntityId}";
}
