using System.Buffers;

namespace QuoteExtract.Tokenization;

/// <summary>
/// The tokens of one text while they are found: a pooled array that grows by doubling, copied once into an array of
/// the exact size at the end (a list and then its copy made a long article's tokens three times over, on the large
/// object heap).
/// </summary>
internal struct TokenBuffer
{
    private Token[] items;
    private int count;

    public TokenBuffer(int capacity) => items = ArrayPool<Token>.Shared.Rent(Math.Max(16, capacity));

    public void Add(Token token)
    {
        if (count == items.Length)
        {
            var larger = ArrayPool<Token>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, count).CopyTo(larger);
            ArrayPool<Token>.Shared.Return(items);
            items = larger;
        }

        items[count++] = token;
    }

    /// <summary>The tokens found, in an array of their own; the pooled buffer goes back to the pool.</summary>
    public Token[] ToArrayAndReturn()
    {
        var result = items.AsSpan(0, count).ToArray();
        ArrayPool<Token>.Shared.Return(items);
        items = [];
        count = 0;
        return result;
    }
}
