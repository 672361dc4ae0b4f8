using QuoteExtract.Evaluation;
using QuoteExtract.Detection;
using QuoteExtract.Learning;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Training;

/// <summary>
/// Counts, over gold documents, how often each word heads a gold cue and how often it occurs: the learned cue
/// lexicon (<see cref="CueRates"/>). The head of a cue is its last word that is not a linking particle
/// ("has been slow to <b>embrace</b>", "<b>called</b> for", "is raising <b>questions</b> about").
/// </summary>
internal static class CueRateCounter
{
    /// <summary>Words kept in the table must have headed at least this many cues (rarer words carry no rate).</summary>
    public const int MinimumCues = 2;

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "for", "of", "on", "to", "that", "with", "against", "over", "out", "in", "by", "up", "into", "from", "at", "as", "whether", "if",
    };

    /// <summary>A content of at most this many words after its cue is a short object ("cited <b>it</b>", "attacked <b>Machado</b>").</summary>
    public const int ShortObjectWords = 3;

    /// <summary>
    /// For each word that headed at least <see cref="MinimumCues"/> cues: cues headed, occurrences, cues whose content
    /// was a short object after it, and cues whose content started words after it ("urged <i>voters</i> | to …").
    /// </summary>
    public static Dictionary<string, (int Cues, int Total, int Short, int Gap)> Count(IEnumerable<GoldDocument> documents)
    {
        var counts = new Dictionary<string, (int Cues, int Total, int Short, int Gap)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var analysis = TextAnalysis.Analyze(document.Text);
            var heads = new HashSet<int>();
            var shortHeads = new HashSet<int>();
            var gapHeads = new HashSet<int>();
            foreach (var quote in document.Quotes)
            {
                if (quote.Cue is { } cue && Head(analysis, cue) is >= 0 and var head)
                {
                    heads.Add(head);
                    if (cue.End <= quote.Start && DirectQuoteDetector.CountWords(analysis, new TextSpan(quote.Start, quote.End)) <= ShortObjectWords)
                    {
                        shortHeads.Add(head);
                    }

                    if (cue.End <= quote.Start && WordsBetween(analysis, head, quote.Start) > 0)
                    {
                        gapHeads.Add(head);
                    }
                }
            }

            for (int t = 0; t < analysis.Tokens.Length; t++)
            {
                if (analysis.Tokens[t].Kind != TokenKind.Word)
                {
                    continue;
                }

                string word = analysis.TokenText(t).ToString().ToLowerInvariant();
                var (cues, total, shortObjects, gaps) = counts.GetValueOrDefault(word);
                counts[word] = (cues + (heads.Contains(t) ? 1 : 0), total + 1, shortObjects + (shortHeads.Contains(t) ? 1 : 0), gaps + (gapHeads.Contains(t) ? 1 : 0));
            }
        }

        return counts.Where(kv => kv.Value.Cues >= MinimumCues).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }

    /// <summary>The words after token <paramref name="head"/> and before <paramref name="start"/>, not counting "that".</summary>
    private static int WordsBetween(TextAnalysis analysis, int head, int start)
    {
        int words = 0;
        for (int t = head + 1; t < analysis.Tokens.Length && analysis.Tokens[t].Start < start; t++)
        {
            words += analysis.Tokens[t].Kind is TokenKind.Word or TokenKind.Number && analysis.TokenText(t) is not "that" ? 1 : 0;
        }

        return words;
    }

    private static int Head(TextAnalysis analysis, TextSpan cue)
    {
        int lastWord = -1, lastContent = -1;
        for (int t = analysis.TokenAtOrAfter(cue.Start); t < analysis.Tokens.Length && analysis.Tokens[t].Start < cue.End; t++)
        {
            if (analysis.Tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            lastWord = t;
            if (!Particles.Contains(analysis.TokenText(t).ToString()))
            {
                lastContent = t;
            }
        }

        return lastContent >= 0 ? lastContent : lastWord;
    }
}
