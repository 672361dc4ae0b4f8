using System.Collections.Frozen;
using System.Reflection;

namespace QuoteExtract.Lexicons;

/// <summary>
/// A word list loaded once from an embedded text resource (one entry a line, <c>#</c> starts a comment)
/// into a frozen set that is looked up by span without allocating.
/// </summary>
internal sealed class Lexicon
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly WordFilter filter;

    public Lexicon(IEnumerable<string> entries, bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        Entries = entries.ToFrozenSet(comparer);
        lookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
        filter = new WordFilter(Entries, ignoreCase);
    }

    public FrozenSet<string> Entries { get; }

    public bool Contains(ReadOnlySpan<char> word) => filter.MayContain(word) && lookup.Contains(word);

    public static Lexicon FromResource(string name, bool ignoreCase = true, string language = "en") => new(ReadLines(name, language), ignoreCase);

    /// <summary>The non-empty, non-comment lines of the embedded resource <c>Resources/&lt;language&gt;/&lt;name&gt;</c>, trimmed.</summary>
    public static IEnumerable<string> ReadLines(string name, string language = "en")
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("QuoteExtract.Resources." + language + "." + name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the QuoteExtract assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0)
            {
                lines.Add(entry);
            }
        }

        return lines;
    }
}
