namespace QuoteExtract.Lexicons;

/// <summary>
/// Titles that tell a gender (<c>Resources/en/gendered-titles.txt</c>): exact forms ("mrs", "congresswoman") and
/// endings ("*man"), with the titles that end like one but tell none ("chairman").
/// </summary>
internal sealed class GenderedTitles
{
    private readonly Dictionary<char, List<string>> forms;
    private readonly HashSet<string> exceptions;

    /// <param name="language">The resource folder: en.</param>
    public GenderedTitles(string language)
    {
        var rows = Lexicon.ReadLines("gendered-titles.txt", language).Select(l => l.Split('\t')).ToList();
        forms = rows.Where(c => c[0] != "n").GroupBy(c => c[0][0]).ToDictionary(g => g.Key, g => g.Select(c => c[1]).ToList());
        exceptions = [.. rows.Where(c => c[0] == "n").Select(c => c[1])];
    }

    /// <summary>'m' or 'f' when a title says so ("Mr.", "Mrs.", "Ms.", "Congresswoman", "spokesman"), else 'n'.</summary>
    public char GenderOf(List<string> titles)
    {
        foreach (var title in titles)
        {
            var t = title.TrimEnd('.').ToLowerInvariant();
            foreach (char gender in "mf")
            {
                if (forms.TryGetValue(gender, out var known) && Matches(known, t))
                {
                    return gender;
                }
            }
        }

        return 'n';
    }

    /// <summary>Whether the lower-case title <paramref name="t"/> is one of <paramref name="known"/>, or ends like one ("*man") and is no exception.</summary>
    private bool Matches(List<string> known, string t)
    {
        foreach (var f in known)
        {
            if (f[0] == '*' ? t.AsSpan().EndsWith(f.AsSpan(1)) && !exceptions.Contains(t) : t == f)
            {
                return true;
            }
        }

        return false;
    }
}
