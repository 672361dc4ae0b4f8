using FluentAssertions;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Tokenization;

/// <summary>Table-driven cases for <see cref="Tokenizer"/>: what one token is, and that offsets stay exact.</summary>
public sealed class TokenizerTests
{
    [TestCase("The ferry left", new[] { "The", "ferry", "left" })]
    [TestCase("  spaced\tout\nwords  ", new[] { "spaced", "out", "words" })]
    [TestCase("It cost 1,000.50 dollars", new[] { "It", "cost", "1,000.50", "dollars" })]
    [TestCase("up 3.5%, not 4", new[] { "up", "3.5", "%", ",", "not", "4" })]
    [TestCase("see https://example.org/path?q=1.", new[] { "see", "https://example.org/path?q=1", "." })]
    [TestCase("(www.example.com)", new[] { "(", "www.example.com", ")" })]
    [TestCase("write to press@harbour-board.example.org today", new[] { "write", "to", "press@harbour-board.example.org", "today" })]
    [TestCase("write to anna.keel@example.org today", new[] { "write", "to", "anna.keel@example.org", "today" })]
    [TestCase("don't", new[] { "don't" })]
    [TestCase("Putin's visit", new[] { "Putin's", "visit" })]
    [TestCase("Russia’s position", new[] { "Russia’s", "position" })]
    [TestCase("O'Neill won", new[] { "O'Neill", "won" })]
    [TestCase("the farmers' union", new[] { "the", "farmers", "'", "union" })]
    [TestCase("in the ’90s", new[] { "in", "the", "’90s" })]
    [TestCase("rock ’n’ roll", new[] { "rock", "’n’", "roll" })]
    [TestCase("the U.K.’s decision", new[] { "the", "U.K.’s", "decision" })]
    [TestCase("the 1990s' boom", new[] { "the", "1990s", "'", "boom" })]
    [TestCase("Ms. Ada O’Brien-Kern", new[] { "Ms.", "Ada", "O’Brien-Kern" })]
    [TestCase("e.g. this", new[] { "e.g.", "this" })]
    [TestCase("Mr. Lind", new[] { "Mr.", "Lind" })]
    [TestCase("Dr. Hale and Mrs. Brandt", new[] { "Dr.", "Hale", "and", "Mrs.", "Brandt" })]
    [TestCase("the U.S. economy", new[] { "the", "U.S.", "economy" })]
    [TestCase("on Sept. 11", new[] { "on", "Sept.", "11" })]
    [TestCase("Gov. Ada Kern", new[] { "Gov.", "Ada", "Kern" })]
    [TestCase("J. R. Smith", new[] { "J.", "R.", "Smith" })]
    [TestCase("at 9 a.m. sharp", new[] { "at", "9", "a.m.", "sharp" })]
    [TestCase("well... maybe", new[] { "well", "...", "maybe" })]
    [TestCase("well… maybe", new[] { "well", "…", "maybe" })]
    [TestCase("yes — no", new[] { "yes", "—", "no" })]
    [TestCase("yes--no", new[] { "yes", "--", "no" })]
    [TestCase("a well-known fact", new[] { "a", "well-known", "fact" })]
    [TestCase("“Go,” she said.", new[] { "“", "Go", ",", "”", "she", "said", "." })]
    [TestCase("«Oui»", new[] { "«", "Oui", "»" })]
    [TestCase("市長は「橋」", new[] { "市", "長", "は", "「", "橋", "」" })]
    public void Tokenize_Input_GivesTokens(string text, string[] expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        tokens.Select(t => text.Substring(t.Start, t.Length)).Should().Equal(expected);
    }

    [TestCase("1,000.50", "Number")]
    [TestCase("2024", "Number")]
    [TestCase("https://example.org", "Url")]
    [TestCase("press@example.org", "Email")]
    [TestCase("don't", "Word")]
    [TestCase("Sept.", "Word")]
    [TestCase("…", "Ellipsis")]
    [TestCase("—", "Dash")]
    [TestCase("“", "QuoteMark")]
    [TestCase("'", "QuoteMark")]
    [TestCase(",", "Punctuation")]
    [TestCase("$", "Symbol")]
    public void Tokenize_SingleToken_HasKind(string text, string kind)
    {
        var tokens = Tokenizer.Tokenize(text);

        tokens.Should().ContainSingle();
        tokens[0].Kind.ToString().Should().Be(kind);
        tokens[0].Length.Should().Be(text.Length);
    }

    [TestCase("")]
    [TestCase("   \n\t ")]
    public void Tokenize_EmptyOrWhiteSpace_GivesNoToken(string text)
    {
        Tokenizer.Tokenize(text).Should().BeEmpty();
    }

    [TestCase("“We’ll see,” said Mr. O'Neill at 9 a.m. in the U.S. — or not… https://x.example/a")]
    [TestCase("\ud800 lone \udc00 surrogates ’")]
    public void Tokenize_AnyText_TokensAreOrderedNonEmptyAndInBounds(string text)
    {
        var tokens = Tokenizer.Tokenize(text);

        int previousEnd = 0;
        foreach (var token in tokens)
        {
            token.Length.Should().BePositive();
            token.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
            token.End.Should().BeLessThanOrEqualTo(text.Length);
            text.AsSpan(token.Start, token.Length).Trim().Length.Should().Be(token.Length, "a token holds no white space at its edges");
            previousEnd = token.End;
        }
    }
}
