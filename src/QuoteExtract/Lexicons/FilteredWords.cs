using System.Collections.Frozen;

namespace QuoteExtract.Lexicons;

/// <summary>
/// A frozen dictionary of words looked up by span behind a <see cref="WordFilter"/>: the words no entry can equal are
/// turned away before they are hashed. The filter folds the case of ASCII letters, which only lets more words through
/// to the dictionary, so it serves case-sensitive and case-insensitive dictionaries alike and the answers are the
/// dictionary's own.
/// </summary>
internal readonly struct FilteredWords<TValue>
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly WordFilter filter;

    public FilteredWords(FrozenDictionary<string, TValue> dictionary)
    {
        lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        filter = new WordFilter(dictionary.Keys, ignoreCase: true);
    }

    public FrozenDictionary<string, TValue> Dictionary => lookup.Dictionary;

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (!filter.MayContain(word))
        {
            value = default!;
            return false;
        }

        return lookup.TryGetValue(word, out value!);
    }
}
