namespace QuoteExtract.Tokenization;

/// <summary>
/// Finds the token at a character position in constant time: for every block of 16 characters, the first token that
/// ends after the block's start, from which a look-up reads at most the tokens of one block. A text of n characters
/// takes n / 16 entries.
/// </summary>
internal sealed class PositionIndex
{
    private const int BlockShift = 4;

    private readonly Token[] tokens;
    private readonly int[] firstOfBlock;

    public PositionIndex(Token[] tokens, int textLength)
    {
        this.tokens = tokens;
        firstOfBlock = new int[(Math.Max(textLength, 0) >> BlockShift) + 1];
        int t = 0;
        for (int b = 0; b < firstOfBlock.Length; b++)
        {
            int blockStart = b << BlockShift;
            while (t < tokens.Length && tokens[t].End <= blockStart)
            {
                t++;
            }

            firstOfBlock[b] = t;
        }
    }

    /// <summary>The index of the first token that ends after <paramref name="position"/> (the token count if none does).</summary>
    public int FirstEndingAfter(int position)
    {
        int t = firstOfBlock[Math.Clamp(position >> BlockShift, 0, firstOfBlock.Length - 1)];
        while (t < tokens.Length && tokens[t].End <= position)
        {
            t++;
        }

        return t;
    }

    /// <summary>The index of the first token that starts at or after <paramref name="position"/> (the token count if none does).</summary>
    public int FirstStartingAtOrAfter(int position)
    {
        if (position <= 0)
        {
            return 0;
        }

        int t = FirstEndingAfter(position - 1); // ends at or after position: it starts there, or the next one does
        return t < tokens.Length && tokens[t].Start < position ? t + 1 : t;
    }
}
