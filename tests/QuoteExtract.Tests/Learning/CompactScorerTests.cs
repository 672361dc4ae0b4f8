using FluentAssertions;
using Microsoft.ML;
using QuoteExtract.Learning;
using QuoteExtract.Training;

namespace QuoteExtract.Tests.Learning;

/// <summary>
/// The library's compact scorer must give the probabilities ML.NET gives for the same trained model: a tiny
/// logistic regression and a tiny FastTree ensemble are trained here on seeded synthetic data, exported with
/// the training program's <see cref="ModelExport"/>, and compared on held-out vectors.
/// </summary>
public sealed class CompactScorerTests
{
    private const int Seed = 7;

    [Test]
    public void Probability_LinearModel_EqualsMlNet()
    {
        var (ml, data, sample) = Synthetic();
        var model = ml.BinaryClassification.Trainers.LbfgsLogisticRegression().Fit(data);
        var exported = ModelExport.FromLinear(model.Model.SubModel, model.Model.Calibrator, CandidateFeatures.Names);

        AssertSameProbabilities(ml, model.Transform(ml.Data.LoadFromEnumerable(sample, Examples.Schema())), new CompactScorer(exported), sample);
    }

    [Test]
    public void Probability_TreeEnsemble_EqualsMlNet()
    {
        var (ml, data, sample) = Synthetic();
        var model = ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: 8, numberOfTrees: 20, minimumExampleCountPerLeaf: 5).Fit(data);
        var exported = ModelExport.FromTrees(model.Model.SubModel, model.Model.Calibrator, CandidateFeatures.Names);

        exported.Trees.Should().HaveCount(20);
        AssertSameProbabilities(ml, model.Transform(ml.Data.LoadFromEnumerable(sample, Examples.Schema())), new CompactScorer(exported), sample);
    }

    [Test]
    public void RawScore_RankingEnsemble_EqualsMlNet_AndPicksTheBestOption()
    {
        // Queries of five options; the right one has the largest hidden signal. The choosers learn this way.
        var random = new Random(Seed);
        List<OptionRow> Queries(int count)
        {
            var rows = new List<OptionRow>();
            for (int q = 0; q < count; q++)
            {
                var group = Enumerable.Range(0, 5).Select(_ => Enumerable.Range(0, ContentEnds.Count).Select(j => (float)(random.NextDouble() * 4)).ToArray()).ToList();
                int right = group.Select((f, k) => (Signal: (2 * f[0]) - f[3] + (random.NextDouble() * 0.5), k)).MaxBy(x => x.Signal).k;
                rows.AddRange(group.Select((f, k) => new OptionRow { Features = f, Label = k == right ? 1 : 0, Query = (uint)q }));
            }

            return rows;
        }

        var ml = new MLContext(Seed);
        var (model, exported) = Ranker.Train(ml, Queries(200), ContentEnds.Names, leaves: 8, trees: 20, minimumPerLeaf: 5);
        var sample = Queries(20);
        var expected = Ranker.Scores(ml, model, sample, ContentEnds.Count);
        var scorer = new CompactScorer(exported);
        for (int i = 0; i < sample.Count; i++)
        {
            scorer.RawScore(sample[i].Features).Should().BeApproximately(expected[i], 1e-4, "raw score of option {0}", i);
        }

        expected.Distinct().Should().HaveCountGreaterThan(5, "the sample must exercise the model");
        int rightFirst = sample.GroupBy(o => o.Query).Count(g => g.MaxBy(o => scorer.RawScore(o.Features))!.Label == 1);
        rightFirst.Should().BeGreaterThan(10, "the ranker learned which option is right in most of 20 queries");
    }

    [Test]
    public void Load_ExportedModelRoundTripsThroughJson_GivesSameProbabilities()
    {
        var (ml, data, sample) = Synthetic();
        var model = ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: 4, numberOfTrees: 5, minimumExampleCountPerLeaf: 5).Fit(data);
        var exported = ModelExport.FromTrees(model.Model.SubModel, model.Model.Calibrator, CandidateFeatures.Names) with { Threshold = 0.25 };
        using var stream = new MemoryStream();
        System.Text.Json.JsonSerializer.Serialize(stream, exported);
        stream.Position = 0;

        var loaded = ScorerResource.Load(stream);

        loaded.Should().NotBeNull();
        loaded!.Threshold.Should().Be(0.25);
        foreach (var row in sample)
        {
            loaded.Probability(row.Features).Should().BeApproximately(new CompactScorer(exported).Probability(row.Features), 1e-12);
        }
    }

    [Test]
    public void Keep_BelowThreshold_RescuedByTheRescueModel()
    {
        float[] weights = [.. Enumerable.Repeat(0f, CandidateFeatures.Count)];
        var main = new ScorerModel { Kind = "linear", Features = [.. CandidateFeatures.Names], Weights = weights, Bias = -2, Threshold = 0.5 };
        var features = new float[CandidateFeatures.Count];

        new CompactScorer(main).Keep(features, new CompactScorer(main).Probability(features)).Should().BeFalse();
        var rescued = main with { Rescue = main with { Bias = 2, Threshold = 0.5 } };
        new CompactScorer(rescued).Keep(features, new CompactScorer(rescued).Probability(features)).Should().BeTrue();
        new CompactScorer(rescued).Probability(features).Should().BeApproximately(1 / (1 + Math.Exp(2)), 1e-12, "the reported probability stays the main model's");
    }

    private static void AssertSameProbabilities(MLContext ml, IDataView scored, CompactScorer scorer, List<Row> sample)
    {
        var expected = ml.Data.CreateEnumerable<ScoredRow>(scored, reuseRowObject: false).ToList();
        expected.Should().HaveCount(sample.Count);
        for (int i = 0; i < sample.Count; i++)
        {
            scorer.RawScore(sample[i].Features).Should().BeApproximately(expected[i].Score, 1e-4, "raw score of row {0}", i);
            scorer.Probability(sample[i].Features).Should().BeApproximately(expected[i].Probability, 1e-5, "probability of row {0}", i);
        }

        expected.Select(e => e.Probability).Distinct().Should().HaveCountGreaterThan(5, "the sample must exercise the model, not sit in one leaf");
    }

    /// <summary>Vectors of the real feature length; the label depends on a few features with noise, so both models have something to learn.</summary>
    private static (MLContext Ml, IDataView Data, List<Row> Sample) Synthetic()
    {
        var random = new Random(Seed);
        Row Make()
        {
            var features = new float[CandidateFeatures.Count];
            for (int j = 0; j < features.Length; j++)
            {
                features[j] = j % 3 == 0 ? random.Next(2) : (float)(random.NextDouble() * 4);
            }

            double signal = (2 * features[0]) - features[1] + (0.5 * features[4]) - 1 + (random.NextDouble() - 0.5);
            return new Row { Features = features, Label = signal > 0 };
        }

        var ml = new MLContext(Seed);
        var rows = Enumerable.Range(0, 600).Select(_ => Make()).ToList();
        var sample = Enumerable.Range(0, 50).Select(_ => Make()).ToList();
        return (ml, ml.Data.LoadFromEnumerable(rows, Examples.Schema()), sample);
    }

    private sealed class ScoredRow
    {
        public float Score { get; set; }

        public float Probability { get; set; }
    }
}
