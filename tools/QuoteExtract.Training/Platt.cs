namespace QuoteExtract.Training;

/// <summary>
/// Fits <c>p = 1 / (1 + exp(-(a * score + b)))</c> to labelled scores: Newton's method with backtracking line
/// search and Platt's smoothed targets (Lin, Lin and Weng 2007, "A note on Platt's probabilistic outputs").
/// </summary>
internal static class Platt
{
    public static (double Slope, double Offset) Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        int positives = labels.Count(l => l), negatives = labels.Count - positives;
        double hi = (positives + 1.0) / (positives + 2.0), lo = 1.0 / (negatives + 2.0);
        double a = 0, b = Math.Log((positives + 1.0) / (negatives + 1.0));
        double loss = Loss(a, b);
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
            for (int i = 0; i < scores.Count; i++)
            {
                double p = Sigmoid((a * scores[i]) + b);
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
            double step = 1;
            while (step > 1e-10 && Loss(a - (step * da), b - (step * db)) > loss)
            {
                step /= 2;
            }

            if (step <= 1e-10)
            {
                break;
            }

            a -= step * da;
            b -= step * db;
            double next = Loss(a, b);
            if (loss - next < 1e-12)
            {
                break;
            }

            loss = next;
        }

        return (a, b);

        double Loss(double slope, double offset)
        {
            double sum = 0;
            for (int i = 0; i < scores.Count; i++)
            {
                double z = (slope * scores[i]) + offset;
                double y = labels[i] ? hi : lo;

                // -[y log p + (1 - y) log(1 - p)] written stably: log(1 + e^z) - y z.
                sum += (z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - (y * z);
            }

            return sum;
        }
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
