using System.Collections.Frozen;

namespace QuoteExtract.Attribution;

/// <summary>What a pronoun says about its referent.</summary>
/// <param name="Kind">Person for he/she, unknown for they/we/it.</param>
/// <param name="Form">Pronoun, or Relative for who/which; Name marks object pronouns that never speak (him, me).</param>
/// <param name="Expletive">it/there: never a speaker in a passive ("It was reported that").</param>
/// <param name="Gender">'m', 'f' or 'n' (none known).</param>
/// <param name="Plural">they, we.</param>
internal sealed record PronounInfo(EntityKind Kind, MentionForm Form, bool Expletive, char Gender, bool Plural);

/// <summary>Subject pronouns that can be speakers, and object pronouns that cannot.</summary>
internal static class Pronouns
{
    private static readonly FrozenDictionary<string, PronounInfo> All = new Dictionary<string, PronounInfo>(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = new(EntityKind.Person, MentionForm.Pronoun, false, 'm', false),
        ["she"] = new(EntityKind.Person, MentionForm.Pronoun, false, 'f', false),
        ["they"] = new(EntityKind.Unknown, MentionForm.Pronoun, false, 'n', true),
        ["we"] = new(EntityKind.Unknown, MentionForm.Pronoun, false, 'n', true),
        ["i"] = new(EntityKind.Person, MentionForm.Pronoun, false, 'n', false),
        ["it"] = new(EntityKind.Organization, MentionForm.Pronoun, true, 'n', false),
        ["who"] = new(EntityKind.Unknown, MentionForm.Relative, false, 'n', false),
        ["which"] = new(EntityKind.Organization, MentionForm.Relative, false, 'n', false),
        ["you"] = new(EntityKind.Unknown, MentionForm.Pronoun, false, 'n', false),
        // Object and other pronouns: never a speaker mention.
        ["him"] = new(EntityKind.Person, MentionForm.Name, false, 'm', false),
        ["her"] = new(EntityKind.Person, MentionForm.Name, false, 'f', false),
        ["me"] = new(EntityKind.Person, MentionForm.Name, false, 'n', false),
        ["us"] = new(EntityKind.Unknown, MentionForm.Name, false, 'n', true),
        ["them"] = new(EntityKind.Unknown, MentionForm.Name, false, 'n', true),
        ["there"] = new(EntityKind.Unknown, MentionForm.Name, true, 'n', false),
        ["this"] = new(EntityKind.Unknown, MentionForm.Name, true, 'n', false),
        ["that"] = new(EntityKind.Unknown, MentionForm.Name, true, 'n', false),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, PronounInfo>.AlternateLookup<ReadOnlySpan<char>> Lookup = All.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks a word up; an all-capital word (US, IT) is an abbreviation, not a pronoun.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out PronounInfo info)
    {
        if (word.Length > 1 && char.IsUpper(word[1]))
        {
            info = null!;
            return false;
        }

        return Lookup.TryGetValue(word, out info!);
    }
}
