using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using QuoteExtract.Cli.Evaluation;
using QuoteExtract.Learning;

namespace QuoteExtract.Training;

/// <summary>
/// Trains the hybrid mode's candidate scorer (issue 6) and writes it where the library embeds it:
/// <code>
/// dotnet run --project tools/QuoteExtract.Training -c Release -- \
///     --train ../shared/eval/data/polnear-train.jsonl --dev ../shared/eval/data/polnear-dev.jsonl \
///     --output src/QuoteExtract/Resources/quote-scorer.json
/// </code>
/// The rules propose candidates on every training document; each is labelled correct when <c>score.py</c>'s
/// matching pairs it with a gold quote at 30 % overlap and its speaker is right. A fixed-seed split of the
/// training documents keeps 20 % aside to calibrate (Platt) and to tune the drop threshold, so dev is only
/// measured, never fitted. A logistic regression and a FastTree ensemble are trained; the better on the
/// held-out part is exported.
/// </summary>
internal static class Program
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    public static int Main(string[] args)
    {
        string? train = null, dev = null, output = null, algorithm = "auto";
        int seed = 20261128;
        double cueRateThreshold = 0.05;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--train": train = args[++i]; break;
                case "--dev": dev = args[++i]; break;
                case "--output": output = args[++i]; break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--algorithm": algorithm = args[++i]; break;
                case "--cue-rate": cueRateThreshold = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'");
                    return 2;
            }
        }

        if (train is null || dev is null || output is null)
        {
            Console.Error.WriteLine("usage: QuoteExtract.Training --train TRAIN.jsonl --dev DEV.jsonl --output MODEL.json [--seed N] [--algorithm auto|linear|trees] [--cue-rate R]");
            return 2;
        }

        var trainDocuments = Read(train);
        var random = new Random(seed);
        var shuffled = trainDocuments.OrderBy(d => d.Id, StringComparer.Ordinal).OrderBy(_ => random.Next()).ToList();
        int holdoutCount = shuffled.Count / 5;
        var holdout = shuffled.Take(holdoutCount).ToList();
        var fit = shuffled.Skip(holdoutCount).ToList();

        // The learned cue lexicon, cross-fitted: each training document proposes with rates counted on the other
        // folds, so the scorer learns how far a rate can be trusted on words it did not come from.
        const int Folds = 5;
        var foldOf = shuffled.Select((d, k) => (d.Id, k % Folds)).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal);
        var foldRates = Enumerable.Range(0, Folds)
            .Select(f => new CueRates(CueRateCounter.Count(shuffled.Where(d => foldOf[d.Id] != f)), cueRateThreshold)).ToArray();
        var allCounts = CueRateCounter.Count(shuffled);
        var cueRates = new CueRates(allCounts, cueRateThreshold);
        Console.WriteLine($"learned cue lexicon: {allCounts.Count} words headed at least {CueRateCounter.MinimumCues} gold cues; " +
            $"{allCounts.Count(kv => kv.Value.Cues / (kv.Value.Total + CueRates.Smoothing) >= cueRateThreshold)} reach the proposal rate {cueRateThreshold:0.00}");

        var fitExamples = Examples.Of(fit, d => foldRates[foldOf[d.Id]]);
        var holdoutExamples = Examples.Of(holdout, d => foldRates[foldOf[d.Id]]);
        Console.WriteLine($"candidates: fit {fitExamples.Rows.Count} ({fitExamples.Rows.Count(r => r.Label)} correct) from {fit.Count} documents; " +
            $"held out {holdoutExamples.Rows.Count} ({holdoutExamples.Rows.Count(r => r.Label)} correct) from {holdout.Count} documents");

        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(fitExamples.Rows, Examples.Schema());
        var candidates = new List<(string Name, ScorerModel Model)>();
        if (algorithm is "auto" or "linear")
        {
            var lr = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(l2Regularization: 1f).Fit(data);
            candidates.Add(("logistic regression (L-BFGS)", ModelExport.FromLinear(lr.Model.SubModel, lr.Model.Calibrator, CandidateFeatures.Names)));
        }

        if (algorithm is "auto" or "trees")
        {
            var trees = ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: 16, numberOfTrees: 150, minimumExampleCountPerLeaf: 20, learningRate: 0.1).Fit(data);
            candidates.Add(("FastTree (150 trees, 16 leaves)", ModelExport.FromTrees(trees.Model.SubModel, trees.Model.Calibrator, CandidateFeatures.Names)));
        }

        // The rescue model: same features, label "content exactly right"; keeps what the main model would drop.
        var exactData = ml.Data.LoadFromEnumerable(fitExamples.Rows.Select(r => new Row { Features = r.Features, Label = r.Exact }), Examples.Schema());
        var exactModel = ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: 16, numberOfTrees: 150, minimumExampleCountPerLeaf: 20, learningRate: 0.1).Fit(exactData);
        var rescue = ModelExport.FromTrees(exactModel.Model.SubModel, exactModel.Model.Calibrator, CandidateFeatures.Names);
        var rescueRaw = new CompactScorer(rescue with { CalibrationSlope = 1, CalibrationOffset = 0 });
        var (rescueSlope, rescueOffset) = Platt.Fit([.. holdoutExamples.Rows.Select(r => rescueRaw.RawScore(r.Features))], [.. holdoutExamples.Rows.Select(r => r.Exact)]);
        rescue = rescue with { CalibrationSlope = rescueSlope, CalibrationOffset = rescueOffset };

        // Where an indirect or mixed quote starts and ends: one row per possible cut, label "the gold bound". Each
        // chooser ships only when it gets more bounds right than the rules on the held-out documents.
        var contentEnd = TrainChooser(ml, "content end", fitExamples.Rows.Select(r => (r.Ends, r.EndLabels)), holdoutExamples.Rows.Select(r => (r.Ends, r.EndLabels)), ContentEnds.Names);
        var contentStart = TrainChooser(ml, "content start", fitExamples.Rows.Select(r => (r.Starts, r.StartLabels)), holdoutExamples.Rows.Select(r => (r.Starts, r.StartLabels)), ContentStarts.Names);
        var speaker = TrainChooser(ml, "speaker", fitExamples.Rows.Select(r => (r.Speakers, r.SpeakerLabels)), holdoutExamples.Rows.Select(r => (r.Speakers, r.SpeakerLabels)), SpeakerOptions.Names);
        candidates = [.. candidates.Select(c => (c.Name, c.Model with { ContentEnd = contentEnd, ContentStart = contentStart, Speaker = speaker }))];

        ScorerModel? best = null;
        double bestObjective = double.MinValue;
        string bestName = "";
        foreach (var (name, model) in candidates)
        {
            var tuned = Tune(model, rescue, holdout, holdoutExamples);
            var report = Evaluate(holdout, holdoutExamples, new CompactScorer(tuned));
            double objective = Objective(report);
            Console.WriteLine($"{name}: held-out threshold {tuned.Threshold:0.00}, rescue {tuned.Rescue?.Threshold.ToString("0.00", CultureInfo.InvariantCulture) ?? "none"}, keep rule quotations {tuned.KeepRuleQuotations}: attribution@0.3 F1 {report.Attribution30.F1:0.0}, quote@exact F1 {report.QuoteExact.F1:0.0}, quote@0.3 F1 {report.Quote30.F1:0.0}");
            if (objective > bestObjective)
            {
                (best, bestObjective, bestName) = (tuned, objective, name);
            }
        }

        var devDocuments = Read(dev);
        var devExamples = Examples.Of(devDocuments, _ => cueRates);
        var rules = Evaluate(devDocuments, devExamples, null);
        var hybrid = Evaluate(devDocuments, devExamples, new CompactScorer(best!));
        best = best! with
        {
            CueRates = allCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => new[] { kv.Value.Cues, kv.Value.Total }),
            CueRateThreshold = cueRateThreshold,
            Description = string.Create(CultureInfo.InvariantCulture,
                $"{bestName}; trained by tools/QuoteExtract.Training (seed {seed}) on {fit.Count} PolNeAR train documents; calibrated and threshold tuned on {holdout.Count} held-out train documents. " +
                $"polnear-dev attribution@0.3 F1 rules {rules.Attribution30.F1:0.0} -> hybrid {hybrid.Attribution30.F1:0.0}; quote@exact F1 {rules.QuoteExact.F1:0.0} -> {hybrid.QuoteExact.F1:0.0}."),
        };

        File.WriteAllText(output, JsonSerializer.Serialize(best, JsonOptions) + "\n", new UTF8Encoding(false));
        Console.WriteLine($"chose {bestName}; wrote {output}");
        Console.WriteLine();
        Console.WriteLine("polnear-dev            rules   hybrid");
        Print("quote@0.3 F1", rules.Quote30.F1, hybrid.Quote30.F1);
        Print("quote@0.8 F1", rules.Quote80.F1, hybrid.Quote80.F1);
        Print("quote@exact F1", rules.QuoteExact.F1, hybrid.QuoteExact.F1);
        Print("attribution@0.3 P", rules.Attribution30.P, hybrid.Attribution30.P);
        Print("attribution@0.3 R", rules.Attribution30.R, hybrid.Attribution30.R);
        Print("attribution@0.3 F1", rules.Attribution30.F1, hybrid.Attribution30.F1);
        var devScorer = new CompactScorer(best);
        int learnedIndex = CandidateFeatures.Names.ToList().IndexOf("learned_cue");
        var learned = devExamples.Rows.Where(r => r.Features[learnedIndex] == 1).ToList();
        var relaxedOnly = devExamples.Rows.Where(r => r.Relaxed && r.Features[learnedIndex] == 0).ToList();
        Console.WriteLine($"dev learned-cue candidates {learned.Count} ({learned.Count(r => r.Label)} correct), kept {learned.Count(r => devScorer.Keep(r.Features, devScorer.Probability(r.Features)))} " +
            $"({learned.Count(r => r.Label && devScorer.Keep(r.Features, devScorer.Probability(r.Features)))} correct); " +
            $"other relaxed {relaxedOnly.Count} ({relaxedOnly.Count(r => r.Label)} correct), kept {relaxedOnly.Count(r => devScorer.Keep(r.Features, devScorer.Probability(r.Features)))}");
        Console.WriteLine();
        Calibration.Print(devExamples, devScorer);
        return 0;
    }

    /// <summary>Trains a FastTree over the options of each candidate with a right one; null unless it beats the rules' option on held-out rows.</summary>
    private static ScorerModel? TrainChooser<T>(MLContext ml, string name, IEnumerable<(List<(T, float[])> Options, bool[] Labels)> fit,
        IEnumerable<(List<(T, float[])> Options, bool[] Labels)> holdout, IReadOnlyList<string> featureNames)
    {
        var rows = fit.Where(g => g.Options.Count > 1 && g.Labels.Any(l => l))
            .SelectMany(g => g.Options.Select((o, k) => new Row { Features = o.Item2, Label = g.Labels[k] })).ToList();
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureNames.Count);
        var trained = ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: 8, numberOfTrees: 100, minimumExampleCountPerLeaf: 10, learningRate: 0.1)
            .Fit(ml.Data.LoadFromEnumerable(rows, schema));
        var model = ModelExport.FromTrees(trained.Model.SubModel, trained.Model.Calibrator, featureNames);
        var scorer = new CompactScorer(model);
        var groups = holdout.Where(g => g.Options.Count > 1 && g.Labels.Any(l => l)).ToList();
        int rulesRight = groups.Count(g => g.Labels[0]);
        int modelRight = groups.Count(g => g.Labels[CompactScorer.Best(scorer, g.Options)]);
        Console.WriteLine($"{name}: {rows.Count} options from {rows.Count(r => r.Label)} fit quotes; held out {groups.Count} quotes with a choice: " +
            $"rules right {rulesRight}, model right {modelRight}{(modelRight > rulesRight ? "" : "; not shipped")}");
        return modelRight > rulesRight ? model : null;
    }

    /// <summary>What threshold tuning and model choice maximise on held-out documents: the sum of attribution@0.3 F1, quote@exact F1 and quote@0.3 F1.</summary>
    private static double Objective(EvaluationReport report) => report.Attribution30.F1 + report.QuoteExact.F1 + report.Quote30.F1;

    private static void Print(string metric, double rules, double hybrid) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{metric,-22} {rules,5:0.0}   {hybrid,5:0.0}"));

    /// <summary>
    /// Fits the Platt calibration on the held-out scores, then picks the thresholds of the main and the rescue model
    /// (or no rescue) with the best attribution@0.3 + exact F1 on the held-out documents.
    /// </summary>
    private static ScorerModel Tune(ScorerModel model, ScorerModel rescue, List<GoldDocument> documents, Examples examples)
    {
        var raw = new CompactScorer(model with { CalibrationSlope = 1, CalibrationOffset = 0 });
        var (slope, offset) = Platt.Fit([.. examples.Rows.Select(r => raw.RawScore(r.Features))], [.. examples.Rows.Select(r => r.Label)]);
        var calibrated = model with { CalibrationSlope = slope, CalibrationOffset = offset };
        var best = calibrated;
        double bestObjective = double.MinValue;
        for (double threshold = 0; threshold < 0.9; threshold += 0.04)
        {
            for (double rescueThreshold = 0.1; rescueThreshold <= 1.0001; rescueThreshold += 0.05)
            foreach (bool keepQuotations in (bool[])[false, true])
            {
                var candidate = calibrated with
                {
                    Threshold = Math.Round(threshold, 2),
                    KeepRuleQuotations = keepQuotations,
                    Rescue = rescueThreshold > 1 ? null : rescue with { Threshold = Math.Round(rescueThreshold, 2) },
                };
                var report = Evaluate(documents, examples, new CompactScorer(candidate));
                double objective = Objective(report);
                if (objective > bestObjective + 1e-9)
                {
                    (best, bestObjective) = (candidate, objective);
                }
            }
        }

        return best;
    }

    /// <summary>Scores the candidates kept by <paramref name="scorer"/> (with none, the rules' own: relaxed proposals left out) with the CLI's port of score.py.</summary>
    internal static EvaluationReport Evaluate(List<GoldDocument> documents, Examples examples, ICandidateScorer? scorer)
    {
        var predictions = new Dictionary<string, PredictedDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var kept = examples.ByDocument[document.Id]
                .Where(r => scorer is null ? !r.Relaxed : scorer.Keep(r.Features, scorer.Probability(r.Features)))
                .Select(r => WithBounds(r, scorer))
                .ToList();
            predictions[document.Id] = new PredictedDocument(document.Id, kept);
        }

        return Scorer.Score(documents, predictions);
    }

    /// <summary>The candidate's quote with the start and end <paramref name="scorer"/> chooses (the rules' without one).</summary>
    private static EvalQuote WithBounds(Row r, ICandidateScorer? scorer)
    {
        int start = scorer is not null && r.Starts.Count > 1 ? r.Starts[scorer.ChooseStart(r.Starts)].Start : r.Quote.Start;
        int end = scorer is not null && r.Ends.Count > 1 ? r.Ends[scorer.ChooseEnd(r.Ends)].End : r.Quote.End;
        var speaker = scorer is not null && r.Speakers.Count > 1 ? r.Speakers[scorer.ChooseSpeaker(r.Speakers)].Speaker : r.Quote.Speaker;
        var quote = speaker == r.Quote.Speaker ? r.Quote : r.Quote with { Speaker = speaker };
        return start == quote.Start && end == quote.End ? quote : quote with { Start = start, End = end, Parts = [new TextSpan(start, end)] };
    }

    private static List<GoldDocument> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return EvalReader.ReadGold(reader, path, message => Console.Error.WriteLine(message));
    }
}
