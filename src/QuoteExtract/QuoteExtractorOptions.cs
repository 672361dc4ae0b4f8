namespace QuoteExtract;

/// <summary>
/// Settings of a <see cref="QuoteExtractor"/>. Immutable: derive variants with <c>with</c>. Each property checks the
/// value it is given, so an invalid setting fails where it is made, with an exception that names it.
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
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value holds a number that is not a <see cref="CueClass"/>.</exception>
    public IReadOnlyCollection<CueClass> CueClasses
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(CueClasses));
            foreach (var cueClass in value)
            {
                RequireDefined(cueClass, nameof(CueClasses));
            }

            field = value;
        }
    } = [CueClass.Speech, CueClass.Writing, CueClass.Thought, CueClass.Other];

    /// <summary>
    /// A quoted span with fewer words than this, no cue right before it and no sentence of its own is taken for
    /// a scare quote and not reported as a direct quote. Default 4. Whatever this value, quoted titles (every word
    /// capitalized) and short quoted phrases inside a sentence (mottos, fragments of a paraphrase) are never
    /// direct quotes on their own; a cue in their sentence makes them part of a mixed quote.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MinimumDirectQuoteWords
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MinimumDirectQuoteWords));
            field = value;
        }
    } = 4;

    /// <summary>
    /// Rules alone, or rules whose candidates a learned scorer filters and gives a calibrated confidence.
    /// Default <see cref="ExtractionMode.Rules"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="ExtractionMode"/>.</exception>
    public ExtractionMode Mode
    {
        get;
        init => field = RequireDefined(value, nameof(Mode));
    } = ExtractionMode.Rules;

    /// <summary>
    /// How hybrid mode trades precision for recall (ignored in rules mode): <see cref="OperatingPoint.Balanced"/>
    /// (default) or <see cref="OperatingPoint.Recall"/>, which adds lower-confidence quotes and drops none.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="QuoteExtract.OperatingPoint"/>.</exception>
    public OperatingPoint OperatingPoint
    {
        get;
        init => field = RequireDefined(value, nameof(OperatingPoint));
    } = OperatingPoint.Balanced;

    /// <summary>
    /// The language of the texts: <see cref="TextLanguage.Auto"/> (default) tells English, German and French apart
    /// by their function words, text by text; a fixed language skips the test. Hybrid and neural mode learned from
    /// English news, so on German and French texts they extract with the rules.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="TextLanguage"/>.</exception>
    public TextLanguage Language
    {
        get;
        init => field = RequireDefined(value, nameof(Language));
    } = TextLanguage.Auto;

    private static T RequireDefined<T>(T value, string name)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(
                name, value, $"{name} must be one of {string.Join(", ", Enum.GetNames<T>())}; {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not a {typeof(T).Name}.");
        }

        return value;
    }
}
