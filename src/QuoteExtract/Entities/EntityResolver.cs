using QuoteExtract.Attribution;
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

    public static (IReadOnlyList<Entity> Entities, int?[] EntityOfCandidate) Resolve(TextAnalysis a, List<QuoteCandidate> candidates)
    {
        var lexicons = a.Lexicons;
        var clusters = new ClusterSet(a);
        var names = lexicons.Language == TextLanguage.English ? null : new LexiconNames(a, lexicons);
        AddTextNames(a, candidates, clusters, names);

        var clusterOf = new Cluster?[candidates.Count];
        var order = new List<int>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Speaker is not null)
            {
                order.Add(i);
            }
        }

        // By the speaker's start, candidates in their order on a tie (as a stable sort would leave them).
        order.Sort((i, j) => candidates[i].Speaker!.Value.Span.Start.CompareTo(candidates[j].Speaker!.Value.Span.Start) is var c and not 0 ? c : i.CompareTo(j));

        // Names and organizations first, then nominals and pronouns, which refer to them.
        foreach (int i in order)
        {
            var m = candidates[i].Speaker!.Value;
            if (m.Form == MentionForm.Name)
            {
                int first = a.TokenAtOrAfter(m.Span.Start);
                int last = a.TokenAtOrAfter(m.Span.End) - 1;
                clusterOf[i] = AddName(a, clusters, m.Span, first, last, speaks: true, names);
            }
        }

        foreach (int i in order)
        {
            if (clusterOf[i] is null)
            {
                clusterOf[i] = ResolveReference(a, clusters, candidates[i].Speaker!.Value, names);
            }
        }

        return ToEntities(clusterOf);
    }

    /// <summary>
    /// Names in the text (speakers or not), so pronouns and short forms find their full name; names said inside a
    /// quotation are what the speaker talks about, not who speaks.
    /// </summary>
    private static void AddTextNames(TextAnalysis a, List<QuoteCandidate> candidates, ClusterSet clusters, LexiconNames? names)
    {
        var quotations = new List<TextSpan>();
        foreach (var candidate in candidates)
        {
            if (candidate.Type == QuoteType.Direct)
            {
                quotations.AddRange(candidate.Parts);
            }
        }

        var quoted = quotations.Count > SmallCount ? new SpanIndex(quotations.Count, i => quotations[i]) : null;
        foreach (var (span, first, last) in names?.ScanNames() ?? NameMentions.ScanNames(a))
        {
            if (quoted is null ? AnyContains(quotations, span) : Contained(quoted, span))
            {
                continue;
            }

            if (AddName(a, clusters, span, first, last, speaks: false, names) is { } named && names is null && NameMentions.AppositiveTitle(a, first, last) is { } title)
            {
                clusters.AddTitles(named, [title]); // "The harbour board's chairman, Oskar Lind," / "Oskar Lind, the chairman,"
            }
        }
    }

    /// <summary>The entity a pronoun, relative or nominal speaker refers to (or a new one for a nominal), with the mention added.</summary>
    private static Cluster? ResolveReference(TextAnalysis a, ClusterSet clusters, Mention m, LexiconNames? names)
    {
        var cluster = m.Form switch
        {
            MentionForm.Relative when names is null && References.Antecedent(a, m) is { } antecedent => antecedent.Form == MentionForm.Name
                ? AddName(a, clusters, antecedent.Span, a.TokenAtOrAfter(antecedent.Span.Start), a.TokenAtOrAfter(antecedent.Span.End) - 1, speaks: true, names)
                : References.ResolveNominal(a, clusters, antecedent),
            MentionForm.Pronoun or MentionForm.Relative => References.ResolvePronoun(a, clusters, m),
            _ when names is not null => names.ResolveNominal(clusters, m),
            _ => References.ResolveNominal(a, clusters, m),
        };

        if (cluster is not null)
        {
            cluster.Speaks = true;
            clusters.AddMention(cluster, m.Span);
        }

        return cluster;
    }

    /// <summary>The entities of the speakers, numbered from 1 in order of their first quote, and each quote's entity.</summary>
    private static (IReadOnlyList<Entity> Entities, int?[] EntityOfCandidate) ToEntities(Cluster?[] clusterOf)
    {
        var result = new int?[clusterOf.Length];
        var entities = new List<Entity>();
        var ids = new Dictionary<Cluster, int>();
        for (int i = 0; i < clusterOf.Length; i++)
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
                var mentions = WithoutContained(Distinct(c.Mentions));
                entities.Add(new Entity(id, c.Name, c.Kind, DistinctIgnoringCase(c.Titles), mentions));
            }

            result[i] = id;
        }

        return (entities, result);
    }

    /// <summary>The spans of <paramref name="spans"/> in order, each at its first occurrence; pairwise for a short list.</summary>
    private static List<TextSpan> Distinct(List<TextSpan> spans)
    {
        if (spans.Count > SmallCount)
        {
            return [.. spans.Distinct()];
        }

        var result = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (!result.Contains(span))
            {
                result.Add(span);
            }
        }

        return result;
    }

    /// <summary>The titles in order, each at its first occurrence, case ignored.</summary>
    private static string[] DistinctIgnoringCase(List<string> titles)
    {
        if (titles.Count > SmallCount)
        {
            return [.. titles.Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        var result = new List<string>(titles.Count);
        foreach (var title in titles)
        {
            bool seen = false;
            foreach (var t in result)
            {
                seen |= t.Equals(title, StringComparison.OrdinalIgnoreCase);
            }

            if (!seen)
            {
                result.Add(title);
            }
        }

        return [.. result];
    }

    /// <summary>Whether one of <paramref name="spans"/> contains <paramref name="span"/>, read one by one.</summary>
    private static bool AnyContains(List<TextSpan> spans, TextSpan span)
    {
        foreach (var s in spans)
        {
            if (s.Contains(span))
            {
                return true;
            }
        }

        return false;
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
            // Pairwise, against the list as it was: a mention inside another goes (containment is transitive, so one
            // that holds others is never itself removed before they are tested).
            var kept = new List<TextSpan>(mentions.Count);
            foreach (var m in mentions)
            {
                bool contained = false;
                foreach (var o in mentions)
                {
                    if (o != m && o.Contains(m))
                    {
                        contained = true;
                        break;
                    }
                }

                if (!contained)
                {
                    kept.Add(m);
                }
            }

            return kept;
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
    internal static Cluster? AddName(TextAnalysis a, ClusterSet clusters, TextSpan span, int first, int last, bool speaks, LexiconNames? names = null)
    {
        var (nameFirst, nameLast, titles) = names?.SplitTitle(first, last) ?? NameMentions.SplitTitle(a, first, last);
        if (nameFirst > nameLast)
        {
            return null;
        }

        var kind = names is null ? SpeakerFinder.GuessKind(a, first, last) : LexiconNames.KindOf(nameFirst, nameLast, titles);
        // "in Roe's words": the possessive ending is not part of the name.
        int nameEnd = a.Tokens[nameLast].End - (a.TokenText(nameLast).Length - NameMentions.TrimPossessive(a.TokenText(nameLast)).Length);
        // Name and key are read from the text; strings are made only for a new cluster or a longer name.
        var name = a.Text.AsSpan(a.Tokens[nameFirst].Start, nameEnd - a.Tokens[nameFirst].Start);
        var key = NameKey(a, nameFirst, nameLast, kind);
        Cluster? cluster = null;
        foreach (var c in clusters.WithKey(key))
        {
            // An all-capital transcript name (HOLM) is a person's surname when a person of that name exists.
            bool transcriptName = CharClass.IsAllCapitals(name) && c.Kind == EntityKind.Person;
            if (c.Kind == kind || c.Kind == EntityKind.Unknown || kind == EntityKind.Unknown || transcriptName)
            {
                if (c.Key.AsSpan().Equals(key, StringComparison.OrdinalIgnoreCase) && Compatible(c.Name, name))
                {
                    cluster = c;
                    break;
                }
            }
        }

        if (cluster is null)
        {
            cluster = clusters.Add(new Cluster { Name = name.ToString(), Key = key.ToString(), Kind = kind });
        }
        else if (name.Length > cluster.Name.Length && !name.Contains(','))
        {
            cluster.Name = name.ToString();
        }

        if (kind == EntityKind.Person && cluster.Kind == EntityKind.Unknown)
        {
            cluster.Kind = kind;
        }

        clusters.AddTitles(cluster, titles);
        cluster.Speaks |= speaks;
        if (cluster.Gender == 'n' && a.Lexicons.Words.GenderedTitles.GenderOf(titles) is var gender and not 'n')
        {
            cluster.Gender = gender; // "Mrs. Clinton", "Mr. Obama", "Congresswoman Gwen Graham"
        }
        clusters.AddMention(cluster, span);
        return cluster;
    }

    /// <summary>Persons cluster by surname (the last name token); organizations by their whole name.</summary>
    private static ReadOnlySpan<char> NameKey(TextAnalysis a, int first, int last, EntityKind kind)
    {
        if (kind == EntityKind.Organization)
        {
            int f = first;
            while (f < last && a.Lexicons.Words.Determiners.Contains(a.TokenText(f)))
            {
                f++;
            }

            return a.Text.AsSpan(a.Tokens[f].Start, a.Tokens[last].End - a.Tokens[f].Start);
        }

        var surname = a.TokenText(last);
        int apostrophe = surname.IndexOfAny('\'', '’');
        if (apostrophe > 0)
        {
            surname = surname[..apostrophe];
        }

        return surname;
    }

    /// <summary>Two name forms of one person: the shorter one's tokens all occur in the longer one.</summary>
    private static bool Compatible(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        var shorter = x.Length <= y.Length ? x : y;
        var longer = x.Length <= y.Length ? y : x;
        foreach (var range in shorter.Split(' '))
        {
            var part = shorter[range];
            if (!part.IsEmpty && !longer.Contains(part.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
