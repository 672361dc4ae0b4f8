using QuoteExtract.Attribution;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Entities;

/// <summary>
/// Names in a text and the parts of a name mention: runs of capitalized words that look like names, the titles
/// before a name ("Russian Ambassador to the United States Anatoly Antonov"), and roles in apposition.
/// </summary>
internal static class NameMentions
{
    /// <summary>Runs of capitalized words that look like names of people or organizations, with a title before them.</summary>
    internal static List<(TextSpan Span, int First, int Last)> ScanNames(TextAnalysis a)
    {
        var result = new List<(TextSpan, int, int)>();
        var tokens = a.Tokens;
        int i = 0;
        while (i < tokens.Length)
        {
            if (tokens[i].Kind != TokenKind.Word || !SpeakerFinder.IsCapitalized(a.TokenText(i)) || (SpeakerFinder.IsSentenceInitial(a, i) && (a.Lexicons.Words.SentenceAdverbs.Contains(a.TokenText(i)) || a.Lexicons.Words.Determiners.Contains(a.TokenText(i)) || a.Lexicons.Words.Pronouns.TryGet(a.TokenText(i), out _))))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < tokens.Length && tokens[i].Kind == TokenKind.Word && SpeakerFinder.IsCapitalized(a.TokenText(i)) && a.SentenceOfToken[i] == a.SentenceOfToken[start])
            {
                i++;
            }

            int last = i - 1;
            bool titled = a.Lexicons.Words.Titles.Contains(a.TokenText(start));
            if (last > start || titled)
            {
                result.Add((new TextSpan(tokens[start].Start, tokens[last].End), start, last));
            }
        }

        return result;
    }

    /// <summary>The titles of a name that has none: shared, so read and never changed.</summary>
    private static readonly List<string> NoTitles = [];

    /// <summary>
    /// Splits "Russian Ambassador to the United States Anatoly Antonov" into titles and name: the name is the
    /// final run of capitalized non-title words, at most two after a linking preposition (first and last name).
    /// An appositive after a comma ("Oskar Lind, the chairman") is a title.
    /// </summary>
    internal static (int First, int Last, List<string> Titles) SplitTitle(TextAnalysis a, int first, int last)
    {
        List<string>? titles = null; // made at the first title: most names in a text have none
        for (int i = first; i <= last; i++)
        {
            if (a.TokenText(i) is "," or "(")
            {
                // "A lawyer for the workers, Ilse Varga": a description first, then the name.
                int nameEnd = a.TokenText(last) is "," ? last - 1 : last;
                if (a.TokenText(i) is "," && i + 1 <= nameEnd && IsCapitalizedRun(a, i + 1, nameEnd)
                    && (a.Lexicons.Words.Determiners.Contains(a.TokenText(first)) || !SpeakerFinder.IsCapitalized(a.TokenText(i - 1))))
                {
                    (titles ??= []).Add(a.Text[a.Tokens[first].Start..a.Tokens[i - 1].End]);
                    first = i + 1;
                    last = nameEnd;
                    break;
                }

                if (i + 1 <= last)
                {
                    var appositive = a.Text[a.Tokens[i + 1].Start..a.Tokens[last].End].Trim().TrimEnd(',', ')');
                    if (appositive.Length > 0)
                    {
                        (titles ??= []).Add(appositive);
                    }
                }

                last = i - 1;
                break;
            }
        }

        while (first <= last && a.Lexicons.Words.Determiners.Contains(a.TokenText(first)))
        {
            first++;
        }

        int nameFirst = last + 1;
        bool afterPreposition = false;
        for (int i = last; i >= first; i--)
        {
            var word = a.TokenText(i);
            if (!SpeakerFinder.IsCapitalized(word) || ((a.Lexicons.Words.Titles.Contains(word) || a.Lexicons.Words.Titles.Contains(TrimPossessive(word)))
                && !EndsName(a, i, first, last)))
            {
                afterPreposition = i > first && ContainsPreposition(a, first, i);
                break;
            }

            nameFirst = i;
        }

        // A person's name is at most three words: a longer run holds a place or office first
        // ("the United States Anatoly Antonov" after "Ambassador to").
        if ((afterPreposition && last - nameFirst + 1 > 2) || last - nameFirst + 1 > 3)
        {
            nameFirst = last - (a.TokenText(last - 1).EndsWith('.') && last - 2 >= nameFirst ? 2 : 1);
        }

        if (nameFirst == first && first > 0 && a.Lexicons.Words.NameLinks.Contains(a.TokenText(first - 1)) && last - nameFirst + 1 > 2)
        {
            nameFirst = last - 1; // "… to Washington Anatoly Antonov": a place before the name
        }

        // "Russian Ambassador to the United States", "harbourmaster": a title word or a lowercase role before the name.
        if (nameFirst > first && (HasTitleWord(a, first, nameFirst - 1) || char.IsLower(a.TokenText(nameFirst - 1)[0])))
        {
            (titles ??= []).Insert(0, a.Text[a.Tokens[first].Start..a.Tokens[nameFirst - 1].End]);
        }

        return (nameFirst, last, titles ?? NoTitles);
    }

    /// <summary>
    /// Whether title word <paramref name="i"/> is a surname instead: the mention's last word, one of the title words that
    /// are also surnames, alone ("White said") or after a capitalized word that is no title ("Mayor Paul White"); not
    /// after a title word or an article ("the White House", "the House").
    /// </summary>
    private static bool EndsName(TextAnalysis a, int i, int first, int last)
    {
        var words = a.Lexicons.Words;
        if (i != last || !words.SurnameTitles.Contains(TrimPossessive(a.TokenText(i))))
        {
            return false;
        }

        if (i == 0)
        {
            return true;
        }

        var before = a.TokenText(i - 1);
        return !words.Titles.Contains(before) && !words.Determiners.Contains(before) && (i == first || SpeakerFinder.IsCapitalized(before));
    }

    internal static bool IsCapitalizedRun(TextAnalysis a, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (a.Tokens[i].Kind != TokenKind.Word || !SpeakerFinder.IsCapitalized(a.TokenText(i)))
            {
                return false;
            }
        }

        return last - first < 4;
    }

    /// <summary>
    /// A role set off by commas next to a name: "The harbour board's chairman, Oskar Lind," or "Oskar Lind, the
    /// chairman of the board,". The role must end in (or hold) a title or role word.
    /// </summary>
    internal static string? AppositiveTitle(TextAnalysis a, int first, int last)
    {
        var tokens = a.Tokens;
        if (first >= 2 && a.TokenText(first - 1) is ",")
        {
            int end = first - 2;
            int start = end;
            while (start > 0 && end - start < 6 && tokens[start - 1].Kind == TokenKind.Word && a.SentenceOfToken[start - 1] == a.SentenceOfToken[first])
            {
                start--;
            }

            if (IsRole(a, start, end))
            {
                return a.Text[tokens[start].Start..tokens[end].End];
            }
        }

        if (last + 2 < tokens.Length && a.TokenText(last + 1) is "," && a.Lexicons.Words.Determiners.Contains(a.TokenText(last + 2)))
        {
            int end = last + 2;
            while (end + 1 < tokens.Length && end - last < 10 && tokens[end + 1].Kind == TokenKind.Word)
            {
                end++;
            }

            if (end + 1 < tokens.Length && a.TokenText(end + 1) is "," or "." && IsRole(a, last + 3, end))
            {
                return a.Text[tokens[last + 3].Start..tokens[end].End];
            }
        }

        return null;
    }

    internal static bool IsRole(TextAnalysis a, int first, int last)
    {
        if (first > last)
        {
            return false;
        }

        for (int i = first; i <= last; i++)
        {
            var word = a.TokenText(i); // both lexicons ignore case
            if (a.Lexicons.Words.Titles.Contains(word) || a.Lexicons.Words.IsRole(word))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasTitleWord(TextAnalysis a, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (a.Lexicons.Words.Titles.Contains(a.TokenText(i)))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool ContainsPreposition(TextAnalysis a, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (a.Lexicons.Words.NameLinks.Contains(a.TokenText(i)))
            {
                return true;
            }
        }

        return false;
    }

    internal static ReadOnlySpan<char> TrimPossessive(ReadOnlySpan<char> word) =>
        CharClass.EndsWithPossessive(word) ? word[..^2] : word;
}
