namespace QuoteExtract;

/// <summary>
/// How <see cref="ExtractionMode.Hybrid"/> trades precision for recall. <see cref="ExtractionMode.Rules"/> ignores
/// it. Both points are tuned by the training program on held-out documents; the model card gives their accuracy.
/// </summary>
public enum OperatingPoint
{
    /// <summary>
    /// Keeps the candidates whose probability of being a correct quote with the right speaker reaches the threshold
    /// that maximises attribution, exact-content and quote F1 together. The default.
    /// </summary>
    Balanced,

    /// <summary>
    /// Also keeps the candidates a second model (trained to find quotes, whatever their speaker) rates at or above
    /// the threshold where quote precision equals quote recall: more reported speech, mostly indirect, at lower
    /// precision. Every quote <see cref="Balanced"/> reports is still reported, with the same confidence.
    /// </summary>
    Recall,
}
