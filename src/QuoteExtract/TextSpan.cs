namespace QuoteExtract;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in the text given to the extractor.
/// </summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters in the span.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no character.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>True when <paramref name="position"/> lies inside this span.</summary>
    public bool Contains(int position) => Start <= position && position < End;

    /// <summary>The characters of this span in <paramref name="text"/>.</summary>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
