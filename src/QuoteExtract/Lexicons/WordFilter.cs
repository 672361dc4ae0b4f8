using System.Runtime.CompilerServices;

namespace QuoteExtract.Lexicons;

/// <summary>
/// A quick "certainly not in the list" test in front of a frozen set or dictionary of words: one bit for each pair of
/// word length and first letter that some entry has, and one for each pair of length and last letter. Most words of a
/// text are in none of the small word lists, and this turns them away with a table read instead of a hash of the word.
/// The test only ever answers "maybe" for an entry, so a list looked up through it gives the same answers as without it.
/// </summary>
internal readonly struct WordFilter
{
    /// <summary>Words of this length or longer share the last row of the table.</summary>
    private const int LengthRows = 32;

    /// <summary>One 64-bit row a length: bit <c>c &amp; 63</c> for each first character <c>c</c> (upper-cased when case is ignored).</summary>
    private readonly ulong[] rows;

    /// <summary>The same for the last character.</summary>
    private readonly ulong[] lastRows;

    private readonly bool ignoreCase;

    public WordFilter(IEnumerable<string> entries, bool ignoreCase)
    {
        this.ignoreCase = ignoreCase;
        rows = new ulong[LengthRows];
        lastRows = new ulong[LengthRows];
        foreach (string entry in entries)
        {
            if (entry.Length == 0)
            {
                rows[0] = lastRows[0] = ulong.MaxValue;
                continue;
            }

            int length = Math.Min(entry.Length, LengthRows - 1);
            Mark(ref rows[length], entry[0]);
            Mark(ref lastRows[length], entry[^1]);
        }
    }

    /// <summary>False when no entry can equal <paramref name="word"/>; true when one may.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return rows[0] != 0;
        }

        int length = Math.Min(word.Length, LengthRows - 1);
        return Allows(rows[length], word[0]) && Allows(lastRows[length], word[^1]);
    }

    /// <summary>
    /// Sets the bit of <paramref name="c"/>; a non-ASCII character sets them all (its case forms are not worked out,
    /// so every word of the length may match).
    /// </summary>
    private void Mark(ref ulong row, char c) => row |= c > 0x7F ? ulong.MaxValue : 1UL << (Fold(c) & 63);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Allows(ulong row, char c) => c > 0x7F ? row != 0 : (row & (1UL << (Fold(c) & 63))) != 0;

    /// <summary>An ASCII letter upper-cased when case is ignored; any other character as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Fold(char c) => ignoreCase && c is >= 'a' and <= 'z' ? c - 32 : c;
}
