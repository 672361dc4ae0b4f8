using System.Collections.Frozen;
using QuoteExtract.Attribution;
using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Entities;

/// <summary>
/// Resolves speaker mentions to entities across a text: name variants (Anatoly Antonov / Antonov / Mr.
/// Antonov / Ambassador Antonov) share a surname; pronouns go to the nearest compatible person before them;
/// nominals ("the diplomat") go to the entity whose title matches their role; organizations cluster by name.
/// Each entity has a canonical name (its fullest name form), titles, kind and mentions.
/// </summary>
internal static class EntityResolver
{
    /// <summary>Up to this many spans, containment is checked pairwise (fastest for a news article); past it, through a <see cref="SpanIndex"/>.</summary>
    private const int SmallCount = 32;

    private static readonly FrozenDictionary<string, string[]> Roles = LoadRoles();
    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> RoleLookup = Roles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static (IReadOnlyList<Entity> Entities, int?[] EntityOfCandidate) Resolve(TextAnalysis a, List<QuoteCandidate> candidates, LanguageLexicons lexicons)
    {
        var clusters = new ClusterSet(a);
        var nameMentions = ScanNames(a);
        var quotations = candidates.Where(c => c.Type == QuoteType.Direct).SelectMany(c => c.Parts).ToList();
        var quoted = quotations.Count > SmallCount ? new SpanIndex(quotations.Count, i => quotations[i]) : null;

        // Names in the text (speakers or not), so pronouns and short forms find their full name; names said
        // inside a quotation are what the speaker talks about, not who speaks.
        foreach (var (span, first, last) in nameMentions)
        {
            if (quoted is null ? quotations.Exists(q => q.Contains(span)) : Contained(quoted, span))
            {
                continue;
            }

            if (AddName(a, clusters, span, first, last, speaks: false) is { } named && AppositiveTitle(a, first, last) is { } title)
            {
                clusters.AddTitles(named, [title]); // "The harbour board's chairman, Oskar Lind," / "Oskar Lind, the chairman,"
            }
        }

        var result = new int?[candidates.Count];
        var clusterOf = new Cluster?[candidates.Count];
        var order = Enumerable.Range(0, candidates.Count).Where(i => candidates[i].Speaker is not null).OrderBy(i => candidates[i].Speaker!.Value.Span.Start).ToList();

        // Names and organizations first, then nominals and pronouns, which refer to them.
        foreach (int i in order)
        {
            var m = candidates[i].Speaker!.Value;
            if (m.Form == MentionForm.Name)
            {
                int first = a.TokenAtOrAfter(m.Span.Start);
                int last = a.TokenAtOrAfter(m.Span.End) - 1;
                clusterOf[i] = AddName(a, clusters, m.Span, first, last, speaks: true);
            }
        }

        foreach (int i in order)
        {
            if (clusterOf[i] is not null)
            {
                continue;
            }

            var m = candidates[i].Speaker!.Value;
            clusterOf[i] = m.Form switch
            {
                MentionForm.Relative when Antecedent(a, m) is { } antecedent => antecedent.Form == MentionForm.Name
                    ? AddName(a, clusters, antecedent.Span, a.TokenAtOrAfter(antecedent.Span.Start), a.TokenAtOrAfter(antecedent.Span.End) - 1, speaks: true)
                    : ResolveNominal(a, clusters, antecedent),
                MentionForm.Pronoun or MentionForm.Relative => ResolvePronoun(a, clusters, m),
                _ => ResolveNominal(a, clusters, m),
            };

            if (clusterOf[i] is { } c)
            {
                c.Speaks = true;
                clusters.AddMention(c, m.Span);
            }
        }

        var entities = new List<Entity>();
        var ids = new Dictionary<Cluster, int>();
        for (int i = 0; i < candidates.Count; i++)
        {
            if (clusterOf[i] is not { } c)
            {
                continue;
            }

            if (!ids.TryGetValue(c, out int id))
            {
                id = entities.Count + 1;
                ids[c] = id;
                c.Mentions.Sort((x, y) => x.Start.CompareTo(y.Start));

                // A name inside a longer mention of the same entity ("Ilse Moravec" in "harbourmaster Ilse Moravec") is one mention.
                var mentions = WithoutContained(c.Mentions.Distinct().ToList());
                entities.Add(new Entity(id, c.Name, c.Kind, [.. c.Titles.Distinct(StringComparer.OrdinalIgnoreCase)], mentions));
            }

            result[i] = id;
        }

        return (entities, result);
    }

    /// <summary>Whether one of the indexed spans contains <paramref name="span"/>: of those starting at or before it, the furthest reaching ends at or after it.</summary>
    private static bool Contained(SpanIndex spans, TextSpan span)
    {
        int p = spans.CountStartingBefore(span.Start + 1) - 1;
        return p >= 0 && spans.ReachAt(p) >= span.End;
    }

    /// <summary>
    /// The distinct <paramref name="mentions"/> (sorted by start) without those inside another: a mention is inside
    /// another when one starting earlier reaches to its end, or one starting with it ends later.
    /// </summary>
    private static List<TextSpan> WithoutContained(List<TextSpan> mentions)
    {
        if (mentions.Count <= SmallCount)
        {
            mentions.RemoveAll(m => mentions.Exists(o => o != m && o.Contains(m)));
            return mentions;
        }

        var index = new SpanIndex(mentions.Count, i => mentions[i]);
        var inside = new bool[mentions.Count];
        for (int p = 0, group = 0; p < index.Count; p++)
        {
            if (index.StartAt(p) != index.StartAt(group))
            {
                group = p;
            }

            int groupEnd = group;
            int longestInGroup = int.MinValue;
            while (groupEnd < index.Count && index.StartAt(groupEnd) == index.StartAt(group))
            {
                longestInGroup = Math.Max(longestInGroup, index.EndAt(groupEnd));
                groupEnd++;
            }

            int end = index.EndAt(p);
            inside[index.IndexAt(p)] = (group > 0 && index.ReachAt(group - 1) >= end) || longestInGroup > end;
        }

        return [.. mentions.Where((_, i) => !inside[i])];
    }

    /// <summary>Adds a name mention; returns its cluster, or null when the mention holds no name (only a title: "Ambassador").</summary>
    private static Cluster? AddName(TextAnalysis a, ClusterSet clusters, TextSpan span, int first, int last, bool speaks)
    {
        var (nameFirst, nameLast, titles) = SplitTitle(a, first, last);
        if (nameFirst > nameLast)
        {
            return null;
        }

        var kind = SpeakerFinder.GuessKind(a, first, last);
        // "in Roe's words": the possessive ending is not part of the name.
        int nameEnd = a.Tokens[nameLast].End - (a.TokenText(nameLast).Length - TrimPossessive(a.TokenText(nameLast)).Length);
        string name = a.Text[a.Tokens[nameFirst].Start..nameEnd];
        string key = NameKey(a, nameFirst, nameLast, kind);
        Cluster? cluster = null;
        foreach (var c in clusters.WithKey(key))
        {
            // An all-capital transcript name (HOLM) is a person's surname when a person of that name exists.
            bool transcriptName = CharClass.IsAllCapitals(name) && c.Kind == EntityKind.Person;
            if (c.Kind == kind || c.Kind == EntityKind.Unknown || kind == EntityKind.Unknown || transcriptName)
            {
                if (c.Key.Equals(key, StringComparison.OrdinalIgnoreCase) && Compatible(c.Name, name))
                {
                    cluster = c;
                    break;
                }
            }
        }

        if (cluster is null)
        {
            cluster = clusters.Add(new Cluster { Name = name, Key = key, Kind = kind });
        }
        else if (name.Length > cluster.Name.Length && !name.Contains(',', StringComparison.Ordinal))
        {
            cluster.Name = name;
        }

        if (kind == EntityKind.Person && cluster.Kind == EntityKind.Unknown)
        {
            cluster.Kind = kind;
        }

        clusters.AddTitles(cluster, titles);
        cluster.Speaks |= speaks;
        if (cluster.Gender == 'n' && GenderOf(titles) is var gender and not 'n')
        {
            cluster.Gender = gender; // "Mrs. Clinton", "Mr. Obama", "Congresswoman Gwen Graham"
        }
        clusters.AddMention(cluster, span);
        return cluster;
    }

    /// <summary>Persons cluster by surname (the last name token); organizations by their whole name.</summary>
    private static string NameKey(TextAnalysis a, int first, int last, EntityKind kind)
    {
        if (kind == EntityKind.Organization)
        {
            int f = first;
            while (f < last && WordLists.Determiners.Contains(a.TokenText(f)))
            {
                f++;
            }

            return a.Text[a.Tokens[f].Start..a.Tokens[last].End];
        }

        var surname = a.TokenText(last);
        int apostrophe = surname.IndexOfAny('\'', '’');
        if (apostrophe > 0)
        {
            surname = surname[..apostrophe];
        }

        return surname.ToString();
    }

    /// <summary>Two name forms of one person: the shorter one's tokens all occur in the longer one.</summary>
    private static bool Compatible(string x, string y)
    {
        var shorter = x.Length <= y.Length ? x : y;
        var longer = x.Length <= y.Length ? y : x;
        foreach (var part in shorter.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!longer.Contains(part.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Splits "Russian Ambassador to the United States Anatoly Antonov" into titles and name: the name is the
    /// final run of capitalized non-title words, at most two after a linking preposition (first and last name).
    /// An appositive after a comma ("Oskar Lind, the chairman") is a title.
    /// </summary>
    internal static (int First, int Last, List<string> Titles) SplitTitle(TextAnalysis a, int first, int last)
    {
        var titles = new List<string>();
        for (int i = first; i <= last; i++)
        {
            if (a.TokenText(i) is "," or "(")
            {
                // "A lawyer for the workers, Ilse Varga": a description first, then the name.
                int nameEnd = a.TokenText(last) is "," ? last - 1 : last;
                if (a.TokenText(i) is "," && i + 1 <= nameEnd && IsCapitalizedRun(a, i + 1, nameEnd)
                    && (WordLists.Determiners.Contains(a.TokenText(first)) || !SpeakerFinder.IsCapitalized(a.TokenText(i - 1))))
                {
                    titles.Add(a.Text[a.Tokens[first].Start..a.Tokens[i - 1].End]);
                    first = i + 1;
                    last = nameEnd;
                    break;
                }

                if (i + 1 <= last)
                {
                    var appositive = a.Text[a.Tokens[i + 1].Start..a.Tokens[last].End].Trim().TrimEnd(',', ')');
                    if (appositive.Length > 0)
                    {
                        titles.Add(appositive);
                    }
                }

                last = i - 1;
                break;
            }
        }

        while (first <= last && WordLists.Determiners.Contains(a.TokenText(first)))
        {
            first++;
        }

        int nameFirst = last + 1;
        bool afterPreposition = false;
        for (int i = last; i >= first; i--)
        {
            var word = a.TokenText(i);
            if (!SpeakerFinder.IsCapitalized(word) || WordLists.Titles.Contains(word) || WordLists.Titles.Contains(TrimPossessive(word)))
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

        if (nameFirst == first && first > 0 && a.TokenText(first - 1) is "to" or "of" or "for" or "at" or "the" && last - nameFirst + 1 > 2)
        {
            nameFirst = last - 1; // "… to Washington Anatoly Antonov": a place before the name
        }

        // "Russian Ambassador to the United States", "harbourmaster": a title word or a lowercase role before the name.
        if (nameFirst > first && (HasTitleWord(a, first, nameFirst - 1) || char.IsLower(a.TokenText(nameFirst - 1)[0])))
        {
            titles.Insert(0, a.Text[a.Tokens[first].Start..a.Tokens[nameFirst - 1].End]);
        }

        return (nameFirst, last, titles);
    }

    private static bool IsCapitalizedRun(TextAnalysis a, int first, int last)
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
    private static string? AppositiveTitle(TextAnalysis a, int first, int last)
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

        if (last + 2 < tokens.Length && a.TokenText(last + 1) is "," && WordLists.Determiners.Contains(a.TokenText(last + 2)))
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

    private static bool IsRole(TextAnalysis a, int first, int last)
    {
        if (first > last)
        {
            return false;
        }

        for (int i = first; i <= last; i++)
        {
            var word = a.TokenText(i); // both lexicons ignore case
            if (WordLists.Titles.Contains(word) || RoleLookup.ContainsKey(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTitleWord(TextAnalysis a, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (WordLists.Titles.Contains(a.TokenText(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsPreposition(TextAnalysis a, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (a.TokenText(i) is "to" or "of" or "for" or "at" or "the")
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> TrimPossessive(ReadOnlySpan<char> word) =>
        CharClass.EndsWithPossessive(word) ? word[..^2] : word;

    /// <summary>The noun phrase a relative "who"/"which" speaker follows ("The union, which endorsed …"), or null.</summary>
    private static Mention? Antecedent(TextAnalysis a, Mention relative)
    {
        int k = a.TokenAtOrAfter(relative.Span.Start) - 1;
        if (k >= 0 && a.TokenText(k) is ",")
        {
            k--;
        }

        int lower = k >= 0 ? a.Sentences[a.SentenceOfToken[k]].FirstToken : 0;
        return k >= lower && SpeakerFinder.FindEndingAt(a, k, lower, passive: false, out _) is { Form: MentionForm.Name or MentionForm.Nominal } found ? found : null;
    }

    /// <summary>he/she → nearest person before; they/we/it/which → nearest organization or group before; who → nearest name before.</summary>
    private static Cluster? ResolvePronoun(TextAnalysis a, ClusterSet clusters, Mention m)
    {
        var word = a.Text.AsSpan(m.Span.Start, m.Span.Length);
        Pronouns.TryGet(word, out var info);
        // he/she/I never refer to an organization; they/we/you never to one person; who/which and it may.
        bool person = info is { Kind: EntityKind.Person };
        bool mayBePerson = info is null || person || info.Form == MentionForm.Relative || (info.Expletive && !info.Plural);
        // The mention nearest before, of a cluster the pronoun may refer to ("she" never refers to "Mr. Obama", nor "he"
        // to someone called "she" before).
        var best = clusters.NearestBefore(m.Span.Start, c => !((person && c.Kind == EntityKind.Organization) || (!mayBePerson && c.Kind == EntityKind.Person)
            || (person && info is { Plural: false } && c.Plural) || (info is { Gender: 'm' or 'f' } && c.Gender is 'm' or 'f' && c.Gender != info.Gender)));

        if (best is not null && best.Gender == 'n' && info is { Gender: 'm' or 'f' } && best.Kind == EntityKind.Person)
        {
            best.Gender = info.Gender; // what "he" or "she" refers to keeps that gender for later pronouns
        }

        return best;
    }

    /// <summary>'m' or 'f' when a title says so ("Mr.", "Mrs.", "Ms.", "Congresswoman", "spokesman"), else 'n'.</summary>
    private static char GenderOf(IEnumerable<string> titles)
    {
        foreach (var title in titles)
        {
            var t = title.TrimEnd('.').ToLowerInvariant();
            if (t is "mr" || (t.EndsWith("man", StringComparison.Ordinal) && t is not ("chairman" or "human")))
            {
                return 'm';
            }

            if (t is "mrs" or "ms" or "miss" or "madam" || t.EndsWith("woman", StringComparison.Ordinal))
            {
                return 'f';
            }
        }

        return 'n';
    }

    /// <summary>"the diplomat" → the entity with a matching title, nearest before (or after) the mention; else an entity of its own.</summary>
    private static Cluster? ResolveNominal(TextAnalysis a, ClusterSet clusters, Mention m)
    {
        int first = a.TokenAtOrAfter(m.Span.Start);
        int last = a.TokenAtOrAfter(m.Span.End) - 1;
        var head = a.TokenText(last).ToString().ToLowerInvariant();
        var wanted = Roles.TryGetValue(head, out var r) ? r : WordLists.Titles.Contains(head) ? [head] : null;
        if (wanted is not null)
        {
            Cluster? best = null;
            int bestDistance = int.MaxValue;
            foreach (var c in clusters.WithTitleWord(wanted))
            {
                if (c.Kind == EntityKind.Organization)
                {
                    continue;
                }

                foreach (var mention in c.Mentions)
                {
                    int distance = mention.End <= m.Span.Start ? m.Span.Start - mention.End : 4 * (mention.Start - m.Span.End);
                    if (distance >= 0 && distance < bestDistance)
                    {
                        best = c;
                        bestDistance = distance;
                    }
                }
            }

            if (best is not null)
            {
                clusters.AddMention(best, m.Span);
                return best;
            }
        }

        // An entity of its own, merged with the same description ("a source" … "the source").
        int f = first;
        while (f < last && WordLists.Determiners.Contains(a.TokenText(f)))
        {
            f++;
        }

        string key = a.Text[a.Tokens[f].Start..a.Tokens[last].End];
        var existing = clusters.WithKey(key).FirstOrDefault(c => c.Kind != EntityKind.Person);
        if (existing is not null)
        {
            clusters.AddMention(existing, m.Span, always: true);
            return existing;
        }

        var headWord = a.TokenText(last);
        var cluster = new Cluster
        {
            Name = a.Text[m.Span.Start..m.Span.End], Key = key, Kind = m.Kind,
            Plural = headWord.Length > 3 && char.IsLower(headWord[0]) && headWord[^1] == 's' && headWord[^2] != 's',
        };
        clusters.Add(cluster);
        clusters.AddMention(cluster, m.Span);
        return cluster;
    }

    /// <summary>Runs of capitalized words that look like names of people or organizations, with a title before them.</summary>
    private static List<(TextSpan Span, int First, int Last)> ScanNames(TextAnalysis a)
    {
        var result = new List<(TextSpan, int, int)>();
        var tokens = a.Tokens;
        int i = 0;
        while (i < tokens.Length)
        {
            if (tokens[i].Kind != TokenKind.Word || !SpeakerFinder.IsCapitalized(a.TokenText(i)) || (SpeakerFinder.IsSentenceInitial(a, i) && (WordLists.SentenceAdverbs.Contains(a.TokenText(i)) || WordLists.Determiners.Contains(a.TokenText(i)) || Pronouns.TryGet(a.TokenText(i), out _))))
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
            bool titled = WordLists.Titles.Contains(a.TokenText(start));
            if (last > start || titled)
            {
                result.Add((new TextSpan(tokens[start].Start, tokens[last].End), start, last));
            }
        }

        return result;
    }

    private static FrozenDictionary<string, string[]> LoadRoles() =>
        Lexicon.ReadLines("roles.txt")
            .Select(l => l.Split('\t'))
            .ToFrozenDictionary(c => c[0], c => c[1].Split(' '), StringComparer.OrdinalIgnoreCase);
}
