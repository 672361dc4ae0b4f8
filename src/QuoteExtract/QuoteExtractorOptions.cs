namespace QuoteExtract;

/// <summary>
/// Settings of a <see cref="QuoteExtractor"/>. Immutable: derive variants with <c>with</c>.
/// </summary>
public sealed record QuoteExtractorOptions
{
    /// <summary>The defaults: direct, indirect and mixed quotes with speech, writing and thought cues.</summary>
    public static QuoteExtractorOptions Default { get; } = new();

    /// <summary>Report indirect and mixed quotes as well as direct ones. Default true.</summary>
    public bool IncludeIndirect { get; init; } = true;

    /// <summary>
    /// Which cue classes produce indirect and mixed quotes. Direct quotes are always reported.
    /// Default: speech, writing, thought and other (everything PolNeAR annotates).
    /// </summary>
    public IReadOnlyCollection<CueClass> CueClasses { get; init; } =
        [CueClass.Speech, CueClass.Writing, CueClass.Thought, CueClass.Other];

    /// <summary>
    /// A quoted span with fewer words than this, no cue right before it and no sentence of its own is taken for
    /// a scare quote and not reported as a direct quote. Default 4. Whatever this value, quoted titles (every word
    /// capitalized) and short quoted phrases inside a sentence (mottos, fragments of a paraphrase) are never
    /// direct quotes on their own; a cue in their sentence makes them part of a mixed quote.
    /// </summary>
    public int MinimumDirectQuoteWords { get; init; } = 4;

    /// <summary>
    /// Rules alone, or rules whose candidates a learned scorer filters and gives a calibrated confidence.
    /// Default <see cref="ExtractionMode.Rules"/>.
    /// </summary>
    public ExtractionMode Mode { get; init; } = ExtractionMode.Rules;

    /// <summary>
    /// How hybrid mode trades precision for recall (ignored in rules mode): <see cref="OperatingPoint.Balanced"/>
    /// (default) or <see cref="OperatingPoint.Recall"/>, which adds lower-confidence quotes and drops none.
    /// </summary>
    public OperatingPoint OperatingPoint { get; init; } = OperatingPoint.Balanced;
}
