using System.Reflection;
using FluentAssertions;
using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Lexicons;

/// <summary>
/// The per-language lexicon sets: a text's analysis carries the set of its language, the English rules' word lists,
/// cue lexicon and pronouns are members of the English set, and looking a word up by span allocates nothing.
/// </summary>
public sealed class LanguageLexiconsTests
{
    private const string GermanText = "Der Minister sagte am Montag, die Lage an der Grenze sei ruhig. Es gebe keinen Grund zur Sorge.";

    [Test]
    public void Analyze_AutoOnGermanText_CarriesTheGermanSet()
    {
        TextAnalysis.Analyze(GermanText, TextLanguage.Auto).Lexicons.Should().BeSameAs(LanguageLexicons.German);
    }

    [Test]
    public void Analyze_NoLanguage_CarriesTheEnglishSet()
    {
        TextAnalysis.Analyze(GermanText).Lexicons.Should().BeSameAs(LanguageLexicons.English);
    }

    [Test]
    public void Analyze_FixedLanguage_CarriesThatSet()
    {
        TextAnalysis.Analyze("The mayor said so.", TextLanguage.French).Lexicons.Should().BeSameAs(LanguageLexicons.French);
    }

    [Test]
    public void GermanAndFrenchSets_WordLists_AreTheEnglishOnes()
    {
        LanguageLexicons.German.Words.Should().BeSameAs(LanguageLexicons.English.Words);
        LanguageLexicons.French.CueWords.Should().BeSameAs(LanguageLexicons.English.CueWords);
    }

    [Test]
    public void EnglishWordLists_EveryList_HasEntries()
    {
        var words = LanguageLexicons.English.Words;
        var lists = typeof(WordLists).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(Lexicon)).ToList();

        lists.Should().HaveCountGreaterThan(50);
        foreach (var list in lists)
        {
            ((Lexicon)list.GetValue(words)!).Entries.Should().NotBeEmpty(list.Name + " is read from Resources/en/");
        }
    }

    [TestCase("said", true)]
    [TestCase("SAID", true)]
    [TestCase("bridge", false)]
    public void EnglishCues_Word_IsFoundBySpan(string word, bool expected)
    {
        LanguageLexicons.English.CueWords.TryGet(("«" + word + "»").AsSpan(1, word.Length), out _).Should().Be(expected);
    }

    [Test]
    public void EnglishPronouns_He_IsAMalePerson()
    {
        LanguageLexicons.English.Words.Pronouns.TryGet("he", out var he).Should().BeTrue();
        he.Gender.Should().Be('m');
        he.Kind.Should().Be(EntityKind.Person);
    }

    [Test]
    public void Lookups_BySpan_AllocateNothing()
    {
        var english = LanguageLexicons.English;
        var text = "The ambassador said on Monday that he would return".AsSpan();
        Lookup(english, text); // first calls may allocate (tiered compilation), measured calls must not
        long before = GC.GetAllocatedBytesForCurrentThread();
        int hits = 0;
        for (int round = 0; round < 100; round++)
        {
            hits += Lookup(english, text);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        hits.Should().BePositive();
    }

    private static int Lookup(LanguageLexicons lexicons, ReadOnlySpan<char> text)
    {
        int hits = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            hits += lexicons.Words.Determiners.Contains(word) ? 1 : 0;
            hits += lexicons.Words.Titles.Contains(word) ? 1 : 0;
            hits += lexicons.CueWords.TryGet(word, out _) ? 1 : 0;
            hits += lexicons.Words.Pronouns.TryGet(word, out _) ? 1 : 0;
            hits += lexicons.Words.IsRole(word) ? 1 : 0;
            hits += lexicons.Words.StartsWithParticleCueStem(word) ? 1 : 0;
        }

        return hits;
    }
}
