using QuoteExtract.Tokenization;

namespace QuoteExtract.Entities;

/// <summary>
/// The clusters of one document, in order of creation, with the lookups entity resolution makes on them: by key, by
/// title word, and the nearest mention before a position. Each answers as a scan of the list in order would (the
/// first cluster wins a tie), in time that does not grow with the number of clusters.
/// </summary>
internal sealed class ClusterSet
{
    private readonly TextAnalysis analysis;
    private readonly List<Cluster> clusters = [];
    private readonly Dictionary<string, List<Cluster>> byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Cluster>> byTitleWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<(Cluster Cluster, TextSpan Span)> mentioned = [];

    /// <summary>Mentions by the sentence they start in: a search for the nearest mention before a position walks back sentence by sentence.</summary>
    private readonly List<(TextSpan Span, Cluster Cluster)>?[] bySentence;

    public ClusterSet(TextAnalysis analysis)
    {
        this.analysis = analysis;
        bySentence = new List<(TextSpan, Cluster)>?[analysis.Sentences.Length];
    }

    public Cluster Add(Cluster cluster)
    {
        cluster.Index = clusters.Count;
        clusters.Add(cluster);
        if (!byKey.TryGetValue(cluster.Key, out var list))
        {
            byKey[cluster.Key] = list = [];
        }

        list.Add(cluster);
        return cluster;
    }

    /// <summary>The clusters whose key equals <paramref name="key"/> (ignoring case), in order of creation.</summary>
    public IReadOnlyList<Cluster> WithKey(string key) => byKey.TryGetValue(key, out var list) ? list : [];

    /// <summary>The clusters with a title that holds one of <paramref name="words"/> as a word (ignoring case), in order of creation.</summary>
    public IEnumerable<Cluster> WithTitleWord(string[] words)
    {
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

    public void AddTitles(Cluster cluster, IEnumerable<string> titles)
    {
        foreach (var title in titles)
        {
            cluster.Titles.Add(title);
            foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (cluster.TitleWords.Add(word))
                {
                    if (!byTitleWord.TryGetValue(word, out var list))
                    {
                        byTitleWord[word] = list = [];
                    }

                    list.Add(cluster);
                }
            }
        }
    }

    /// <summary>Adds <paramref name="span"/> to the cluster's mentions unless it is there (or, with <paramref name="always"/>, in any case).</summary>
    public void AddMention(Cluster cluster, TextSpan span, bool always = false)
    {
        bool added = mentioned.Add((cluster, span));
        if (!added && !always)
        {
            return;
        }

        cluster.Mentions.Add(span);
        if (added)
        {
            int sentence = analysis.Tokens.Length == 0 ? 0 : analysis.SentenceOfToken[Math.Min(analysis.TokenAtOrAfter(span.Start), analysis.Tokens.Length - 1)];
            (bySentence[sentence] ??= []).Add((span, cluster));
        }
    }

    /// <summary>
    /// The cluster, among those <paramref name="eligible"/> takes, of the mention that starts last among those ending at
    /// or before <paramref name="position"/>; the earliest created cluster on a tie; null when there is none.
    /// </summary>
    public Cluster? NearestBefore(int position, Func<Cluster, bool> eligible)
    {
        if (clusters.Count == 0 || analysis.Tokens.Length == 0)
        {
            return null;
        }

        // Mentions of a sentence all start after those of the sentences before it: the first sentence back with an
        // eligible mention holds the answer.
        for (int s = analysis.SentenceOfToken[Math.Min(analysis.TokenAtOrAfter(position), analysis.Tokens.Length - 1)]; s >= 0; s--)
        {
            if (bySentence[s] is not { } mentions)
            {
                continue;
            }

            Cluster? best = null;
            int bestStart = -1;
            foreach (var (span, cluster) in mentions)
            {
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
}
