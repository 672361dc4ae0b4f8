namespace QuoteExtract;

/// <summary>The language of the texts an extractor reads: its quotation marks, cue words, titles and pronouns.</summary>
public enum TextLanguage
{
    /// <summary>
    /// Told from each text by its most frequent function words (English, German or French); a text with too few
    /// of them is read as English.
    /// </summary>
    Auto = 0,

    /// <summary>English news: “…” and "…", cues such as said and according to; every mode.</summary>
    English = 1,

    /// <summary>German news: „…“, »…« and ‚…‘, cues such as sagte, laut and zufolge, reported speech in the subjunctive; rules.</summary>
    German = 2,

    /// <summary>French news: « … », paragraphs continued with », the dialogue dash, cues such as a déclaré and selon; rules.</summary>
    French = 3,
}
