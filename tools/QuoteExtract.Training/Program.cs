using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using QuoteExtract.Evaluation;
using QuoteExtract.Learning;

namespace QuoteExtract.Training;

/// <summary>
/// Trains the hybrid mode's candidate scorer (issue 6) and writes it where the library embeds it:
/// <code>
/// dotnet run --project tools/QuoteExtract.Training -c Release -- \
///     --train ../shared/eval/data/polnear-train.jsonl --dev ../shared/eval/data/polnear-dev.jsonl \
///     --output src/QuoteExtract/Resources/quote-scorer.json --commit $(git rev-parse --short HEAD)
/// </code>
/// The rules propose candidates on every training document; each is labelled correct when <c>score.py</c>'s
/// matching pairs it with a gold quote at 30 % overlap and its speaker is right. A fixed-seed split of the
/// training documents into five folds gives every candidate an out-of-fold score, on which the calibration
/// (Platt), the drop thresholds and the choosers' shipping are decided; the shipped models are then trained on
/// all folds, and dev is only measured, never fitted. A logistic regression and a FastTree ensemble are
/// trained; the better out of fold is exported.
/// </summary>
internal static class Program
{
    /// <summary>Indented, with lists of numbers on one line each (a tree's thresholds, a word's cue counts).</summary>
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters =
        {
            new InlineNumberArrays<float>(), new InlineNumberArrays<double>(), new InlineNumberArrays<int>(),
            new InlineNumberArrays<int>.Arrays(),
        },
    };

    public static int Main(string[] args)
    {
        string? train = null, dev = null, output = null, algorithm = "auto", commit = null;
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
                case "--commit": commit = args[++i]; break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'");
                    return 2;
            }
        }

        if (train is null || dev is null || output is null)
        {
            Console.Error.WriteLine("usage: QuoteExtract.Training --train TRAIN.jsonl --dev DEV.jsonl --output MODEL.json [--commit HASH] [--seed N] [--algorithm auto|linear|trees] [--cue-rate R]");
            return 2;
        }

        var trainDocuments = Read(train);
        var random = new Random(seed);
        var shuffled = trainDocuments.OrderBy(d => d.Id, StringComparer.Ordinal).OrderBy(_ => random.Next()).ToList();

        // Five folds over the training documents. Everything tuned (calibration, thresholds, whether a chooser
        // ships) is tuned on out-of-fold predictions, so all 840 documents both train and tune, and dev is only
        // measured. The learned cue lexicon is cross-fitted the same way: each document proposes with rates
        // counted on the other folds, so the scorer learns how far a rate can be trusted on unseen words.
        const int Folds = 5;
        var foldOf = shuffled.Select((d, k) => (d.Id, k % Folds)).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal);
        var foldRates = Enumerable.Range(0, Folds)
            .Select(f => Rates(CueRateCounter.Count(shuffled.Where(d => foldOf[d.Id] != f)), cueRateThreshold)).ToArray();
        var allCounts = CueRateCounter.Count(shuffled);
        var cueRates = Rates(allCounts, cueRateThreshold);
        Console.WriteLine($"learned cue lexicon: {allCounts.Count} words headed at least {CueRateCounter.MinimumCues} gold cues; " +
            $"{allCounts.Count(kv => CueRates.RateOf((kv.Value.Cues, kv.Value.Total)) >= cueRateThreshold)} reach the proposal rate {cueRateThreshold:0.00}");

        var examples = Examples.Of(shuffled, d => foldRates[foldOf[d.Id]]);
        var folds = Enumerable.Range(0, Folds).Select(f => shuffled.Where(d => foldOf[d.Id] == f).SelectMany(d => examples.ByDocument[d.Id]).ToList()).ToArray();
        Console.WriteLine($"candidates: {examples.Rows.Count} ({examples.Rows.Count(r => r.Label)} correct) from {shuffled.Count} documents in {Folds} folds");

        var ml = new MLContext(seed);

        // Where an indirect or mixed quote starts and ends, and who speaks: one row per option, label "the gold
        // one". Each chooser ships only when its out-of-fold picks are right more often than the rules' option.
        var contentEnd = CrossFitChooser(ml, "content end", folds, r => (r.Ends, r.EndLabels), ContentEnds.Names, (r, k) => r.EndPick = k);
        var contentStart = CrossFitChooser(ml, "content start", folds, r => (r.Starts, r.StartLabels), ContentStarts.Names, (r, k) => r.StartPick = k);
        var speaker = CrossFitChooser(ml, "speaker", folds, r => (r.Speakers, r.SpeakerLabels), SpeakerOptions.Names, (r, k) => r.SpeakerPick = k);

        // The rescue model keeps a quote whose content is exactly right as it will be reported: with the bounds
        // the out-of-fold choosers picked.
        // The recall model likewise learns which candidates match a gold quote as they will be reported.
        int exactBefore = examples.Rows.Count(r => r.Exact), matchedBefore = examples.Rows.Count(r => r.Matched);
        foreach (var document in shuffled)
        {
            examples.Relabel(document, OutOfFoldBounds);
        }

        Console.WriteLine($"exact contents with the choosers' bounds: {exactBefore} -> {examples.Rows.Count(r => r.Exact)}; matched at 0.3: {matchedBefore} -> {examples.Rows.Count(r => r.Matched)}");

        // The main model (label: a correct quote) and the rescue model (label: content exactly right), each
        // scored out of fold for tuning and then trained on every fold for shipping.
        var trainers = new List<(string Name, Func<IDataView, ScorerModel> Train)>();
        if (algorithm is "auto" or "linear")
        {
            trainers.Add(("logistic regression (L-BFGS)", data =>
            {
                var lr = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(l2Regularization: 1f).Fit(data);
                return ModelExport.FromLinear(lr.Model.SubModel, lr.Model.Calibrator, CandidateFeatures.Names);
            }));
        }

        if (algorithm is "auto" or "trees")
        {
            trainers.Add(("FastTree (150 trees, 16 leaves)", data => TrainTrees(ml, data)));
        }

        var rescueRaw = CrossFitScores(ml, folds, r => r.Exact, data => TrainTrees(ml, data), out var rescue);
        var recallRaw = CrossFitScores(ml, folds, r => r.Matched, data => TrainTrees(ml, data), out var recall);
        ScorerModel? best = null;
        Dictionary<Row, double> bestRaw = null!;
        double bestObjective = double.MinValue;
        string bestName = "";
        foreach (var (name, trainer) in trainers)
        {
            var raw = CrossFitScores(ml, folds, r => r.Label, trainer, out var model);
            var tuned = Tune(model with { ContentEnd = contentEnd, ContentStart = contentStart, Speaker = speaker }, rescue, raw, rescueRaw, shuffled, examples, out var report);
            double objective = Objective(report);
            Console.WriteLine($"{name}: out-of-fold threshold {tuned.Threshold:0.00}, rescue {tuned.Rescue?.Threshold.ToString("0.00", CultureInfo.InvariantCulture) ?? "none"}, keep rule quotations {tuned.KeepRuleQuotations}: attribution@0.3 F1 {report.Attribution30.F1:0.0}, quote@exact F1 {report.QuoteExact.F1:0.0}, quote@0.3 F1 {report.Quote30.F1:0.0}");
            if (objective > bestObjective)
            {
                (best, bestObjective, bestName, bestRaw) = (tuned, objective, name, raw);
            }
        }

        best = TuneRecall(best!, recall, bestRaw, rescueRaw, recallRaw, shuffled, examples);

        var devDocuments = Read(dev);
        var devExamples = Examples.Of(devDocuments, _ => cueRates);
        var rules = Evaluate(devDocuments, devExamples, null);
        var hybrid = Evaluate(devDocuments, devExamples, new CompactScorer(best!));
        best = best! with
        {
            SchemaVersion = ScorerModel.CurrentSchemaVersion,
            TrainingCommit = commit,
            CueRates = allCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => new[] { kv.Value.Cues, kv.Value.Total, kv.Value.Short, kv.Value.Gap }),
            CueRateThreshold = cueRateThreshold,
            Description = string.Create(CultureInfo.InvariantCulture,
                $"{bestName}; trained by tools/QuoteExtract.Training (seed {seed}) on {shuffled.Count} PolNeAR train documents; calibrated and threshold tuned on {Folds}-fold out-of-fold scores. " +
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

    private static CueRates Rates(Dictionary<string, (int Cues, int Total, int Short, int Gap)> counts, double threshold) =>
        new(counts.Select(kv => KeyValuePair.Create(kv.Key, (kv.Value.Cues, kv.Value.Total))), threshold,
            counts.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Short)), counts.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Gap)));

    private static ScorerModel TrainTrees(MLContext ml, IDataView data)
    {
        var trees = ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: 16, numberOfTrees: 150, minimumExampleCountPerLeaf: 20, learningRate: 0.1).Fit(data);
        return ModelExport.FromTrees(trees.Model.SubModel, trees.Model.Calibrator, CandidateFeatures.Names);
    }

    /// <summary>
    /// The raw score of every row from a model trained on the other folds (label <paramref name="label"/>), and in
    /// <paramref name="final"/> the same model trained on every fold.
    /// </summary>
    private static Dictionary<Row, double> CrossFitScores(MLContext ml, List<Row>[] folds, Func<Row, bool> label, Func<IDataView, ScorerModel> train, out ScorerModel final)
    {
        IDataView Data(IEnumerable<Row> rows) => ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Features = r.Features, Label = label(r) }), Examples.Schema());
        var raw = new Dictionary<Row, double>();
        for (int f = 0; f < folds.Length; f++)
        {
            var scorer = new CompactScorer(train(Data(folds.Where((_, g) => g != f).SelectMany(x => x))) with { CalibrationSlope = 1, CalibrationOffset = 0 });
            foreach (var row in folds[f])
            {
                raw[row] = scorer.RawScore(row.Features);
            }
        }

        final = train(Data(folds.SelectMany(x => x)));
        return raw;
    }

    /// <summary>
    /// Trains a ranker (<see cref="Ranker"/>) over the options of each candidate with a right one, out of fold: records each row's
    /// out-of-fold pick with <paramref name="setPick"/> and returns the model trained on every fold, or null
    /// (and the rules' pick everywhere) unless the out-of-fold picks beat the rules' option.
    /// </summary>
    private static ScorerModel? CrossFitChooser<T>(MLContext ml, string name, List<Row>[] folds, Func<Row, (List<(T, float[])> Options, bool[] Labels)> groupOf,
        IReadOnlyList<string> featureNames, Action<Row, int> setPick)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureNames.Count);
        ScorerModel Train(IEnumerable<Row> rows)
        {
            var options = rows.Select(groupOf).Where(g => g.Options.Count > 1 && g.Labels.Any(l => l))
                .SelectMany((g, q) => g.Options.Select((o, k) => new OptionRow { Features = o.Item2, Label = g.Labels[k] ? 1 : 0, Query = (uint)q })).ToList();
            return Ranker.Train(ml, options, featureNames).Exported;
        }

        int rulesRight = 0, modelRight = 0, choices = 0;
        var picks = new Dictionary<Row, int>();
        for (int f = 0; f < folds.Length; f++)
        {
            var scorer = new CompactScorer(Train(folds.Where((_, g) => g != f).SelectMany(x => x)));
            foreach (var row in folds[f])
            {
                var (options, labels) = groupOf(row);
                int pick = options.Count > 1 ? CompactScorer.Best(scorer, options) : 0;
                picks[row] = pick;
                if (options.Count > 1 && labels.Any(l => l))
                {
                    choices++;
                    rulesRight += labels[0] ? 1 : 0;
                    modelRight += labels[pick] ? 1 : 0;
                }
            }
        }

        bool ships = modelRight > rulesRight;
        Console.WriteLine($"{name}: out of fold, {choices} quotes with a choice: rules right {rulesRight}, model right {modelRight}{(ships ? "" : "; not shipped")}");
        foreach (var (row, pick) in picks)
        {
            setPick(row, ships ? pick : 0);
        }

        return ships ? Train(folds.SelectMany(x => x)) : null;
    }

    /// <summary>What threshold tuning and model choice maximise on held-out documents: the sum of attribution@0.3 F1, quote@exact F1 and quote@0.3 F1.</summary>
    private static double Objective(EvaluationReport report) => report.Attribution30.F1 + report.QuoteExact.F1 + report.Quote30.F1;

    private static void Print(string metric, double rules, double hybrid) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{metric,-22} {rules,5:0.0}   {hybrid,5:0.0}"));

    /// <summary>
    /// Fits the Platt calibration on the out-of-fold scores, then picks the thresholds of the main and the rescue
    /// model (or no rescue) with the best <see cref="Objective"/> on the out-of-fold predictions.
    /// </summary>
    private static ScorerModel Tune(ScorerModel model, ScorerModel rescue, Dictionary<Row, double> raw, Dictionary<Row, double> rescueRaw,
        List<GoldDocument> documents, Examples examples, out EvaluationReport bestReport)
    {
        var (slope, offset) = Platt.Fit([.. examples.Rows.Select(r => raw[r])], [.. examples.Rows.Select(r => r.Label)]);
        var (rescueSlope, rescueOffset) = Platt.Fit([.. examples.Rows.Select(r => rescueRaw[r])], [.. examples.Rows.Select(r => r.Exact)]);
        var probability = examples.Rows.ToDictionary(r => r, r => CompactScorer.Calibrated(slope, offset, raw[r]));
        var rescueProbability = examples.Rows.ToDictionary(r => r, r => CompactScorer.Calibrated(rescueSlope, rescueOffset, rescueRaw[r]));
        var calibrated = model with { CalibrationSlope = slope, CalibrationOffset = offset };
        var calibratedRescue = rescue with { CalibrationSlope = rescueSlope, CalibrationOffset = rescueOffset };
        var best = calibrated;
        bestReport = null!;
        double bestObjective = double.MinValue;
        for (double threshold = 0; threshold < 0.9; threshold += 0.04)
        {
            for (double rescueThreshold = 0.1; rescueThreshold <= 1.0001; rescueThreshold += 0.05)
            foreach (bool keepQuotations in (bool[])[false, true])
            {
                double t = Math.Round(threshold, 2), rt = Math.Round(rescueThreshold, 2);
                var report = Evaluate(documents, examples,
                    r => KeptAtBalanced(r, probability[r], rescueProbability[r], t, keepQuotations, rt <= 1 ? rt : null),
                    OutOfFoldBounds, r => probability[r]);
                double objective = Objective(report);
                if (objective > bestObjective + 1e-9)
                {
                    bestObjective = objective;
                    bestReport = report;
                    best = calibrated with
                    {
                        Threshold = t,
                        KeepRuleQuotations = keepQuotations,
                        Rescue = rt > 1 ? null : calibratedRescue with { Threshold = rt },
                    };
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Whether the balanced point keeps a row: its main probability reaches <paramref name="threshold"/>, it is a rule
    /// quotation and every one is kept, or the rescue probability reaches <paramref name="rescueThreshold"/> (none: no rescue).
    /// The same rule as <see cref="CompactScorer.Keep"/>, on out-of-fold probabilities.
    /// </summary>
    private static bool KeptAtBalanced(Row r, double probability, double rescueProbability, double threshold, bool keepQuotations, double? rescueThreshold) =>
        probability >= threshold || (keepQuotations && r.Quote.Type == "direct" && !r.Relaxed) || (rescueThreshold is { } rt && rescueProbability >= rt);

    /// <summary>
    /// Adds the recall operating point to the tuned <paramref name="model"/>: keep what the balanced point keeps, and
    /// also a candidate whose calibrated recall-model probability reaches a threshold, the one where out-of-fold
    /// quote@0.3 recall reaches precision (the break-even point; the highest such threshold).
    /// </summary>
    private static ScorerModel TuneRecall(ScorerModel model, ScorerModel recall, Dictionary<Row, double> raw, Dictionary<Row, double> rescueRaw,
        Dictionary<Row, double> recallRaw, List<GoldDocument> documents, Examples examples)
    {
        var (slope, offset) = Platt.Fit([.. examples.Rows.Select(r => recallRaw[r])], [.. examples.Rows.Select(r => r.Matched)]);
        var confidence = examples.Rows.ToDictionary(r => r, r => CompactScorer.Calibrated(model.CalibrationSlope, model.CalibrationOffset, raw[r]));
        var balanced = examples.Rows.ToDictionary(r => r, r => KeptAtBalanced(r, confidence[r],
            model.Rescue is { } rescue ? CompactScorer.Calibrated(rescue.CalibrationSlope, rescue.CalibrationOffset, rescueRaw[r]) : 0,
            model.Threshold, model.KeepRuleQuotations, model.Rescue?.Threshold));
        var probability = examples.Rows.ToDictionary(r => r, r => CompactScorer.Calibrated(slope, offset, recallRaw[r]));
        for (int step = 99; step >= 1; step--)
        {
            double t = step / 100.0;
            var report = Evaluate(documents, examples, r => balanced[r] || probability[r] >= t, OutOfFoldBounds, r => confidence[r]);
            if (report.Quote30.R >= report.Quote30.P)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"recall point: out-of-fold threshold {t:0.00}: quote@0.3 P/R/F1 {report.Quote30.P:0.0} / {report.Quote30.R:0.0} / {report.Quote30.F1:0.0}, quote@0.8 F1 {report.Quote80.F1:0.0}, attribution@0.3 F1 {report.Attribution30.F1:0.0}, quote@exact F1 {report.QuoteExact.F1:0.0}, indirect recall {report.GoldTypes.FirstOrDefault(x => x.Type == "indirect")?.R ?? 0:0.0}"));
                return model with { Recall = recall with { CalibrationSlope = slope, CalibrationOffset = offset, Threshold = t } };
            }
        }

        Console.WriteLine("recall point: recall never reaches precision; no recall model shipped");
        return model;
    }

    /// <summary>Scores the candidates kept by <paramref name="scorer"/> (with none, the rules' own: relaxed proposals left out) with the CLI's port of score.py.</summary>
    internal static EvaluationReport Evaluate(List<GoldDocument> documents, Examples examples, ICandidateScorer? scorer) =>
        Evaluate(documents, examples,
            r => scorer is null ? !r.Relaxed : scorer.Keep(r.Features, scorer.Probability(r.Features)),
            r => WithBounds(r, scorer), scorer is null ? null : r => scorer.Probability(r.Features));

    /// <summary>
    /// Scores the candidates <paramref name="keep"/> keeps, each as <paramref name="quoteOf"/> gives it, with the CLI's
    /// port of score.py. With <paramref name="likelihood"/> (the main model's probability, the reported confidence), of
    /// two kept candidates whose rules' spans overlap, one relaxed, the less likely goes, as
    /// <see cref="LearnedDecisions.DropOverlapsWithRelaxed"/> decides at extraction.
    /// </summary>
    private static EvaluationReport Evaluate(List<GoldDocument> documents, Examples examples, Func<Row, bool> keep, Func<Row, EvalQuote> quoteOf,
        Func<Row, double>? likelihood = null)
    {
        var predictions = new Dictionary<string, PredictedDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var kept = examples.ByDocument[document.Id].Where(keep).ToList();
            if (likelihood is not null)
            {
                var drop = LearnedDecisions.OverlapLosers(kept.Count, i => kept[i].Relaxed, i => new TextSpan(kept[i].Quote.Start, kept[i].Quote.End), i => likelihood(kept[i]));
                kept = [.. kept.Where((_, i) => !drop[i])];
            }

            predictions[document.Id] = new PredictedDocument(document.Id, [.. kept.Select(quoteOf)]);
        }

        return Scorer.Score(documents, predictions);
    }

    /// <summary>The candidate's quote with the start, end and speaker the out-of-fold choosers picked.</summary>
    private static EvalQuote OutOfFoldBounds(Row r) =>
        Bounds(r, r.Starts.Count > 1 ? r.Starts[r.StartPick].Start : r.Quote.Start, r.Ends.Count > 1 ? r.Ends[r.EndPick].End : r.Quote.End,
            r.Speakers.Count > 1 ? r.Speakers[r.SpeakerPick].Speaker : r.Quote.Speaker);

    /// <summary>The candidate's quote with the start and end <paramref name="scorer"/> chooses (the rules' without one).</summary>
    private static EvalQuote WithBounds(Row r, ICandidateScorer? scorer) =>
        Bounds(r, scorer is not null && r.Starts.Count > 1 ? r.Starts[scorer.ChooseStart(r.Starts)].Start : r.Quote.Start,
            scorer is not null && r.Ends.Count > 1 ? r.Ends[scorer.ChooseEnd(r.Ends)].End : r.Quote.End,
            scorer is not null && r.Speakers.Count > 1 ? r.Speakers[scorer.ChooseSpeaker(r.Speakers)].Speaker : r.Quote.Speaker);

    private static EvalQuote Bounds(Row r, int start, int end, TextSpan? speaker)
    {
        var content = LearnedDecisions.ChosenContent(start, end, new TextSpan(r.Quote.Start, r.Quote.End));
        (start, end) = (content.Start, content.End);
        var quote = speaker == r.Quote.Speaker ? r.Quote : r.Quote with { Speaker = speaker };
        return start == quote.Start && end == quote.End ? quote : quote with { Start = start, End = end, Parts = [new TextSpan(start, end)] };
    }

    private static List<GoldDocument> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return EvalReader.ReadGold(reader, path, message => Console.Error.WriteLine(message));
    }
}
