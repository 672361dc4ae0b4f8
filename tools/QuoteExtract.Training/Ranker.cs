using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using QuoteExtract.Learning;

namespace QuoteExtract.Training;

/// <summary>One option of a chooser's query for the ranking trainer: its features, whether it is right, its query.</summary>
internal sealed class OptionRow
{
    public float[] Features { get; set; } = [];

    public float Label { get; set; }

    public uint Query { get; set; }
}

/// <summary>
/// The choosers' learner: LambdaMART (FastTree ranking). The options of one quote form a query, and the model learns
/// to rank the right option first — what a chooser does with it — rather than to score each option alone.
/// </summary>
internal static class Ranker
{
    public static (ITransformer Model, ScorerModel Exported) Train(MLContext ml, IReadOnlyList<OptionRow> options, IReadOnlyList<string> featureNames,
        int leaves = 16, int trees = 200, int minimumPerLeaf = 10)
    {
        var schema = SchemaDefinition.Create(typeof(OptionRow));
        schema[nameof(OptionRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureNames.Count);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("GroupId", nameof(OptionRow.Query))
            .Append(ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
            {
                RowGroupColumnName = "GroupId",
                NumberOfLeaves = leaves,
                NumberOfTrees = trees,
                MinimumExampleCountPerLeaf = minimumPerLeaf,
                LearningRate = 0.1,
            }));
        var model = pipeline.Fit(ml.Data.LoadFromEnumerable(options, schema));
        return (model, ModelExport.FromTrees(model.LastTransformer.Model, null, featureNames));
    }

    /// <summary>ML.NET's ranking scores of <paramref name="options"/> under <paramref name="model"/> (to check the export against).</summary>
    public static List<float> Scores(MLContext ml, ITransformer model, IReadOnlyList<OptionRow> options, int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(OptionRow));
        schema[nameof(OptionRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        var scored = model.Transform(ml.Data.LoadFromEnumerable(options, schema));
        return [.. scored.GetColumn<float>("Score")];
    }
}
