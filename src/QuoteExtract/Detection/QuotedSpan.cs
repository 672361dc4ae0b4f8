namespace QuoteExtract.Detection;

/// <summary>
/// Text between paired quotation marks. <see cref="Start"/> is the opening mark, <see cref="End"/> is one
/// past the closing mark, or the end of the paragraph for an unclosed quote.
/// </summary>
/// <param name="Start">Offset of the opening mark.</param>
/// <param name="End">One past the closing mark, or the paragraph end when unclosed.</param>
/// <param name="Closed">False when no closing mark was found before the paragraph ended.</param>
/// <param name="IsSingle">True for single marks (‘…’, '…', ‹…›, ‚…‘).</param>
/// <param name="Paragraphs">How many paragraphs the quote runs over (the re-opening convention).</param>
/// <param name="Reopenings">Offsets of the marks that re-open the quote at the start of a continued paragraph.</param>
internal sealed record QuotedSpan(int Start, int End, bool Closed, bool IsSingle, int Paragraphs, IReadOnlyList<int> Reopenings)
{
    /// <summary>Content without the marks.</summary>
    public TextSpan Inner(string text)
    {
        // A doubled mark ('' or ``) is two characters wide.
        int s = Start + (Start + 1 < End && text[Start] is '\'' or '`' && text[Start + 1] == text[Start] ? 2 : 1);
        int e = !Closed ? End : End - (End - 2 > s && text[End - 1] == '\'' && text[End - 2] == '\'' ? 2 : 1);
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return new TextSpan(s, Math.Max(s, e));
    }
}
