using System.Runtime.CompilerServices;

namespace QuoteExtract.Lexicons;

/// <summary>
/// A quick "certainly not in the list" test in front of a frozen set or dictionary of words: one bit for each pair of
/// word length and first letter that some entry has, one for each pair of length and last letter, and one, in a
/// hashed table, for each combination of length with first, second and last letter. Most words of a text are in none
/// of the small word lists, and this turns them away with a few table reads instead of a hash of the whole word; the
/// combined table turns away much of what the pairs let through ("slid" against "said" and "sand"), which was half of
/// the words of news prose against the cue verbs. The test only ever answers "maybe" for an entry, so a list looked up
/// through it gives the same answers as without it.
/// </summary>
internal readonly struct WordFilter
{
    /// <summary>Words of this length or longer share the last row of the table.</summary>
    private const int LengthRows = 32;

    /// <summary>One 64-bit row a length: bit <c>c &amp; 63</c> for each first character <c>c</c> (upper-cased when case is ignored).</summary>
    private readonly ulong[] rows;

    /// <summary>The same for the last character.</summary>
    private readonly ulong[] lastRows;

    /// <summary>Bits of the hashed combination table: 16 Ki bits (2 KB), so a list of a thousand entries sets few of them.</summary>
    private const int CombinationBits = 14;

    /// <summary>A bit for each entry's hashed combination of length row, first, second and last character (<see cref="CombinationKey"/>).</summary>
    private readonly ulong[] combinations;

    /// <summary>
    /// A bit for each length row where some entry has a character outside ASCII first, second or last: its case forms
    /// are not worked out, so words of that length skip the combination test.
    /// </summary>
    private readonly uint uncombinedLengths;

    private readonly bool ignoreCase;

    public WordFilter(IEnumerable<string> entries, bool ignoreCase)
    {
        this.ignoreCase = ignoreCase;
        rows = new ulong[LengthRows];
        lastRows = new ulong[LengthRows];
        combinations = new ulong[(1 << CombinationBits) / 64];
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
            char second = entry.Length > 1 ? entry[1] : '\0';
            if ((entry[0] | second | entry[^1]) > 0x7F)
            {
                uncombinedLengths |= 1u << length;
            }
            else
            {
                int key = CombinationKey(length, Fold(entry[0]), Fold(second), Fold(entry[^1]));
                combinations[key >> 6] |= 1UL << key;
            }
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
        if (!Allows(rows[length], word[0]) || !Allows(lastRows[length], word[^1]))
        {
            return false;
        }

        char second = word.Length > 1 ? word[1] : '\0';
        if ((uncombinedLengths & (1u << length)) != 0 || (word[0] | second | word[^1]) > 0x7F)
        {
            return true; // a character outside ASCII: only the pair tests apply
        }

        int key = CombinationKey(length, Fold(word[0]), Fold(second), Fold(word[^1]));
        return (combinations[key >> 6] & (1UL << key)) != 0;
    }

    /// <summary>A hash of a length row and three (folded, ASCII) characters onto the bits of the combination table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CombinationKey(int length, int first, int second, int last) =>
        (int)((uint)(((((length * 131) + first) * 131) + second) * 131 + last) * 0x9E3779B1u >> (32 - CombinationBits));

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
