using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using QuoteExtract.Learning;

namespace QuoteExtract.Training;

/// <summary>
/// Reads the trained parameters out of ML.NET model objects into the library's <see cref="ScorerModel"/>:
/// linear weights and bias, or the regression trees of a FastTree ensemble, and the Platt calibrator.
/// </summary>
internal static class ModelExport
{
    public static ScorerModel FromLinear(LinearBinaryModelParameters linear, ICalibrator? calibrator, IReadOnlyList<string> features)
    {
        var (slope, offset) = Sigmoid(calibrator);
        return new ScorerModel
        {
            Kind = "linear",
            Features = [.. features],
            Weights = [.. linear.Weights],
            Bias = linear.Bias,
            CalibrationSlope = slope,
            CalibrationOffset = offset,
        };
    }

    public static ScorerModel FromTrees(TreeEnsembleModelParametersBasedOnRegressionTree trees, ICalibrator? calibrator, IReadOnlyList<string> features)
    {
        var (slope, offset) = Sigmoid(calibrator);
        var ensemble = trees.TrainedTreeEnsemble;
        var exported = new List<TreeModel>(ensemble.Trees.Count);
        for (int t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(f => f))
            {
                throw new NotSupportedException("Categorical splits are not exported; features are numeric.");
            }

            exported.Add(new TreeModel
            {
                Weight = ensemble.TreeWeights[t],
                SplitFeatures = [.. tree.NumericalSplitFeatureIndexes],
                Thresholds = [.. tree.NumericalSplitThresholds],
                Left = [.. tree.LeftChild],
                Right = [.. tree.RightChild],
                Leaves = [.. tree.LeafValues],
            });
        }

        return new ScorerModel
        {
            Kind = "trees",
            Features = [.. features],
            Trees = exported,
            Bias = ensemble.Bias,
            CalibrationSlope = slope,
            CalibrationOffset = offset,
        };
    }

    /// <summary>
    /// The calibrator as <c>p = 1 / (1 + exp(-(slope * x + offset)))</c>, read off the calibrator itself at x = 0 and
    /// x = 1 rather than from its fields, so the sign convention of ML.NET's Platt parameters cannot be got wrong.
    /// </summary>
    private static (double Slope, double Offset) Sigmoid(ICalibrator? calibrator)
    {
        if (calibrator is null)
        {
            return (1, 0);
        }

        double at0 = Logit(calibrator.PredictProbability(0f));
        double at1 = Logit(calibrator.PredictProbability(1f));
        return (at1 - at0, at0);
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));
}
