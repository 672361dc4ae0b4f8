using QuoteExtract.Attribution;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Entities;

/// <summary>
/// What a pronoun, relative or nominal speaker refers to: pronouns go to the nearest compatible person before them;
/// nominals ("the diplomat") to the entity whose title matches their role; a relative to the noun phrase it follows.
/// </summary>
internal static class References
{
    /// <summary>The noun phrase a relative "who"/"which" speaker follows ("The union, which endorsed …"), or null.</summary>
    internal static Mention? Antecedent(TextAnalysis a, Mention relative)
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
    internal static Cluster? ResolvePronoun(TextAnalysis a, ClusterSet clusters, Mention m)
    {
        var word = a.Text.AsSpan(m.Span.Start, m.Span.Length);
        a.Lexicons.Words.Pronouns.TryGet(word, out var info);
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

    /// <summary>"the diplomat" → the entity with a matching title, nearest before (or after) the mention; else an entity of its own.</summary>
    internal static Cluster? ResolveNominal(TextAnalysis a, ClusterSet clusters, Mention m)
    {
        int first = a.TokenAtOrAfter(m.Span.Start);
        int last = a.TokenAtOrAfter(m.Span.End) - 1;
        var head = a.TokenText(last).ToString().ToLowerInvariant();
        var wanted = a.Lexicons.Words.Roles.TryGetValue(head, out var r) ? r : a.Lexicons.Words.Titles.Contains(head) ? [head] : null;
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

                int distance = c.NearestMentionDistance(m.Span);
                if (distance < bestDistance)
                {
                    best = c;
                    bestDistance = distance;
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
        while (f < last && a.Lexicons.Words.Determiners.Contains(a.TokenText(f)))
        {
            f++;
        }

        string key = a.Text[a.Tokens[f].Start..a.Tokens[last].End];
        var existing = clusters.FirstWithKey(key, excluded: EntityKind.Person);
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
}
