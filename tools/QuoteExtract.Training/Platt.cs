namespace QuoteExtract.Training;

/// <summary>Fits <c>p = 1 / (1 + exp(-(a * score + b)))</c> to labelled scores by Newton's method (Platt 1999, with his smoothed targets).</summary>
internal static class Platt
{
    public static (double Slope, double Offset) Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        int positives = labels.Count(l => l), negatives = labels.Count - positives;
        double hi = (positives + 1.0) / (positives + 2.0), lo = 1.0 / (negatives + 2.0);
        double a = 1, b = 0;
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < scores.Count; i++)
            {
                double p = 1 / (1 + Math.Exp(-((a * scores[i]) + b)));
                double y = labels[i] ? hi : lo;
                double d = p - y, w = p * (1 - p);
                ga += d * scores[i];
                gb += d;
                haa += w * scores[i] * scores[i];
                hab += w * scores[i];
                hbb += w;
            }

            double det = (haa * hbb) - (hab * hab);
            double da = ((hbb * ga) - (hab * gb)) / det, db = ((haa * gb) - (hab * ga)) / det;
            a -= da;
            b -= db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-10)
            {
                break;
            }
        }

        return (a, b);
    }
}
