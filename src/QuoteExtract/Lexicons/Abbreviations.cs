namespace QuoteExtract.Lexicons;

/// <summary>Words that take a period without ending a sentence (Mr., Sept., Gov., Inc.).</summary>
internal static class Abbreviations
{
    private static readonly string[] Lines = [.. Lexicon.ReadLines("abbreviations.txt")];
    private static readonly Lexicon All = new(Lines.Select(l => l.TrimEnd('*')), ignoreCase: false);
    private static readonly Lexicon BeforeName = new(Lines.Where(l => l.EndsWith('*')).Select(l => l.TrimEnd('*')), ignoreCase: false);

    /// <summary>True for the word before the period: "Mr" of "Mr.".</summary>
    public static bool Contains(ReadOnlySpan<char> word) => All.Contains(word);

    /// <summary>True for titles and months (Mr., Sept.): a period after them never ends a sentence.</summary>
    public static bool NeverEndsSentence(ReadOnlySpan<char> word) => BeforeName.Contains(word);
}
