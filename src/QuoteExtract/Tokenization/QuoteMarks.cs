using System.Buffers;

namespace QuoteExtract.Tokenization;

/// <summary>
/// The quote-mark table: every character that can open or close a quotation, by kind. English “…” and ‘…’,
/// German „…“ and »…«, French «…», Japanese 「…」 and 『…』, and the straight marks. How a mark is read in
/// context (opening, closing, or an apostrophe) is <see cref="Detection.QuoteMarkScanner"/>'s work.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Double marks: " “ ” „ « » 「 」 『 』 ‟.</summary>
    public const string Double = "\"“”„«»「」『』‟";

    /// <summary>Single marks, apostrophes included: ' ‘ ’ ‚ ‹ › ‛.</summary>
    public const string Single = "'‘’‚‹›‛";

    /// <summary>Marks that open a quotation in every convention that uses them (“ ‘ „ ‚ « ‹ 「 『), never a closing one after a word.</summary>
    public const string Opening = "“‘„‚«‹「『";

    /// <summary>Every character that can open or close a quotation, apostrophes included.</summary>
    public static readonly SearchValues<char> Any = SearchValues.Create(Double + Single);

    private static readonly SearchValues<char> DoubleValues = SearchValues.Create(Double);
    private static readonly SearchValues<char> SingleValues = SearchValues.Create(Single);
    private static readonly SearchValues<char> OpeningValues = SearchValues.Create(Opening);

    public static bool IsDouble(char c) => DoubleValues.Contains(c);

    public static bool IsSingle(char c) => SingleValues.Contains(c);

    public static bool IsOpening(char c) => OpeningValues.Contains(c);
}
