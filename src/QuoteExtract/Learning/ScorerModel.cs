using System.Text.Json.Serialization;

namespace QuoteExtract.Learning;

/// <summary>
/// The parameters of a trained candidate scorer as written by <c>tools/QuoteExtract.Training</c> and shipped in
/// <c>Resources/quote-scorer.json</c>: either a linear model (<see cref="Weights"/>, <see cref="Bias"/>) or a
/// tree ensemble (<see cref="Trees"/>, <see cref="Bias"/>), then a Platt calibration
/// <c>p = 1 / (1 + exp(-(CalibrationSlope * score + CalibrationOffset)))</c>.
/// </summary>
internal sealed record ScorerModel
{
    /// <summary>The version of this file's layout that the library reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>
    /// The layout version (<see cref="CurrentSchemaVersion"/> when written by training; absent in nested models and in
    /// files written before versions were recorded). A library meets a later version by not loading the model.
    /// </summary>
    [JsonPropertyName("schemaVersion")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? SchemaVersion { get; init; }

    /// <summary>The commit of the sources the model was trained from (top-level model only).</summary>
    [JsonPropertyName("trainingCommit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TrainingCommit { get; init; }

    /// <summary>"linear" or "trees".</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "linear";

    /// <summary>The names of the features, in order; must equal <see cref="CandidateFeatures.Names"/>.</summary>
    [JsonPropertyName("features")]
    public IReadOnlyList<string> Features { get; init; } = [];

    [JsonPropertyName("weights")]
    public IReadOnlyList<float> Weights { get; init; } = [];

    [JsonPropertyName("bias")]
    public double Bias { get; init; }

    [JsonPropertyName("trees")]
    public IReadOnlyList<TreeModel> Trees { get; init; } = [];

    [JsonPropertyName("calibrationSlope")]
    public double CalibrationSlope { get; init; } = 1;

    [JsonPropertyName("calibrationOffset")]
    public double CalibrationOffset { get; init; }

    /// <summary>Candidates below this probability are dropped in hybrid mode (tuned on held-out data).</summary>
    [JsonPropertyName("threshold")]
    public double Threshold { get; init; }

    /// <summary>
    /// Keep every direct quote the rules report (not a relaxed proposal), whatever its probability: a closed quotation
    /// the rules accepted is nearly always a quote, even when its speaker is doubtful; the probability is still its
    /// confidence.
    /// </summary>
    [JsonPropertyName("keepRuleQuotations")]
    public bool KeepRuleQuotations { get; init; }

    /// <summary>
    /// An optional second model trained to predict that the candidate's content span is exactly right: a
    /// candidate this model scores at or above its own threshold is kept even when the main model would drop it
    /// (a real quotation whose speaker is doubtful is still worth its exact content).
    /// </summary>
    [JsonPropertyName("rescue")]
    public ScorerModel? Rescue { get; init; }

    /// <summary>
    /// An optional model for <see cref="OperatingPoint.Recall"/>, trained to predict that the candidate matches a gold
    /// quote at 30 % overlap whatever its speaker: at the recall point a candidate it scores at or above its own
    /// threshold is kept as well.
    /// </summary>
    [JsonPropertyName("recall")]
    public ScorerModel? Recall { get; init; }

    /// <summary>
    /// An optional model over the possible ends of a leading indirect or mixed quote (<see cref="ContentEnds"/>):
    /// the option it scores highest becomes the content's end.
    /// </summary>
    [JsonPropertyName("contentEnd")]
    public ScorerModel? ContentEnd { get; init; }

    /// <summary>An optional model over the possible starts of an indirect or mixed quote (<see cref="ContentStarts"/>).</summary>
    [JsonPropertyName("contentStart")]
    public ScorerModel? ContentStart { get; init; }

    /// <summary>An optional model over the possible speakers of a quote (<see cref="SpeakerOptions"/>).</summary>
    [JsonPropertyName("speaker")]
    public ScorerModel? Speaker { get; init; }

    /// <summary>
    /// The learned cue lexicon (<see cref="CueRates"/>): for each word, how many times it headed a cue in the
    /// training data, how many times it occurred and (optionally) how many of its cues had a short object for
    /// content and how many had content starting words after it. Empty when the model proposes no learned cues.
    /// </summary>
    [JsonPropertyName("cueRates")]
    public IReadOnlyDictionary<string, int[]> CueRates { get; init; } = new Dictionary<string, int[]>();

    /// <summary>The rate at or above which a word of <see cref="CueRates"/> proposes a candidate.</summary>
    [JsonPropertyName("cueRateThreshold")]
    public double CueRateThreshold { get; init; } = 1;

    /// <summary>Free text: data, seed, metrics at training time.</summary>
    [JsonPropertyName("description")]
    public string Description { get; init; } = "";
}

/// <summary>
/// One regression tree in ML.NET's layout: internal node <c>n</c> sends a vector left when
/// <c>features[SplitFeatures[n]] &lt;= Thresholds[n]</c>; a child index <c>c &lt; 0</c> is leaf <c>~c</c>.
/// </summary>
internal sealed record TreeModel
{
    [JsonPropertyName("weight")]
    public double Weight { get; init; } = 1;

    [JsonPropertyName("splitFeatures")]
    public IReadOnlyList<int> SplitFeatures { get; init; } = [];

    [JsonPropertyName("thresholds")]
    public IReadOnlyList<float> Thresholds { get; init; } = [];

    [JsonPropertyName("left")]
    public IReadOnlyList<int> Left { get; init; } = [];

    [JsonPropertyName("right")]
    public IReadOnlyList<int> Right { get; init; } = [];

    [JsonPropertyName("leaves")]
    public IReadOnlyList<double> Leaves { get; init; } = [];
}

/// <summary>Source-generated JSON metadata for <see cref="ScorerModel"/> (no reflection at load).</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(ScorerModel))]
internal sealed partial class ScorerModelJsonContext : JsonSerializerContext;
