namespace QuoteExtract.Lexicons;

/// <summary>
/// A quick "certainly not in the list" test in front of a frozen set or dictionary of words: one bit for each pair of
/// word length and first letter that some entry has. Most words of a text are in none of the small word lists, and
/// this turns them away with a table read instead of a hash of the word. The test only ever answers "maybe" for an
/// entry, so a list looked up through it gives the same answers as without it.
/// </summary>
internal readonly struct WordFilter
{
    /// <summary>Words of this length or longer share the last row of the table.</summary>
    private const int LengthRows = 32;

    /// <summary>One 64-bit row a length: bit <c>c &amp; 63</c> for each first character <c>c</c> (upper-cased when case is ignored).</summary>
    private readonly ulong[] rows;

    private readonly bool ignoreCase;

    public WordFilter(IEnumerable<string> entries, bool ignoreCase)
    {
        this.ignoreCase = ignoreCase;
        rows = new ulong[LengthRows];
        foreach (string entry in entries)
        {
            if (entry.Length == 0)
            {
                rows[0] = ulong.MaxValue;
                continue;
            }

            char first = entry[0];
            ref ulong row = ref rows[Math.Min(entry.Length, LengthRows - 1)];
            if (first > 0x7F)
            {
                row = ulong.MaxValue; // a non-ASCII first letter: its case forms are not worked out, so every word of this length may match
                continue;
            }

            row |= 1UL << (Fold(first) & 63);
        }
    }

    /// <summary>False when no entry can equal <paramref name="word"/>; true when one may.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return rows[0] != 0;
        }

        ulong row = rows[Math.Min(word.Length, LengthRows - 1)];
        char first = word[0];
        return first > 0x7F ? row != 0 : (row & (1UL << (Fold(first) & 63))) != 0;
    }

    /// <summary>An ASCII letter upper-cased when case is ignored; any other character as it is.</summary>
    private int Fold(char c) => ignoreCase && c is >= 'a' and <= 'z' ? c - 32 : c;
}
