namespace QuoteExtract.Tests.Neural;

/// <summary>
/// Floors for neural mode on PolNeAR dev with the shipped model: a little under what was measured when the model
/// shipped (in brackets).
/// </summary>
internal static class NeuralFloors
{
    /// <summary>source_span@exact F1 [75.4].</summary>
    public const double SourceExact = 74.0;

    /// <summary>cue_span@exact F1 [71.6].</summary>
    public const double CueExact = 70.0;

    /// <summary>quote@exact F1, the content [58.0].</summary>
    public const double ContentExact = 56.0;

    /// <summary>quote@0.3 F1 [78.0].</summary>
    public const double Quote30 = 76.5;

    /// <summary>Speaker accuracy on matched quotes [91.4].</summary>
    public const double SpeakerAccuracy = 90.0;

    /// <summary>Of quotes with confidence ≥ 0.9, the share matched with the right speaker [93.8].</summary>
    public const double HighConfidenceCorrect = 90.0;
}
