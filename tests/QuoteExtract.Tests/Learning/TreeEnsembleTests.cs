using CsCheck;
using FluentAssertions;
using QuoteExtract.Learning;

namespace QuoteExtract.Tests.Learning;

/// <summary>
/// The feature-by-feature sum of <see cref="TreeEnsemble"/> must equal, to the bit, the sum of a walk down each tree
/// from its root: on random tree shapes (including one-leaf trees, and trees too large for a mask, which are walked),
/// and on vectors that sit exactly on thresholds or hold NaN, where a strict and a non-strict comparison part ways.
/// </summary>
public sealed class TreeEnsembleTests
{
    private const int Features = 6;

    [Test]
    public void Sum_EqualsTheWalk_OnRandomTreesAndVectors()
    {
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var trees = Enumerable.Range(0, random.Next(1, 12)).Select(_ => RandomTree(random, random.Next(1, 70))).ToList();
            var ensemble = new TreeEnsemble(trees);
            for (int v = 0; v < 20; v++)
            {
                var vector = RandomVector(random);
                double expected = TreeEnsemble.WalkSum(trees, 0.25, vector);
                BitConverter.DoubleToInt64Bits(ensemble.Sum(0.25, vector)).Should().Be(BitConverter.DoubleToInt64Bits(expected));
            }
        }, iter: 300);
    }

    [Test]
    public void Sum_EqualsTheWalk_ForEveryPartOfTheShippedModel()
    {
        using var stream = typeof(ScorerResource).Assembly.GetManifestResourceStream(ScorerResource.ResourceName)!;
        var model = System.Text.Json.JsonSerializer.Deserialize(stream, ScorerModelJsonContext.Default.ScorerModel)!;
        var parts = new[] { model, model.Rescue, model.Recall, model.ContentEnd, model.ContentStart, model.Speaker }.OfType<ScorerModel>().ToList();
        parts.Should().HaveCount(6);
        var random = new Random(11);
        foreach (var part in parts)
        {
            var ensemble = new TreeEnsemble(part.Trees);
            var thresholds = part.Trees.SelectMany(t => t.Thresholds).ToArray();
            for (int v = 0; v < 200; v++)
            {
                // Values drawn from the model's own thresholds (and just around them), zeros, ones and NaN.
                var vector = Enumerable.Range(0, part.Features.Count).Select(_ => random.Next(5) switch
                {
                    0 => 0f,
                    1 => 1f,
                    2 => thresholds[random.Next(thresholds.Length)],
                    3 => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(thresholds[random.Next(thresholds.Length)]) + 1),
                    _ => random.Next(50) == 0 ? float.NaN : (float)(random.NextDouble() * 10),
                }).ToArray();
                ensemble.Sum(part.Bias, vector).Should().Be(TreeEnsemble.WalkSum(part.Trees, part.Bias, vector));
            }
        }
    }

    [Test]
    public void Sum_OfATreeWithMoreLeavesThanAMask_IsTheWalk()
    {
        var random = new Random(3);
        var trees = new List<TreeModel> { RandomTree(random, 100), RandomTree(random, 2) };
        var ensemble = new TreeEnsemble(trees);
        var vector = RandomVector(random);

        ensemble.Sum(0, vector).Should().Be(TreeEnsemble.WalkSum(trees, 0, vector));
    }

    /// <summary>A tree of <paramref name="leaves"/> leaves grown by splitting a random leaf each time, on a few thresholds so that ties occur.</summary>
    private static TreeModel RandomTree(Random random, int leaves)
    {
        var features = new List<int>();
        var thresholds = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        var values = new List<double> { random.NextDouble() - 0.5 };
        var openLeaves = new List<(int Parent, bool IsLeft, int Leaf)> { (-1, false, 0) };
        while (values.Count < leaves)
        {
            int pick = random.Next(openLeaves.Count);
            var (parent, isLeft, leaf) = openLeaves[pick];
            int node = features.Count;
            features.Add(random.Next(Features));
            thresholds.Add(random.Next(4) * 0.5f);
            values.Add(random.NextDouble() - 0.5);
            left.Add(~leaf);
            right.Add(~(values.Count - 1));
            if (parent >= 0)
            {
                (isLeft ? left : right)[parent] = node;
            }

            openLeaves[pick] = (node, true, leaf);
            openLeaves.Add((node, false, values.Count - 1));
        }

        return new TreeModel { Weight = 0.5 + random.NextDouble(), SplitFeatures = features, Thresholds = thresholds, Left = left, Right = right, Leaves = values };
    }

    private static float[] RandomVector(Random random) =>
        [.. Enumerable.Range(0, Features).Select(_ => random.Next(6) switch
        {
            0 => float.NaN,
            1 or 2 => random.Next(4) * 0.5f,
            _ => (float)(random.NextDouble() * 2),
        })];
}
