namespace QuoteExtract.Tests.Neural;

/// <summary>
/// Floors for neural mode on PolNeAR dev with the shipped model: a little under what was measured when the model
/// shipped (in brackets).
/// </summary>
internal static class NeuralFloors
{
    /// <summary>source_span@exact F1 [76.2].</summary>
    public const double SourceExact = 75.3;

    /// <summary>cue_span@exact F1 [71.7].</summary>
    public const double CueExact = 70.7;

    /// <summary>quote@exact F1, the content [61.2].</summary>
    public const double ContentExact = 60.2;

    /// <summary>quote@0.3 F1 [79.2].</summary>
    public const double Quote30 = 78.2;

    /// <summary>Speaker accuracy on matched quotes [92.8].</summary>
    public const double SpeakerAccuracy = 91.8;

    /// <summary>Of quotes with confidence ≥ 0.9, the share matched with the right speaker [95.8].</summary>
    public const double HighConfidenceCorrect = 93.0;
}
