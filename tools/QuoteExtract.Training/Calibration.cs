using System.Globalization;
using QuoteExtract.Learning;

namespace QuoteExtract.Training;

/// <summary>Prints how often candidates are correct by confidence bucket: the calibration table of the model card.</summary>
internal static class Calibration
{
    public static void Print(Examples examples, ICandidateScorer scorer)
    {
        double[] edges = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];
        Console.WriteLine("| confidence | candidates | kept | correct | mean confidence |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (int b = 0; b < edges.Length - 1; b++)
        {
            var inBucket = examples.Rows
                .Select(r => (r.Label, P: scorer.Probability(r.Features)))
                .Where(x => x.P >= edges[b] && x.P < edges[b + 1])
                .ToList();
            if (inBucket.Count == 0)
            {
                continue;
            }

            string kept = edges[b] >= scorer.Threshold ? "yes" : (edges[b + 1] <= scorer.Threshold ? "no" : "partly");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {edges[b]:0.0}–{Math.Min(1, edges[b + 1]):0.0} | {inBucket.Count} | {kept} | {100.0 * inBucket.Count(x => x.Label) / inBucket.Count:0.0} % | {inBucket.Average(x => x.P):0.00} |"));
        }

        var high = examples.Rows.Where(r => scorer.Probability(r.Features) >= 0.9).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"confidence >= 0.9: {high.Count} candidates, {(high.Count == 0 ? 0 : 100.0 * high.Count(r => r.Label) / high.Count):0.0} % correct"));
    }
}
