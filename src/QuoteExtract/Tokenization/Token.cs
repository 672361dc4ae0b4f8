namespace QuoteExtract.Tokenization;

/// <summary>A token: a range of the text and its kind. No string is made for it.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);
}
