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
        int goldCount = 0, predictedCount = 0, m30 = 0, m80 = 0, exact = 0, missing = 0;
        int speakerTotal = 0, speakerRight = 0, cueTotal = 0, cueRight = 0, attributed = 0, matchedUnsourced = 0;
        int sourceGold = 0, sourcePredicted = 0, sourceBoth = 0, cueGold = 0, cuePredicted = 0, cueBoth = 0;
        int goldWithSpeaker = 0, matchedSameType = 0, confident = 0, confidentRight = 0;
        var types = new SortedDictionary<string, TypeCounts>(StringComparer.Ordinal);
        var alignments = new List<DocumentAlignment>(gold.Count);

        foreach (var document in gold)
        {
            bool isMissing = !predictions.TryGetValue(document.Id, out var prediction);
            missing += isMissing ? 1 : 0;
            IReadOnlyList<EvalQuote> predicted = prediction?.Quotes ?? [];
            var goldQuotes = document.Quotes;
            goldCount += goldQuotes.Count;
            predictedCount += predicted.Count;

            var goldChars = goldQuotes.Select(q => SpanNormalizer.Characters(document.Text, q)).ToList();
            var predictedChars = predicted.Select(q => SpanNormalizer.Characters(document.Text, q)).ToList();
            var pairs30 = Match(goldChars, predictedChars, 0.3);
            var pairs80 = Match(goldChars, predictedChars, 0.8);
            m30 += pairs30.Count;
            m80 += pairs80.Count;
            exact += CountExactPairs(document.Text, goldQuotes, predicted);
            alignments.Add(new DocumentAlignment(document, predicted, pairs30, pairs80, isMissing));

            foreach (var quote in goldQuotes)
            {
                Counts(types, quote.Type).Gold++;
                goldWithSpeaker += quote.Speaker is null ? 0 : 1;
            }

            foreach (var quote in predicted)
            {
                Counts(types, quote.Type).Predicted++;
            }

            var goldOf = pairs30.ToDictionary(pair => pair.Predicted, pair => pair.Gold);
            for (int j = 0; j < predicted.Count; j++)
            {
                if (predicted[j].Confidence >= HighConfidence)
                {
                    confident++;
                    confidentRight += goldOf.TryGetValue(j, out int g) && (goldQuotes[g].Speaker is null || Overlaps(goldQuotes[g].Speaker, predicted[j].Speaker)) ? 1 : 0;
                }
            }

            foreach (var (i, j) in pairs30)
            {
                var g = goldQuotes[i];
                var p = predicted[j];
                Counts(types, g.Type).GoldMatched++;
                Counts(types, p.Type).PredictedMatched++;
                matchedSameType += g.Type == p.Type ? 1 : 0;
                if (g.Speaker is null)
                {
                    matchedUnsourced++;
                }
                else
                {
                    speakerTotal++;
                    if (Overlaps(g.Speaker, p.Speaker))
                    {
                        speakerRight++;
                        attributed++;
                    }
                }

                if (g.Cue is not null)
                {
                    cueTotal++;
                    cueRight += Overlaps(g.Cue, p.Cue) ? 1 : 0;
                }
            }

            // Exact-span scores over the sets of distinct speaker (cue) spans of the document.
            var goldSources = goldQuotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!.Value).ToHashSet();
            var predictedSources = predicted.Where(q => q.Speaker is not null).Select(q => q.Speaker!.Value).ToHashSet();
            sourceGold += goldSources.Count;
            sourcePredicted += predictedSources.Count;
            sourceBoth += goldSources.Count(predictedSources.Contains);
            var goldCues = goldQuotes.Where(q => q.Cue is not null).Select(q => q.Cue!.Value).ToHashSet();
            var predictedCues = predicted.Where(q => q.Cue is not null).Select(q => q.Cue!.Value).ToHashSet();
            cueGold += goldCues.Count;
            cuePredicted += predictedCues.Count;
            cueBoth += goldCues.Count(predictedCues.Contains);
        }

        return new EvaluationReport(
            Documents: gold.Count,
            MissingDocuments: missing,
            GoldQuotes: goldCount,
            PredictedQuotes: predictedCount,
            Quote30: Prf.Of(m30, predictedCount, goldCount),
            Quote80: Prf.Of(m80, predictedCount, goldCount),
            QuoteExact: Prf.Of(exact, predictedCount, goldCount),
            SpeakerAccuracy: PythonFloat.Percent(speakerRight, speakerTotal),
            CueAccuracy: PythonFloat.Percent(cueRight, cueTotal),
            Attribution30: Prf.Of(attributed, predictedCount - matchedUnsourced, goldWithSpeaker),
            SourceSpanExact: Prf.Of(sourceBoth, sourcePredicted, sourceGold),
            CueSpanExact: Prf.Of(cueBoth, cuePredicted, cueGold),
            Types: types.Select(t => t.Value.ToScore(t.Key)).ToList(),
            TypeAccuracyOnMatched: PythonFloat.Percent(matchedSameType, m30),
            Alignments: alignments,
            HighConfidence: new ConfidenceCheck(HighConfidence, confident, confidentRight));
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

    private static bool Overlaps(TextSpan? a, TextSpan? b) => a is { } x && b is { } y && x.Start < y.End && y.Start < x.End;

    private static TypeCounts Counts(SortedDictionary<string, TypeCounts> types, string type)
    {
        if (!types.TryGetValue(type, out var counts))
        {
            counts = new TypeCounts();
            types[type] = counts;
        }

        return counts;
    }

    private sealed class TypeCounts
    {
        public int Gold { get; set; }

        public int GoldMatched { get; set; }

        public int Predicted { get; set; }

        public int PredictedMatched { get; set; }

        public TypeScore ToScore(string type)
        {
            double p = Predicted != 0 ? (double)PredictedMatched / Predicted : 0.0;
            double r = Gold != 0 ? (double)GoldMatched / Gold : 0.0;
            double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
            return new TypeScore(type, Gold, GoldMatched, Predicted, PredictedMatched,
                PythonFloat.Round1(100 * p), PythonFloat.Percent(GoldMatched, Gold), PythonFloat.Round1(100 * f));
        }
    }
}
