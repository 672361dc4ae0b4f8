namespace QuoteExtract.Evaluation;

/// <summary>Precision, recall and F1 in percent, rounded as score.py's <c>prf()</c>, with the counts behind them.</summary>
internal sealed record Prf(double P, double R, double F1, int TruePositives, int Predicted, int Gold)
{
    /// <summary>score.py's <c>prf(tp, npred, ngold)</c>: the same double operations in the same order, then Python rounding.</summary>
    public static Prf Of(int truePositives, int predicted, int gold)
    {
        double p = predicted != 0 ? (double)truePositives / predicted : 0.0;
        double r = gold != 0 ? (double)truePositives / gold : 0.0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(PythonFloat.Round1(100 * p), PythonFloat.Round1(100 * r), PythonFloat.Round1(100 * f), truePositives, predicted, gold);
    }
}
