namespace QuoteExtract;

/// <summary>How a <see cref="QuoteExtractor"/> decides which rule candidates to report.</summary>
public enum ExtractionMode
{
    /// <summary>Hand-written rules alone; the confidence is the rules' estimate. Needs no model.</summary>
    Rules,

    /// <summary>
    /// The rules propose candidates and a learned scorer shipped in the library keeps those likely to be
    /// right, reporting its calibrated probability as the confidence. Falls back to <see cref="Rules"/>
    /// when the library carries no usable model.
    /// </summary>
    Hybrid,

    /// <summary>
    /// A token tagger over a pretrained encoder labels speaker, cue and content spans, and the library groups them into
    /// quotes; the confidence comes from the tagger's probabilities. The most accurate mode, and the slowest. Needs the
    /// QuoteExtract.Neural package: build the extractor with <c>QuoteExtract.Neural.NeuralExtractor.Create</c>.
    /// </summary>
    Neural,
}
