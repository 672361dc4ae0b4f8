namespace QuoteExtract.Learning;

/// <summary>
/// The seam between the rules and the learned model: given the features of one rule candidate
/// (<see cref="CandidateFeatures"/>), the probability that it is a correct quote — matched to a gold quote
/// at 30 % overlap, with the right speaker. Implementations are immutable and thread-safe.
/// </summary>
internal interface ICandidateScorer
{
    /// <summary>Candidates whose probability is below this are dropped in hybrid mode.</summary>
    double Threshold { get; }

    /// <summary>The calibrated probability, in [0, 1], for one feature vector of length <see cref="CandidateFeatures.Count"/>.</summary>
    double Probability(ReadOnlySpan<float> features);

    /// <summary>
    /// Whether hybrid mode reports the candidate at operating point <paramref name="point"/>; by default when
    /// <see cref="Probability"/> reaches <see cref="Threshold"/>, at either point.
    /// </summary>
    bool Keep(ReadOnlySpan<float> features, double probability, OperatingPoint point = OperatingPoint.Balanced) => probability >= Threshold;

    /// <summary>
    /// Which of the <see cref="ContentEnds.Options"/> (the rules' end first) the content should end at; by default
    /// the rules' end.
    /// </summary>
    int ChooseEnd(IReadOnlyList<(int End, float[] Features)> options) => 0;

    /// <summary>
    /// Which of the <see cref="ContentStarts.Options"/> (the rules' start first) the content should start at; by
    /// default the rules' start.
    /// </summary>
    int ChooseStart(IReadOnlyList<(int Start, float[] Features)> options) => 0;

    /// <summary>Whether <see cref="ChooseStart"/> can pick anything but the rules' start.</summary>
    bool ChoosesStarts => false;

    /// <summary>Which of the <see cref="SpeakerOptions.Options"/> (the rules' speaker first) speaks; by default the rules' speaker.</summary>
    int ChooseSpeaker<T>(IReadOnlyList<(T Speaker, float[] Features)> options) => 0;

    /// <summary>Whether <see cref="ChooseSpeaker"/> can pick anything but the rules' speaker.</summary>
    bool ChoosesSpeakers => false;

    /// <summary>The learned cue lexicon whose words propose candidates of their own; null when the model has none.</summary>
    CueRates? CueRates => null;

    /// <summary>Whether <see cref="ChooseEnd"/> can pick anything but the rules' end (so options are worth computing).</summary>
    bool ChoosesEnds => false;
}
