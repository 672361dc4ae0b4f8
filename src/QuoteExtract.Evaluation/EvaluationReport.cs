namespace QuoteExtract.Evaluation;

/// <summary>Everything <c>quotex eval</c> reports; the numbers are those of <c>score.py --json</c>.</summary>
internal sealed record EvaluationReport(
    int Documents,
    int MissingDocuments,
    int GoldQuotes,
    int PredictedQuotes,
    Prf Quote30,
    Prf Quote80,
    Prf QuoteExact,
    double SpeakerAccuracy,
    double CueAccuracy,
    Prf Attribution30,
    Prf SourceSpanExact,
    Prf CueSpanExact,
    IReadOnlyList<TypeScore> Types,
    double TypeAccuracyOnMatched,
    IReadOnlyList<DocumentAlignment> Alignments,
    ConfidenceCheck HighConfidence)
{
    /// <summary>score.py's <c>recall_by_type@0.3</c>: quote@0.3 recall per gold type, for the types that occur in the gold.</summary>
    public IEnumerable<TypeScore> GoldTypes => Types.Where(t => t.Gold > 0);
}

/// <summary>
/// quote@0.3 by type: recall over the gold quotes of the type (score.py's recall by type), precision over the
/// predicted quotes of the type, and their F1, which means something only when types are predicted well.
/// </summary>
internal sealed record TypeScore(string Type, int Gold, int GoldMatched, int Predicted, int PredictedMatched, double P, double R, double F1);

/// <summary>One gold document with its predictions and the quote@0.3 and quote@0.8 pairs (gold index, predicted index).</summary>
internal sealed record DocumentAlignment(
    GoldDocument Document,
    IReadOnlyList<EvalQuote> Predicted,
    IReadOnlyList<(int Gold, int Predicted)> Match30,
    IReadOnlyList<(int Gold, int Predicted)> Match80,
    bool MissingPrediction);

/// <summary>
/// How far high confidence can be trusted: of the predictions with confidence at least <see cref="Threshold"/>,
/// how many are correct the way attribution@0.3 counts (matched at 30 % overlap, with the right speaker or a gold
/// quote without one). Not a score.py metric; <see cref="Predicted"/> is 0 when the predictions carry no confidence.
/// </summary>
internal sealed record ConfidenceCheck(double Threshold, int Predicted, int Correct)
{
    public double Rate => PythonFloat.Percent(Correct, Predicted);
}
