namespace QuoteExtract.Tokenization;

/// <summary>
/// A token: a range of the text and its kind. No string is made for it. The three are packed in eight bytes (start
/// and length 30 bits each, which holds any .NET string, whose length is below 2<sup>30</sup>; the kind 4 bits), so a
/// text's tokens take two thirds of the memory of three separate fields.
/// </summary>
internal readonly record struct Token
{
    private const int LengthShift = 30;
    private const int KindShift = 60;
    private const ulong PositionMask = (1UL << LengthShift) - 1;

    private readonly ulong bits;

    public Token(int start, int length, TokenKind kind) =>
        bits = ((ulong)(uint)start & PositionMask) | (((ulong)(uint)length & PositionMask) << LengthShift) | ((ulong)kind << KindShift);

    public int Start => (int)(bits & PositionMask);

    public int Length => (int)((bits >> LengthShift) & PositionMask);

    public TokenKind Kind => (TokenKind)(bits >> KindShift);

    public int End => Start + Length;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);
}
