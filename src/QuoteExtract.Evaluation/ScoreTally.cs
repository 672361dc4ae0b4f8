namespace QuoteExtract.Evaluation;

/// <summary>
/// The counts behind an <see cref="EvaluationReport"/>, gathered one document at a time by <see cref="Scorer.Score"/>:
/// matches at 30 % and 80 % overlap and exact, speakers and cues of matched quotes, distinct speaker and cue spans,
/// types, and confident predictions.
/// </summary>
internal sealed class ScoreTally(int documents)
{
    private readonly SortedDictionary<string, TypeCounts> types = new(StringComparer.Ordinal);
    private readonly List<DocumentAlignment> alignments = new(documents);
    private int goldCount, predictedCount, m30, m80, exact, missing;
    private int speakerTotal, speakerRight, cueTotal, cueRight, attributed, matchedUnsourced;
    private int sourceGold, sourcePredicted, sourceBoth, cueGold, cuePredicted, cueBoth;
    private int goldWithSpeaker, matchedSameType, confident, confidentRight;

    /// <summary>Counts one gold document and its predicted quotes (none when <paramref name="isMissing"/>).</summary>
    public void Add(GoldDocument document, IReadOnlyList<EvalQuote> predicted, bool isMissing)
    {
        missing += isMissing ? 1 : 0;
        var goldQuotes = document.Quotes;
        goldCount += goldQuotes.Count;
        predictedCount += predicted.Count;

        var goldChars = goldQuotes.Select(q => SpanNormalizer.Characters(document.Text, q)).ToList();
        var predictedChars = predicted.Select(q => SpanNormalizer.Characters(document.Text, q)).ToList();
        var pairs30 = Scorer.Match(goldChars, predictedChars, 0.3);
        var pairs80 = Scorer.Match(goldChars, predictedChars, 0.8);
        m30 += pairs30.Count;
        m80 += pairs80.Count;
        exact += Scorer.CountExactPairs(document.Text, goldQuotes, predicted);
        alignments.Add(new DocumentAlignment(document, predicted, pairs30, pairs80, isMissing));

        AddTypes(goldQuotes, predicted);
        AddConfident(goldQuotes, predicted, pairs30);
        AddMatched(goldQuotes, predicted, pairs30);
        AddSpans(goldQuotes, predicted);
    }

    /// <summary>The report over every document added.</summary>
    public EvaluationReport Report() => new(
        Documents: alignments.Count,
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
        HighConfidence: new ConfidenceCheck(Scorer.HighConfidence, confident, confidentRight));

    private void AddTypes(IReadOnlyList<EvalQuote> goldQuotes, IReadOnlyList<EvalQuote> predicted)
    {
        foreach (var quote in goldQuotes)
        {
            Counts(quote.Type).Gold++;
            goldWithSpeaker += quote.Speaker is null ? 0 : 1;
        }

        foreach (var quote in predicted)
        {
            Counts(quote.Type).Predicted++;
        }
    }

    /// <summary>Predictions at or above <see cref="Scorer.HighConfidence"/>, and how many of them match with the right speaker.</summary>
    private void AddConfident(IReadOnlyList<EvalQuote> goldQuotes, IReadOnlyList<EvalQuote> predicted, List<(int Gold, int Predicted)> pairs30)
    {
        var goldOf = pairs30.ToDictionary(pair => pair.Predicted, pair => pair.Gold);
        for (int j = 0; j < predicted.Count; j++)
        {
            if (predicted[j].Confidence >= Scorer.HighConfidence)
            {
                confident++;
                confidentRight += goldOf.TryGetValue(j, out int g) && (goldQuotes[g].Speaker is null || Overlaps(goldQuotes[g].Speaker, predicted[j].Speaker)) ? 1 : 0;
            }
        }
    }

    /// <summary>Types, speakers and cues of the quotes matched at 30 % overlap.</summary>
    private void AddMatched(IReadOnlyList<EvalQuote> goldQuotes, IReadOnlyList<EvalQuote> predicted, List<(int Gold, int Predicted)> pairs30)
    {
        foreach (var (i, j) in pairs30)
        {
            var g = goldQuotes[i];
            var p = predicted[j];
            Counts(g.Type).GoldMatched++;
            Counts(p.Type).PredictedMatched++;
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
    }

    /// <summary>Exact-span scores over the sets of distinct speaker (cue) spans of the document.</summary>
    private void AddSpans(IReadOnlyList<EvalQuote> goldQuotes, IReadOnlyList<EvalQuote> predicted)
    {
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

    private static bool Overlaps(TextSpan? a, TextSpan? b) => a is { } x && b is { } y && x.Start < y.End && y.Start < x.End;

    private TypeCounts Counts(string type)
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
