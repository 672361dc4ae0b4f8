namespace QuoteExtract.Evaluation;

/// <summary>
/// The metrics of <c>shared/eval/METRICS.md</c>, a faithful port of the reference <c>score.py</c>: the same
/// normalisation, the same greedy matching (candidates sorted by (overlap, gold index, predicted index),
/// largest first), the same exact pairs and the same rounding, so both print identical numbers on the same
/// files. A test runs both on a small pair of files and compares every number.
/// </summary>
internal static class Scorer
{
    /// <summary>The confidence from which <see cref="EvaluationReport.HighConfidence"/> counts predictions.</summary>
    public const double HighConfidence = 0.9;

    /// <summary>Scores <paramref name="predictions"/> (by document id; a gold document without one counts as empty) against <paramref name="gold"/>.</summary>
    public static EvaluationReport Score(IReadOnlyList<GoldDocument> gold, IReadOnlyDictionary<string, PredictedDocument> predictions)
    {
        var tally = new ScoreTally(gold.Count);
        foreach (var document in gold)
        {
            bool isMissing = !predictions.TryGetValue(document.Id, out var prediction);
            tally.Add(document, prediction?.Quotes ?? [], isMissing);
        }

        return tally.Report();
    }

    /// <summary>
    /// Greedy one-to-one matching: every (gold, predicted) pair whose overlap is at least <paramref name="tau"/>
    /// of both character counts is a candidate; candidates are taken by (overlap, gold index, predicted index),
    /// largest first, skipping quotes already taken.
    /// </summary>
    internal static List<(int Gold, int Predicted)> Match(List<IReadOnlyList<TextSpan>> gold, List<IReadOnlyList<TextSpan>> predicted, double tau)
    {
        var candidates = new List<(int Overlap, int Gold, int Predicted)>();
        for (int i = 0; i < gold.Count; i++)
        {
            int goldSize = SpanNormalizer.Count(gold[i]);
            for (int j = 0; j < predicted.Count; j++)
            {
                int overlap = SpanNormalizer.Overlap(gold[i], predicted[j]);
                if (overlap > 0 && overlap >= tau * goldSize && overlap >= tau * SpanNormalizer.Count(predicted[j]))
                {
                    candidates.Add((overlap, i, j));
                }
            }
        }

        candidates.Sort((a, b) => b.CompareTo(a));
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, i, j) in candidates)
        {
            if (!usedGold.Contains(i) && !usedPredicted.Contains(j))
            {
                usedGold.Add(i);
                usedPredicted.Add(j);
                pairs.Add((i, j));
            }
        }

        return pairs;
    }

    /// <summary>Predictions whose normalised hull equals the normalised hull of a gold quote not yet paired.</summary>
    internal static int CountExactPairs(string text, IReadOnlyList<EvalQuote> gold, IReadOnlyList<EvalQuote> predicted)
    {
        var unpaired = new Dictionary<TextSpan, int>();
        foreach (var g in gold)
        {
            var key = SpanNormalizer.Normalize(text, g.Start, g.End);
            unpaired[key] = unpaired.GetValueOrDefault(key) + 1;
        }

        int pairs = 0;
        foreach (var p in predicted)
        {
            var key = SpanNormalizer.Normalize(text, p.Start, p.End);
            if (unpaired.TryGetValue(key, out int left) && left > 0)
            {
                unpaired[key] = left - 1;
                pairs++;
            }
        }

        return pairs;
    }
}
