using System.Collections.Frozen;

namespace QuoteExtract.Lexicons;

/// <summary>
/// How a language marks quotations (<c>Resources/&lt;lang&gt;/quote-convention.txt</c>): its pairs of marks, the marks
/// that continue a quotation into the next paragraph, the dashes that introduce speech, and whether a quoted passage
/// inside a report counts as a quote of its own. French reopens a continued paragraph with », which opens a quotation
/// in German: the convention, not the mark, says which it is.
/// </summary>
internal sealed class QuoteConvention
{
    private QuoteConvention(FrozenDictionary<char, char> closingOf, string reopenings, string dashes, bool reportsNested)
    {
        ClosingOf = closingOf;
        Reopenings = reopenings;
        Dashes = dashes;
        ReportsNested = reportsNested;
    }

    /// <summary>The closing mark of each opening mark.</summary>
    public FrozenDictionary<char, char> ClosingOf { get; }

    /// <summary>Marks that, opening a paragraph, continue a quotation the previous paragraph left open.</summary>
    public string Reopenings { get; }

    /// <summary>Dashes that, opening a paragraph, introduce speech (the French dialogue dash).</summary>
    public string Dashes { get; }

    /// <summary>Whether a quoted passage inside a reported quote is also reported as a direct quote of its own.</summary>
    public bool ReportsNested { get; }

    public bool Opens(char c) => ClosingOf.ContainsKey(c);

    public static QuoteConvention Load(string language)
    {
        var pairs = new Dictionary<char, char>();
        string reopen = "", dashes = "";
        bool nested = false;
        foreach (var line in Lexicon.ReadLines("quote-convention.txt", language))
        {
            var columns = line.Split('\t');
            switch (columns[0])
            {
                case "pair":
                    pairs[columns[1][0]] = columns[2][0];
                    break;
                case "reopen":
                    reopen += columns[1];
                    break;
                case "dash":
                    dashes += columns[1];
                    break;
                case "nested":
                    nested = columns[1] == "true";
                    break;
            }
        }

        return new QuoteConvention(pairs.ToFrozenDictionary(), reopen, dashes, nested);
    }
}
