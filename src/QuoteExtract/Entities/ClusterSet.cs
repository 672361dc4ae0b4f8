using QuoteExtract.Tokenization;

namespace QuoteExtract.Entities;

/// <summary>
/// The clusters of one document, in order of creation, with the lookups entity resolution makes on them: by key, by
/// title word, and the nearest mention before a position. Each answers as a scan of the list in order would (the
/// first cluster wins a tie). A news article has a few dozen clusters, which a scan reads fastest; past a limit the
/// lookups go through indexes made on first need, so a long document costs time in proportion to its size.
/// </summary>
internal sealed class ClusterSet
{
    /// <summary>Up to this many clusters, a key lookup scans them.</summary>
    private const int KeyScanLimit = 64;

    /// <summary>Up to this many clusters, a title lookup scans them.</summary>
    private const int TitleScanLimit = 64;

    /// <summary>Up to this many mentions in all, the nearest-mention lookup scans them.</summary>
    private const int MentionScanLimit = 512;

    /// <summary>Up to this many mentions, a cluster checks for a repeated one by scanning its list.</summary>
    private const int MentionSetLimit = 16;

    private readonly TextAnalysis analysis;
    private readonly List<Cluster> clusters = [];
    /// <summary>Clusters by key (ignoring case), once there are more than <see cref="KeyScanLimit"/> clusters.</summary>
    private Dictionary<string, List<Cluster>>? byKey;
    private int mentionCount;

    /// <summary>Clusters by title word (ignoring case), once there are more than <see cref="TitleScanLimit"/> clusters.</summary>
    private Dictionary<string, List<Cluster>>? byTitleWord;

    /// <summary>
    /// Mentions by the sentence they start in, as linked lists in arrays (the head of each sentence's list; each
    /// entry's mention, cluster and the entry before it), once there are more than <see cref="MentionScanLimit"/>.
    /// </summary>
    private int[]? sentenceHead;
    private List<(TextSpan Span, Cluster Cluster, int Next)>? entries;

    public ClusterSet(TextAnalysis analysis) => this.analysis = analysis;

    public Cluster Add(Cluster cluster)
    {
        cluster.Index = clusters.Count;
        clusters.Add(cluster);
        if (byKey is null && clusters.Count > KeyScanLimit)
        {
            byKey = new(StringComparer.OrdinalIgnoreCase);
            foreach (var known in clusters)
            {
                IndexKey(known);
            }
        }
        else if (byKey is not null)
        {
            IndexKey(cluster);
        }
        foreach (var title in cluster.Titles)
        {
            IndexTitle(cluster, title);
        }

        foreach (var mention in cluster.Mentions)
        {
            IndexMention(cluster, mention);
        }

        return cluster;
    }

    /// <summary>The clusters whose key equals <paramref name="key"/> (ignoring case), in order of creation.</summary>
    public KeyMatches WithKey(ReadOnlySpan<char> key) =>
        new(byKey is null ? clusters : byKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var list) ? list : null, key, scan: byKey is null);

    /// <summary>The first cluster whose key equals <paramref name="key"/> (ignoring case) and whose kind is not <paramref name="excluded"/>, or null.</summary>
    public Cluster? FirstWithKey(string key, EntityKind? excluded = null)
    {
        foreach (var cluster in WithKey(key))
        {
            if (cluster.Kind != excluded)
            {
                return cluster;
            }
        }

        return null;
    }

    /// <summary>
    /// The clusters of one key, read with <c>foreach</c> without allocating: the key's list from the index, or every
    /// cluster tested in order while the set is small enough to scan.
    /// </summary>
    internal ref struct KeyMatches(List<Cluster>? list, ReadOnlySpan<char> key, bool scan)
    {
        private readonly ReadOnlySpan<char> key = key;
        private int next;

        public readonly KeyMatches GetEnumerator() => this;

        public Cluster Current { get; private set; } = null!;

        public bool MoveNext()
        {
            while (list is not null && next < list.Count)
            {
                var cluster = list[next++];
                if (!scan || cluster.Key.AsSpan().Equals(key, StringComparison.OrdinalIgnoreCase))
                {
                    Current = cluster;
                    return true;
                }
            }

            return false;
        }
    }

    private void IndexKey(Cluster cluster)
    {
        if (!byKey!.TryGetValue(cluster.Key, out var list))
        {
            byKey[cluster.Key] = list = [];
        }

        list.Add(cluster);
    }

    /// <summary>The clusters with a title that holds one of <paramref name="words"/> as a word (ignoring case), in order of creation.</summary>
    public IEnumerable<Cluster> WithTitleWord(string[] words)
    {
        if (clusters.Count <= TitleScanLimit)
        {
            return clusters.Where(c => c.Titles.Exists(t => words.Any(w => ContainsWord(t, w))));
        }

        if (byTitleWord is null)
        {
            byTitleWord = new(StringComparer.OrdinalIgnoreCase);
            foreach (var cluster in clusters)
            {
                foreach (var title in cluster.Titles)
                {
                    IndexTitle(cluster, title);
                }
            }
        }

        var found = new List<Cluster>();
        foreach (var word in words)
        {
            if (byTitleWord.TryGetValue(word, out var list))
            {
                found.AddRange(list);
            }
        }

        return found.Distinct().OrderBy(c => c.Index);
    }

    public void AddTitles(Cluster cluster, List<string> titles)
    {
        foreach (var title in titles)
        {
            cluster.Titles.Add(title);
            IndexTitle(cluster, title);
        }
    }

    /// <summary>Adds <paramref name="span"/> to the cluster's mentions unless it is there (or, with <paramref name="always"/>, in any case).</summary>
    public void AddMention(Cluster cluster, TextSpan span, bool always = false)
    {
        bool known = cluster.MentionSet?.Contains(span) ?? cluster.Mentions.Contains(span);
        if (known && !always)
        {
            return;
        }

        cluster.Mentions.Add(span);
        mentionCount++;
        if (cluster.MentionSet is { } set)
        {
            set.Add(span);
        }
        else if (cluster.Mentions.Count > MentionSetLimit)
        {
            cluster.MentionSet = [.. cluster.Mentions];
        }

        if (cluster.MentionSet is not null)
        {
            cluster.IndexMention(span); // past the limit, a cluster's mentions are also kept sorted
        }

        if (cluster.Index < clusters.Count && ReferenceEquals(clusters[cluster.Index], cluster))
        {
            IndexMention(cluster, span);
        }
    }

    /// <summary>
    /// The cluster, among those <paramref name="eligible"/> takes, of the mention that starts last among those ending at
    /// or before <paramref name="position"/>; the earliest created cluster on a tie; null when there is none.
    /// </summary>
    public Cluster? NearestBefore(int position, Func<Cluster, bool> eligible)
    {
        if (mentionCount <= MentionScanLimit || analysis.Tokens.Length == 0)
        {
            return ScanNearestBefore(position, eligible);
        }

        if (sentenceHead is null)
        {
            sentenceHead = new int[analysis.Sentences.Length];
            Array.Fill(sentenceHead, -1);
            entries = new List<(TextSpan, Cluster, int)>(mentionCount);
            foreach (var cluster in clusters)
            {
                foreach (var mention in cluster.Mentions)
                {
                    IndexMention(cluster, mention);
                }
            }
        }

        // Mentions of a sentence all start after those of the sentences before it: the first sentence back with an
        // eligible mention holds the answer.
        for (int s = SentenceOf(position); s >= 0; s--)
        {
            Cluster? best = null;
            int bestStart = -1;
            for (int e = sentenceHead[s]; e >= 0; e = entries![e].Next)
            {
                var (span, cluster, _) = entries![e];
                if (span.End <= position && (span.Start > bestStart || (span.Start == bestStart && cluster.Index < best!.Index)) && eligible(cluster))
                {
                    best = cluster;
                    bestStart = span.Start;
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    private Cluster? ScanNearestBefore(int position, Func<Cluster, bool> eligible)
    {
        Cluster? best = null;
        int bestPosition = -1;
        foreach (var c in clusters)
        {
            if (!eligible(c))
            {
                continue;
            }

            foreach (var mention in c.Mentions)
            {
                if (mention.End <= position && mention.Start > bestPosition)
                {
                    best = c;
                    bestPosition = mention.Start;
                }
            }
        }

        return best;
    }

    private void IndexTitle(Cluster cluster, string title)
    {
        if (byTitleWord is null)
        {
            return;
        }

        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!byTitleWord.TryGetValue(word, out var list))
            {
                byTitleWord[word] = list = [];
            }

            if (list.Count == 0 || !ReferenceEquals(list[^1], cluster))
            {
                list.Add(cluster);
            }
        }
    }

    private void IndexMention(Cluster cluster, TextSpan span)
    {
        if (sentenceHead is null)
        {
            return;
        }

        int sentence = SentenceOf(span.Start);
        entries!.Add((span, cluster, sentenceHead[sentence]));
        sentenceHead[sentence] = entries.Count - 1;
    }

    private int SentenceOf(int position) => analysis.SentenceOfToken[Math.Min(analysis.TokenAtOrAfter(position), analysis.Tokens.Length - 1)];

    /// <summary>Whether <paramref name="word"/> is one of the space-separated words of <paramref name="text"/>, ignoring case.</summary>
    private static bool ContainsWord(string text, string word)
    {
        foreach (var range in text.AsSpan().Split(' '))
        {
            if (text.AsSpan()[range].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
