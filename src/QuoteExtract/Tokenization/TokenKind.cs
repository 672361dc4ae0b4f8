namespace QuoteExtract.Tokenization;

/// <summary>What a token is. Quote marks are tokens of their own; apostrophes inside words are not.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    QuoteMark,
    Dash,
    Ellipsis,
    Url,
    Email,
    Symbol,
}
