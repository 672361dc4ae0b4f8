namespace QuoteExtract.Tests.Neural;

/// <summary>
/// Floors for neural mode on PolNeAR dev with the shipped model: a little under what was measured when the model
/// shipped (in brackets).
/// </summary>
internal static class NeuralFloors
{
    /// <summary>source_span@exact F1 [80.2].</summary>
    public const double SourceExact = 79.2;

    /// <summary>cue_span@exact F1 [74.3].</summary>
    public const double CueExact = 73.3;

    /// <summary>quote@exact F1, the content [64.9].</summary>
    public const double ContentExact = 63.9;

    /// <summary>quote@0.3 F1 [82.8].</summary>
    public const double Quote30 = 81.8;

    /// <summary>Speaker accuracy on matched quotes [93.1].</summary>
    public const double SpeakerAccuracy = 92.1;

    /// <summary>Of quotes with confidence ≥ 0.9, the share matched with the right speaker [95.1].</summary>
    public const double HighConfidenceCorrect = 93.0;
}
