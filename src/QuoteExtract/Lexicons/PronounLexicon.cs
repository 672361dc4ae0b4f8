using System.Collections.Frozen;

namespace QuoteExtract.Lexicons;

/// <summary>What a pronoun says about its referent.</summary>
/// <param name="Kind">Person for he/she, unknown for they/we/it.</param>
/// <param name="Form">Pronoun, or Relative for who/which; Name marks object pronouns that never speak (him, me).</param>
/// <param name="Expletive">it/there: never a speaker in a passive ("It was reported that").</param>
/// <param name="Gender">'m', 'f' or 'n' (none known).</param>
/// <param name="Plural">they, we.</param>
internal sealed record PronounInfo(EntityKind Kind, MentionForm Form, bool Expletive, char Gender, bool Plural);

/// <summary>Subject pronouns that can be speakers, and object pronouns that cannot (<c>Resources/en/pronouns.txt</c>).</summary>
/// <param name="language">The resource folder: en.</param>
internal sealed class PronounLexicon(string language)
{
    private readonly FilteredWords<PronounInfo> lookup = new(Lexicon.ReadLines("pronouns.txt", language)
        .Select(line => line.Split('\t'))
        .ToFrozenDictionary(c => c[0], Parse, StringComparer.OrdinalIgnoreCase));

    /// <summary>Looks a word up; an all-capital word (US, IT) is an abbreviation, not a pronoun.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out PronounInfo info)
    {
        if (word.Length > 1 && char.IsUpper(word[1]))
        {
            info = null!;
            return false;
        }

        return lookup.TryGetValue(word, out info!);
    }

    private static PronounInfo Parse(string[] columns)
    {
        var flags = columns.Length > 3 ? columns[3].Split(' ') : [];
        var kind = flags.Contains("person") ? EntityKind.Person : flags.Contains("organization") ? EntityKind.Organization : EntityKind.Unknown;
        var form = flags.Contains("relative") ? MentionForm.Relative : flags.Contains("object") ? MentionForm.Name : MentionForm.Pronoun;
        return new PronounInfo(kind, form, flags.Contains("expletive"), columns[1][0], columns[2] == "p");
    }
}
