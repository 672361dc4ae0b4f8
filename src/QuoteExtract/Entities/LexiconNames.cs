using QuoteExtract.Attribution;
using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Entities;

/// <summary>
/// Names in German and French text, read with the language's lexicons. German capitalises every noun, so a
/// capitalised word is a name word only when it is no title (also as the end of a compound: "Vereinschef"), no
/// determiner or adverb, has no common-noun ending (-ung, -heit, …) and never follows an article in the text ("der
/// Kämmerer"): "des Skistars Willy Bogner" is the title "Skistars" and the name "Willy Bogner". One instance per text.
/// </summary>
internal sealed class LexiconNames
{
    /// <summary>A person's name is at most this many words; a longer run holds a place or office first.</summary>
    private const int MaxNameWords = 3;

    private readonly TextAnalysis a;
    private readonly LanguageLexicons lexicons;
    private readonly HashSet<string> nouns;

    public LexiconNames(TextAnalysis analysis, LanguageLexicons lexicons)
    {
        a = analysis;
        this.lexicons = lexicons;
        nouns = lexicons.CapitalisesNouns ? NounsAfterArticles() : [];
    }

    /// <summary>Whether token <paramref name="t"/> can be part of a name.</summary>
    public bool IsNameWord(int t)
    {
        if (a.Tokens[t].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = a.TokenText(t);
        if (!char.IsUpper(word[0]) || lexicons.IsTitle(word) || (word.Length > 3 && word[^1] == 's' && lexicons.IsTitle(word[..^1]))
            || lexicons.Determiners.Contains(word) || lexicons.SpeakerStops.Contains(word) || lexicons.TryGetPronoun(word, out _))
        {
            return false;
        }

        if (!lexicons.CapitalisesNouns)
        {
            return true;
        }

        foreach (var suffix in lexicons.NounSuffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return !nouns.Contains(word.ToString());
    }

    /// <summary>
    /// Splits a mention into titles and name: the name is the last run of name words before any comma or bracket (at
    /// most <see cref="MaxNameWords"/>), the words before it (without articles) a title, an apposition a title too.
    /// </summary>
    public (int First, int Last, List<string> Titles)? SplitTitle(int first, int last)
    {
        var titles = new List<string>();
        for (int i = first; i <= last; i++)
        {
            int appositionEnd = a.TokenText(last) is "," ? last - 1 : last;
            if (a.TokenText(i) is "," && i + 1 <= appositionEnd && appositionEnd - i <= MaxNameWords && AllNameWords(i + 1, appositionEnd))
            {
                // "Der Innenminister Frankreichs, Nicolas Sarkozy": a description first, then the name.
                while (first < i && lexicons.Determiners.Contains(a.TokenText(first)))
                {
                    first++;
                }

                titles.Add(a.Text[a.Tokens[first].Start..a.Tokens[i - 1].End]);
                return (i + 1, appositionEnd, titles);
            }

            if (a.TokenText(i) is "," or "(")
            {
                if (i + 1 <= last && a.Text[a.Tokens[i + 1].Start..a.Tokens[last].End].Trim().TrimEnd(',', ')') is { Length: > 0 } apposition)
                {
                    titles.Add(apposition);
                }

                last = i - 1;
                break;
            }
        }

        while (first <= last && (lexicons.Determiners.Contains(a.TokenText(first)) || lexicons.SpeakerStops.Contains(a.TokenText(first))))
        {
            first++;
        }

        int nameFirst = last + 1;
        while (nameFirst - 1 >= first && IsNameWord(nameFirst - 1) && last - nameFirst + 1 < MaxNameWords)
        {
            nameFirst--;
        }

        if (nameFirst > first && nameFirst <= last)
        {
            titles.Insert(0, a.Text[a.Tokens[first].Start..a.Tokens[nameFirst - 1].End]);
        }

        return (nameFirst, last, titles);
    }

    private bool AllNameWords(int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (!IsNameWord(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A person when the name has a title or two words or more ("Ilse Varga"); otherwise not known.</summary>
    public static EntityKind KindOf(int first, int last, List<string> titles) =>
        titles.Count > 0 || last > first ? EntityKind.Person : EntityKind.Unknown;

    /// <summary>Runs of name words in a sentence: two words at least, or one after a title ("Kanzlerin Merkel").</summary>
    public List<(TextSpan Span, int First, int Last)> ScanNames()
    {
        var result = new List<(TextSpan, int, int)>();
        int i = 0;
        while (i < a.Tokens.Length)
        {
            if (!IsNameWord(i))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < a.Tokens.Length && IsNameWord(i) && a.SentenceOfToken[i] == a.SentenceOfToken[start])
            {
                i++;
            }

            bool titled = start > 0 && a.Tokens[start - 1].Kind == TokenKind.Word && lexicons.IsTitle(a.TokenText(start - 1));
            int first = titled ? start - 1 : start;
            if (i - start >= 2 || titled)
            {
                result.Add((new TextSpan(a.Tokens[first].Start, a.Tokens[i - 1].End), first, i - 1));
            }
        }

        return result;
    }

    /// <summary>
    /// "der Minister" → the nearest entity before it whose title ends in the mention's head; else an entity of its own
    /// (merged with the same description).
    /// </summary>
    public Cluster? ResolveNominal(ClusterSet clusters, Mention m)
    {
        int first = a.TokenAtOrAfter(m.Span.Start);
        int last = a.TokenAtOrAfter(m.Span.End) - 1;
        var head = a.TokenText(last).ToString();
        var titled = clusters.NearestBefore(m.Span.Start, c => c.Kind == EntityKind.Person
            && c.Titles.Exists(t => t.EndsWith(head, StringComparison.OrdinalIgnoreCase) || head.EndsWith(t.Split(' ')[^1], StringComparison.OrdinalIgnoreCase)));
        if (titled is not null && lexicons.IsTitle(head))
        {
            return titled;
        }

        while (first < last && lexicons.Determiners.Contains(a.TokenText(first)))
        {
            first++;
        }

        string key = a.Text[a.Tokens[first].Start..a.Tokens[last].End];
        if (clusters.FirstWithKey(key) is { } existing)
        {
            return existing;
        }

        return clusters.Add(new Cluster { Name = a.Text[m.Span.Start..m.Span.End], Key = key, Kind = m.Kind });
    }

    /// <summary>Capitalised words that follow an article or a lowercase inflected adjective somewhere in the text: common nouns.</summary>
    private HashSet<string> NounsAfterArticles()
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        for (int t = 1; t < a.Tokens.Length; t++)
        {
            var word = a.TokenText(t);
            if (a.Tokens[t].Kind != TokenKind.Word || !char.IsUpper(word[0]) || a.Tokens[t - 1].Kind != TokenKind.Word)
            {
                continue;
            }

            var before = a.TokenText(t - 1);
            bool adjective = before.Length > 4 && (before.EndsWith("en", StringComparison.Ordinal) || before.EndsWith("er", StringComparison.Ordinal) || before.EndsWith("es", StringComparison.Ordinal))
                && !lexicons.SpeakerStops.Contains(before) && !lexicons.Conjunctions.Contains(before) && !lexicons.TryGetCue(before, out _);
            if (char.IsLower(before[0]) && (lexicons.Determiners.Contains(before) || adjective))
            {
                result.Add(word.ToString());
            }
        }

        return result;
    }
}
