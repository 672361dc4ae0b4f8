using System.Buffers;
using System.Runtime.CompilerServices;

namespace QuoteExtract.Tokenization;

/// <summary>
/// The tokens of one text while they are found: an array that grows by doubling, copied once into an array of the
/// exact size at the end (a list and then its copy made a long article's tokens three times over, on the large
/// object heap). Buffers up to <see cref="PooledLimit"/> tokens come from the shared pool and go back to it; larger
/// ones (a document of megabytes) are plain arrays, so the pool never keeps hundreds of megabytes alive.
/// </summary>
internal struct TokenBuffer
{
    private const int PooledLimit = 1 << 20;

    private Token[] items;
    private int count;

    public TokenBuffer(int capacity) => items = Rent(Math.Max(16, capacity));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Token token)
    {
        if (count == items.Length)
        {
            Grow();
        }

        items[count++] = token;
    }

    /// <summary>Doubles the buffer: rare, so kept out of <see cref="Add"/>, which is inlined at every token.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var larger = Rent(items.Length * 2);
        items.AsSpan(0, count).CopyTo(larger);
        Return(items);
        items = larger;
    }

    /// <summary>The tokens found, in an array of their own; the buffer goes back to the pool.</summary>
    public Token[] ToArrayAndReturn()
    {
        var result = items.AsSpan(0, count).ToArray();
        Return(items);
        items = [];
        count = 0;
        return result;
    }

    private static Token[] Rent(int length) => length <= PooledLimit ? ArrayPool<Token>.Shared.Rent(length) : new Token[length];

    private static void Return(Token[] array)
    {
        if (array.Length <= PooledLimit)
        {
            ArrayPool<Token>.Shared.Return(array);
        }
    }
}
