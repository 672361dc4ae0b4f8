namespace QuoteExtract.Tests.Neural;

/// <summary>
/// Floors for neural mode on PolNeAR dev with the shipped model: a little under what was measured when the model
/// shipped (in brackets).
/// </summary>
internal static class NeuralFloors
{
    /// <summary>source_span@exact F1 [76.1].</summary>
    public const double SourceExact = 75.0;

    /// <summary>cue_span@exact F1 [71.6].</summary>
    public const double CueExact = 70.5;

    /// <summary>quote@exact F1, the content [59.5].</summary>
    public const double ContentExact = 58.5;

    /// <summary>quote@0.3 F1 [79.1].</summary>
    public const double Quote30 = 78.0;

    /// <summary>Speaker accuracy on matched quotes [92.1].</summary>
    public const double SpeakerAccuracy = 91.0;

    /// <summary>Of quotes with confidence ≥ 0.9, the share matched with the right speaker [95.2].</summary>
    public const double HighConfidenceCorrect = 92.0;
}
