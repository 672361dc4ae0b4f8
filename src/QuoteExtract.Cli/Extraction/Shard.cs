using System.Globalization;

namespace QuoteExtract.Cli;

/// <summary>Shard <see cref="Index"/> of <see cref="Count"/> (<c>--shard K/N</c>, K from 0): the inputs whose position modulo N is K.</summary>
internal readonly record struct Shard(int Index, int Count)
{
    public static Shard Whole { get; } = new(0, 1);

    /// <summary>Reads <c>K/N</c> with 0 ≤ K &lt; N; null when it is not that.</summary>
    public static Shard? Parse(string value)
    {
        var parts = value.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count > 0 && index < count)
        {
            return new Shard(index, count);
        }

        return null;
    }

    public bool Contains(int position) => position % Count == Index;

    /// <summary>The part file's name: <c>part-00003-of-00010.jsonl</c>.</summary>
    public string PartName(string extension) => string.Create(CultureInfo.InvariantCulture, $"part-{Index:D5}-of-{Count:D5}.{extension}");
}
