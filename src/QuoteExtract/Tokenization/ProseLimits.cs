namespace QuoteExtract.Tokenization;

/// <summary>
/// The guard for text that is not prose. A news sentence runs to a few dozen tokens (the longest in the PolNeAR
/// articles to about 200); a "sentence" with no full stop in thousands of words is a list, a table, a log or a
/// run of markup. Attribution reads a sentence to find a report's speaker and where its content ends, so it is cut
/// into pieces of at most <see cref="MaxSentenceTokens"/> tokens: quote marks are still paired over the whole
/// paragraph (quote detection loses nothing), but no report, speaker or content runs across a cut, and the work per
/// cue stays bounded whatever the input.
/// </summary>
internal static class ProseLimits
{
    /// <summary>The longest sentence, in tokens (words and punctuation), that attribution reads whole.</summary>
    public const int MaxSentenceTokens = 400;
}
