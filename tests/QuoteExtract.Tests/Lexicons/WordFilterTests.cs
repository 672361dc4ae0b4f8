using CsCheck;
using FluentAssertions;
using QuoteExtract.Lexicons;

namespace QuoteExtract.Tests.Lexicons;

/// <summary>
/// The filter in front of the word lists may only turn a word away when no entry equals it: a list looked up through
/// it answers as a plain set with the same comparer would. And it does turn most other words away.
/// </summary>
public sealed class WordFilterTests
{
    // Letters of both cases, digits, punctuation, and characters outside ASCII with case forms (é/É, ß, the Kelvin
    // sign, dotless i), where ordinal case folding is easy to get wrong.
    private static readonly Gen<string> Word = Gen.Char["aAbBeEiIkKsSzZ09.'-éÉßıİ\u212A’"].Array[0, 7].Select(chars => new string(chars));

    [Test]
    public void Lexicon_AnyEntriesAndWords_AnswersAsAPlainSet()
    {
        Gen.Select(Word.Array[0, 12], Word.Array[1, 20], Gen.Bool).Sample((entries, words, ignoreCase) =>
        {
            var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            var lexicon = new Lexicon(entries, ignoreCase);
            var oracle = new HashSet<string>(entries, comparer);

            // Each entry, each word, and their case variants (upper, lower, first letter flipped).
            foreach (var w in entries.Concat(words).SelectMany(Variants))
            {
                lexicon.Contains(w).Should().Be(oracle.Contains(w), $"'{w}' in [{string.Join(", ", entries)}], ignoring case: {ignoreCase}");
            }
        });
    }

    [Test]
    public void MayContain_EveryEntry_IsTrue()
    {
        Gen.Select(Word.Array[1, 12], Gen.Bool).Sample((entries, ignoreCase) =>
        {
            var filter = new WordFilter(entries, ignoreCase);
            entries.Should().OnlyContain(e => filter.MayContain(e));
        });
    }

    [TestCase("said", "says", false)]   // same length and first letter, another last letter
    [TestCase("said", "sad", false)]    // another length
    [TestCase("said", "Said", false)]   // case matters for a case-sensitive list
    [TestCase("said", "slid", false)]   // same length, first and last letters, another second letter
    [TestCase("said", "sand", true)]    // same length, first, second and last letters: passed on to the set
    public void MayContain_CaseSensitiveList_TurnsAwayByLengthAndLetters(string entry, string word, bool expected)
    {
        new WordFilter([entry], ignoreCase: false).MayContain(word).Should().Be(expected);
    }

    [Test]
    public void MayContain_CaseIgnored_PassesEveryAsciiCaseForm()
    {
        var filter = new WordFilter(["Said"], ignoreCase: true);

        new[] { "said", "SAID", "sAiD" }.Should().OnlyContain(w => filter.MayContain(w));
        filter.MayContain("sail").Should().BeFalse();
    }

    [Test]
    public void TitlesFilter_OrdinaryProse_TurnsMostWordsAway()
    {
        // The point of the filter: on prose, most lookups end at the table. The words of an invented sentence, none of
        // them a title, against the English titles (a list of over a hundred entries).
        var titles = LanguageLexicons.English.Words.Titles;
        var filter = new WordFilter(titles.Entries, ignoreCase: true);
        string[] prose = ["the", "harbour", "board", "voted", "on", "Tuesday", "to", "extend", "its", "night", "ferry", "timetable", "after", "complaints", "from", "commuters"];

        prose.Should().OnlyContain(w => !titles.Contains(w));
        prose.Count(w => filter.MayContain(w)).Should().BeLessThan(prose.Length / 3);
    }

    private static IEnumerable<string> Variants(string w)
    {
        yield return w;
        yield return w.ToUpperInvariant();
        yield return w.ToLowerInvariant();
        if (w.Length > 0)
        {
            char first = w[0];
            char flipped = char.IsUpper(first) ? char.ToLowerInvariant(first) : char.ToUpperInvariant(first);
            yield return flipped + w[1..];
        }
    }
}
