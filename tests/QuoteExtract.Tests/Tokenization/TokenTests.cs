using CsCheck;
using FluentAssertions;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Tokenization;

/// <summary>A token packs its start, length and kind in eight bytes: any range of any .NET string, and every kind, come back as given.</summary>
public sealed class TokenTests
{
    [Test]
    public void Token_AnyRangeOfAStringAndAnyKind_ComesBackAsGiven()
    {
        const int MaxLength = 0x3FFFFFDF; // the longest .NET string
        var kinds = Enum.GetValues<TokenKind>();
        Gen.Select(Gen.Int[0, MaxLength], Gen.Int[0, MaxLength], Gen.Int[0, kinds.Length - 1]).Where((s, l, _) => (long)s + l <= MaxLength).Sample((start, length, k) =>
        {
            var token = new Token(start, length, kinds[k]);

            (token.Start, token.Length, token.Kind, token.End).Should().Be((start, length, kinds[k], start + length));
        });
    }

    [Test]
    public void Token_Equality_IsByStartLengthAndKind()
    {
        new Token(3, 4, TokenKind.Word).Should().Be(new Token(3, 4, TokenKind.Word));
        new Token(3, 4, TokenKind.Word).Should().NotBe(new Token(3, 4, TokenKind.Number));
        new Token(3, 4, TokenKind.Word).Should().NotBe(new Token(3, 5, TokenKind.Word));
    }
}
