namespace QuoteExtract.Learning;

/// <summary>
/// Evaluates a trained <see cref="ScorerModel"/> without ML.NET: a dot product for a linear model, the sum of the
/// trees' leaves for an ensemble (<see cref="TreeEnsemble"/>), then the Platt sigmoid. The parameters are copied into
/// flat arrays once; scoring allocates nothing and only reads them, so one instance serves any number of threads. The
/// model's feature lists are checked against the code's schemas where a model file is loaded
/// (<see cref="ScorerResource.Load"/>).
/// </summary>
internal sealed class CompactScorer : ICandidateScorer
{
    private readonly bool linear;
    private readonly float[] weights;
    private readonly double bias;
    private readonly double slope;
    private readonly double offset;
    private readonly TreeEnsemble trees;
    private readonly CompactScorer? rescue;
    private readonly CompactScorer? recall;
    private readonly CompactScorer? contentEnd;
    private readonly CompactScorer? contentStart;
    private readonly CompactScorer? speaker;

    private static readonly int DirectFeature = CandidateFeatures.Schema.IndexOf("type_direct");
    private static readonly int RelaxedFeature = CandidateFeatures.Schema.IndexOf("relaxed");

    public CompactScorer(ScorerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        linear = model.Kind == "linear";
        weights = [.. model.Weights];
        bias = model.Bias;
        slope = model.CalibrationSlope;
        offset = model.CalibrationOffset;
        Threshold = model.Threshold;
        KeepsRuleQuotations = model.KeepRuleQuotations;
        rescue = model.Rescue is { } r ? new CompactScorer(r) : null;
        recall = model.Recall is { } rc ? new CompactScorer(rc) : null;
        contentEnd = model.ContentEnd is { } e ? new CompactScorer(e) : null;
        speaker = model.Speaker is { } sp ? new CompactScorer(sp) : null;
        contentStart = model.ContentStart is { } b ? new CompactScorer(b) : null;
        CueRates = model.CueRates.Count == 0 ? null
            : new CueRates(model.CueRates.Where(kv => kv.Value.Length >= 2).Select(kv => KeyValuePair.Create(kv.Key, (kv.Value[0], kv.Value[1]))), model.CueRateThreshold,
                model.CueRates.Where(kv => kv.Value.Length >= 3).Select(kv => KeyValuePair.Create(kv.Key, kv.Value[2])),
                model.CueRates.Where(kv => kv.Value.Length >= 4).Select(kv => KeyValuePair.Create(kv.Key, kv.Value[3])));
        trees = new TreeEnsemble(model.Trees);
        if (linear ? weights.Length != model.Features.Count : trees.Count == 0)
        {
            throw new ArgumentException("The model has no parameters for its features.", nameof(model));
        }
    }

    public double Threshold { get; }

    public CueRates? CueRates { get; }

    /// <summary>The raw model output before calibration (margin of the linear model, sum of the trees).</summary>
    public double RawScore(ReadOnlySpan<float> features)
    {
        double sum = bias;
        if (linear)
        {
            for (int i = 0; i < weights.Length; i++)
            {
                sum += (double)weights[i] * features[i];
            }

            return sum;
        }

        return trees.Sum(sum, features);
    }

    public double Probability(ReadOnlySpan<float> features) => Calibrated(slope, offset, RawScore(features));

    /// <summary>The Platt sigmoid <c>1 / (1 + exp(-(slope * raw + offset)))</c>, clamped to [0, 1] (0 for NaN).</summary>
    internal static double Calibrated(double slope, double offset, double raw)
    {
        double p = 1 / (1 + Math.Exp(-((slope * raw) + offset)));
        return double.IsNaN(p) ? 0 : Math.Clamp(p, 0, 1);
    }

    public bool Keep(ReadOnlySpan<float> features, double probability, OperatingPoint point = OperatingPoint.Balanced) =>
        probability >= Threshold || (KeepsRuleQuotations && features[DirectFeature] == 1 && features[RelaxedFeature] == 0)
        || (rescue is not null && rescue.Probability(features) >= rescue.Threshold)
        || (point == OperatingPoint.Recall && recall is not null && recall.Probability(features) >= recall.Threshold);

    /// <summary>Whether every direct quote the rules themselves report is kept, whatever its probability (see <see cref="ScorerModel.KeepRuleQuotations"/>).</summary>
    public bool KeepsRuleQuotations { get; }

    public bool ChoosesEnds => contentEnd is not null;

    public int ChooseEnd(IReadOnlyList<(int End, float[] Features)> options) => Best(contentEnd, options);

    public bool ChoosesStarts => contentStart is not null;

    public int ChooseStart(IReadOnlyList<(int Start, float[] Features)> options) => Best(contentStart, options);

    public bool ChoosesSpeakers => speaker is not null;

    public int ChooseSpeaker<T>(IReadOnlyList<(T Speaker, float[] Features)> options) => Best(speaker, options);

    /// <summary>The option <paramref name="model"/> scores highest; the first (the rules' own) without a model.</summary>
    internal static int Best<T>(CompactScorer? model, IReadOnlyList<(T Option, float[] Features)> options)
    {
        if (model is null)
        {
            return 0;
        }

        int best = 0;
        double bestScore = double.MinValue;
        for (int i = 0; i < options.Count; i++)
        {
            double score = model.RawScore(options[i].Features);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }
}
