using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace QuoteExtract.Learning;

/// <summary>
/// The sum of a tree ensemble's weighted leaves for one feature vector, computed feature by feature instead of tree by
/// tree (the QuickScorer layout of Lucchese et al., SIGIR 2015). Each tree numbers its leaves from left to right; each
/// split node holds a mask without the leaves of its left subtree. A vector's value above a node's threshold sends it
/// right, so that node's mask is applied to its tree; the exit leaf of every tree is then the leftmost leaf left in
/// its mask. The nodes of each feature are sorted by threshold, so a vector applies exactly the masks below its value
/// and stops: a scan of a few arrays instead of a walk whose every step branches on the tree's shape. The leaves are
/// summed in tree order, so the sum equals the walk's to the bit.
/// Trees of more than 64 leaves are walked (<see cref="WalkSum"/>), which also serves the tests as the reference.
/// </summary>
internal sealed class TreeEnsemble
{
    private const int MaxLeaves = 64;

    private readonly int treeCount;
    private readonly int[] featureStart;   // per feature, its first node in the sorted arrays (one more entry at the end)
    private readonly int[] splitFeatures;  // the features some node splits on
    private readonly float[] thresholds;   // split nodes, grouped by feature, ascending threshold within a feature
    private readonly int[] treeOf;
    private readonly ulong[] masks;
    private readonly int[] leafStart;      // per tree, its first leaf in leafValues, in left-to-right order
    private readonly double[] leafValues;  // leaf values times the tree's weight
    private readonly TreeModel[]? walked;  // set when some tree has too many leaves for a mask

    public TreeEnsemble(IReadOnlyList<TreeModel> trees)
    {
        treeCount = trees.Count;
        if (trees.Any(t => t.Leaves.Count > MaxLeaves))
        {
            walked = [.. trees];
            featureStart = leafStart = treeOf = splitFeatures = [];
            thresholds = [];
            masks = [];
            leafValues = [];
            return;
        }

        var nodes = new List<(int Feature, float Threshold, int Tree, ulong Mask)>();
        var leaves = new List<double>();
        leafStart = new int[treeCount];
        for (int t = 0; t < treeCount; t++)
        {
            var tree = trees[t];
            leafStart[t] = leaves.Count;
            var order = new List<int>(); // leaf indices from left to right
            if (tree.SplitFeatures.Count == 0)
            {
                order.Add(0);
            }
            else
            {
                InOrder(tree, 0, order, nodes, t);
            }

            leaves.AddRange(order.Select(leaf => tree.Weight * tree.Leaves[leaf]));
        }

        int features = nodes.Count == 0 ? 0 : nodes.Max(n => n.Feature) + 1;
        var sorted = nodes.OrderBy(n => n.Feature).ThenBy(n => n.Threshold).ToArray();
        featureStart = new int[features + 1];
        foreach (var node in sorted)
        {
            featureStart[node.Feature + 1]++;
        }

        for (int f = 0; f < features; f++)
        {
            featureStart[f + 1] += featureStart[f];
        }

        splitFeatures = [.. Enumerable.Range(0, features).Where(f => featureStart[f + 1] > featureStart[f])];
        thresholds = [.. sorted.Select(n => n.Threshold)];
        treeOf = [.. sorted.Select(n => n.Tree)];
        masks = [.. sorted.Select(n => n.Mask)];
        leafValues = [.. leaves];
    }

    /// <summary>The number of trees.</summary>
    public int Count => treeCount;

    /// <summary><paramref name="start"/> plus, tree after tree, the weighted value of the leaf <paramref name="features"/> reaches.</summary>
    public double Sum(double start, ReadOnlySpan<float> features)
    {
        if (walked is not null)
        {
            return WalkSum(walked, start, features);
        }

        Span<ulong> remaining = treeCount <= 256 ? stackalloc ulong[treeCount] : new ulong[treeCount];
        remaining.Fill(ulong.MaxValue);
        ref ulong firstTree = ref MemoryMarshal.GetReference(remaining);
        ref float threshold = ref MemoryMarshal.GetArrayDataReference(thresholds);
        ref int tree = ref MemoryMarshal.GetArrayDataReference(treeOf);
        ref ulong mask = ref MemoryMarshal.GetArrayDataReference(masks);
        foreach (int f in splitFeatures)
        {
            float value = features[f];
            if (float.IsNaN(value))
            {
                value = float.PositiveInfinity; // "NaN <= threshold" is false: the walk goes right at every node
            }

            // The indices stay within the arrays: featureStart holds the bounds of each feature's nodes, treeOf the trees.
            for (int i = featureStart[f], end = featureStart[f + 1]; i < end && Unsafe.Add(ref threshold, i) < value; i++)
            {
                Unsafe.Add(ref firstTree, Unsafe.Add(ref tree, i)) &= Unsafe.Add(ref mask, i);
            }
        }

        double sum = start;
        ref int firstLeaf = ref MemoryMarshal.GetArrayDataReference(leafStart);
        ref double leaf = ref MemoryMarshal.GetArrayDataReference(leafValues);
        for (int t = 0; t < remaining.Length; t++)
        {
            sum += Unsafe.Add(ref leaf, Unsafe.Add(ref firstLeaf, t) + BitOperations.TrailingZeroCount(Unsafe.Add(ref firstTree, t)));
        }

        return sum;
    }

    /// <summary>The same sum, walking each tree from its root.</summary>
    internal static double WalkSum(IReadOnlyList<TreeModel> trees, double start, ReadOnlySpan<float> features)
    {
        double sum = start;
        foreach (var tree in trees)
        {
            int node = tree.SplitFeatures.Count == 0 ? ~0 : 0;
            while (node >= 0)
            {
                node = features[tree.SplitFeatures[node]] <= tree.Thresholds[node] ? tree.Left[node] : tree.Right[node];
            }

            sum += tree.Weight * tree.Leaves[~node];
        }

        return sum;
    }

    /// <summary>
    /// Adds the leaves under <paramref name="node"/> to <paramref name="order"/> from left to right, and each split
    /// node with the mask that removes its left subtree's leaves. Returns the range of leaf positions under the node.
    /// </summary>
    private static (int First, int End) InOrder(TreeModel tree, int node, List<int> order, List<(int, float, int, ulong)> nodes, int treeIndex)
    {
        if (node < 0)
        {
            order.Add(~node);
            return (order.Count - 1, order.Count);
        }

        var (first, middle) = InOrder(tree, tree.Left[node], order, nodes, treeIndex);
        var (_, end) = InOrder(tree, tree.Right[node], order, nodes, treeIndex);
        ulong left = (middle - first == 64 ? ulong.MaxValue : ((1UL << (middle - first)) - 1)) << first;
        nodes.Add((tree.SplitFeatures[node], tree.Thresholds[node], treeIndex, ~left));
        return (first, end);
    }
}
