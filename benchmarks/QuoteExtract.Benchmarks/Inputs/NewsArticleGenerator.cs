using System.Text;

namespace QuoteExtract.Benchmarks.Inputs;

/// <summary>
/// Writes invented news articles for the benchmarks: a headline, a byline and paragraphs that mix the
/// phenomena the extractor has to handle (direct quotes before and after the cue, split quotes, quotes
/// that run over two paragraphs, nested single quotes, indirect speech with "said that" and "according
/// to", scare quotes, apostrophes, abbreviations, numbers). All names, places and statements are made up
/// here, so the project may ship the text. The same seed always gives the same article (System.Random
/// with a seed is a fixed algorithm), so benchmark runs and machines compare like with like.
/// </summary>
internal sealed class NewsArticleGenerator
{
    private static readonly string[] FirstNames =
        ["Tomas", "Aiko", "Petra", "Jonas", "Leena", "Dario", "Hanne", "Viktor", "Rosa", "Emil", "Nadia", "Owen"];

    private static readonly string[] Surnames =
        ["Rendl", "Brandt", "Holm", "Okafor", "Marsh", "Quist", "Solberg", "Aalto", "Delane", "Farrow", "Kessel", "Pryce"];

    private static readonly string[] Titles =
        ["Mayor", "Dr.", "Gov.", "Sen.", "Prof.", "union secretary", "council spokeswoman", "chief engineer", "Mr.", "Ms."];

    private static readonly string[] Organizations =
        ["the harbour board", "the Valmere Transport Authority", "Greyfen Logistics Inc.", "the farmers' union",
         "the regional council", "the state health department", "the U.S. Weather Service", "Northfield Water Co."];

    private static readonly string[] Places = ["Valmere", "Port Cassel", "Greyfen", "Northfield", "Ostra Bay", "St. Aldric"];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly string[] Months = ["Jan.", "Feb.", "Sept.", "Oct.", "Nov.", "Dec."];

    private static readonly string[] Statements =
    [
        "We will not accept a deal that leaves our members worse off",
        "The figures speak for themselves",
        "Nobody expected the repairs to take this long",
        "It's the families on the east side who pay for it",
        "We've asked for an independent review and we're still waiting",
        "I don't think anyone here wants a strike",
        "The plan was never costed properly",
        "We have done everything the inspectors asked of us",
        "This is the worst flooding I've seen since the '90s",
        "People can't keep waiting for a bus that never comes",
        "The council's own report says the bridge is safe",
        "Our drivers are tired and they're angry",
        "We'll open the new terminal in the spring, as promised",
        "There is no money left in this year's budget",
        "I told the minister exactly what I'm telling you",
        "The water is clean and it has been clean all along",
    ];

    private static readonly string[] Clauses =
    [
        "the works would finish before the winter",
        "the agency had not been consulted about the new timetable",
        "about {N} households were still without power",
        "the fares would rise by {P} percent from {M} 1",
        "the inspectors' report had been delayed by a month",
        "the company's drivers would return to work on {D}",
        "the budget gap stood at {N} million",
        "the pumping station at No. 4 Quay had failed twice",
        "talks would resume at 9 a.m. on {D}",
        "the ferry had carried {N} passengers a day last summer",
        "the council didn't have the staff to clear the backlog",
        "the new rules were \"unworkable\" for small farms",
    ];

    private static readonly string[] Cues =
        ["said", "told reporters", "said on {D}", "wrote in a statement", "added", "told the Courier", "warned", "insisted"];

    private static readonly string[] ScareQuotes =
        ["temporary", "pause", "consultation", "efficiency review", "minor delay", "voluntary"];

    private static readonly string[] Phrases =
        ["exhausted and angry", "a disgrace", "completely unacceptable", "a step in the right direction", "long overdue"];

    private readonly Random _random;
    private readonly bool _curly;
    private readonly StringBuilder _builder = new();

    private NewsArticleGenerator(int seed)
    {
        _random = new Random(seed);

        // Wire feeds differ: most use curly marks, some plain ASCII ones.
        _curly = _random.Next(10) < 7;
    }

    /// <summary>An article of at least <paramref name="minimumWords"/> words, the same for the same seed.</summary>
    public static string Generate(int minimumWords, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumWords);
        return new NewsArticleGenerator(seed).Write(minimumWords);
    }

    private string OpenDouble => _curly ? "“" : "\"";

    private string CloseDouble => _curly ? "”" : "\"";

    private string OpenSingle => _curly ? "‘" : "'";

    private string CloseSingle => _curly ? "’" : "'";

    private string Write(int minimumWords)
    {
        string place = Pick(Places);
        _builder.Append(Capitalize(Pick(Organizations))).Append(" faces questions over ").Append(place).Append(" delays").Append("\n\n");
        _builder.Append(place).Append(" Courier staff").Append("\n\n");
        int words = 0;
        bool first = true;
        while (words < minimumWords)
        {
            int before = _builder.Length;
            if (first)
            {
                Lead(place);
                first = false;
            }
            else
            {
                NextParagraph();
            }

            _builder.Append("\n\n");
            words += CountWords(_builder.ToString(before, _builder.Length - before));
        }

        // A feed with curly quotation marks uses curly apostrophes too (don’t, the ’90s).
        return _curly ? _builder.Replace('\'', '’').ToString().TrimEnd() : _builder.ToString().TrimEnd();
    }

    private void NextParagraph()
    {
        switch (_random.Next(11))
        {
            case 0:
            case 1:
                DirectQuoteThenCue();
                break;
            case 2:
                CueThenDirectQuote();
                break;
            case 3:
                SplitQuote();
                break;
            case 4:
                IndirectSaidThat();
                break;
            case 5:
                AccordingTo();
                break;
            case 6:
                MixedQuote();
                break;
            case 7:
                Background();
                break;
            case 8:
                NestedQuote();
                break;
            case 9:
                MultiParagraphQuote();
                break;
            default:
                ScareQuote();
                break;
        }
    }

    private void Lead(string place)
    {
        _builder.Append(place.ToUpperInvariant()).Append(" — ").Append(Capitalize(Pick(Organizations)))
            .Append(" will keep the service suspended until ").Append(Pick(Days)).Append(", ")
            .Append(Person()).Append(" said on ").Append(Pick(Days))
            .Append(", after talks broke down for a second time.");
    }

    private void DirectQuoteThenCue()
    {
        _builder.Append(OpenDouble).Append(TwoStatements()).Append(',').Append(CloseDouble)
            .Append(' ').Append(Person()).Append(' ').Append(Cue()).Append('.');
    }

    private void CueThenDirectQuote()
    {
        _builder.Append(Pick(Surnames)).Append(' ').Append(Cue()).Append(": ")
            .Append(OpenDouble).Append(Statement()).Append('.').Append(CloseDouble);
    }

    private void SplitQuote()
    {
        _builder.Append(OpenDouble).Append(Statement()).Append(',').Append(CloseDouble).Append(' ')
            .Append(Pick(Surnames)).Append(" said. ")
            .Append(OpenDouble).Append(TwoStatements()).Append('.').Append(CloseDouble);
    }

    private void IndirectSaidThat()
    {
        _builder.Append(Capitalize(Person())).Append(" said that ").Append(Clause())
            .Append(", adding that ").Append(Clause()).Append('.');
    }

    private void AccordingTo()
    {
        _builder.Append("According to ").Append(Pick(Organizations)).Append(", ").Append(Clause()).Append('.');
    }

    private void MixedQuote()
    {
        _builder.Append(Pick(Surnames)).Append(" said the decision was ")
            .Append(OpenDouble).Append(Pick(Phrases)).Append(CloseDouble)
            .Append(" and that ").Append(Clause()).Append('.');
    }

    private void Background()
    {
        _builder.Append("The line, built in the '90s, carries about ").Append(Number()).Append(" people a day, ")
            .Append(Pick(Organizations)).Append("'s figures show. A review by Dr. ").Append(Pick(Surnames))
            .Append(" is due on ").Append(Pick(Months)).Append(' ').Append(_random.Next(1, 29))
            .Append(", and the U.S. operator of the trains has not commented.");
    }

    private void NestedQuote()
    {
        _builder.Append(OpenDouble).Append("When they told us it was ").Append(OpenSingle).Append(Pick(Phrases)).Append(CloseSingle)
            .Append(", I laughed. ").Append(Statement()).Append(',').Append(CloseDouble).Append(' ')
            .Append(Person()).Append(' ').Append(Cue()).Append('.');
    }

    private void MultiParagraphQuote()
    {
        // The English convention: no closing mark at the end of the first paragraph, an opening mark on the next.
        _builder.Append(Capitalize(Person())).Append(" read out the union's letter: ")
            .Append(OpenDouble).Append(TwoStatements()).Append('.')
            .Append("\n\n")
            .Append(OpenDouble).Append(Statement()).Append('.').Append(CloseDouble);
    }

    private void ScareQuote()
    {
        _builder.Append("Commuters waiting at ").Append(Pick(Places)).Append(" station described the so-called ")
            .Append(OpenDouble).Append(Pick(ScareQuotes)).Append(CloseDouble)
            .Append(" timetable as a joke; it doesn't run after 10 p.m.");
    }

    private string Person() => Pick(Titles) + " " + Pick(FirstNames) + " " + Pick(Surnames);

    private string Statement() => Pick(Statements);

    /// <summary>Two different statements as two sentences, without the final period.</summary>
    private string TwoStatements()
    {
        int first = _random.Next(Statements.Length);
        int second = (first + 1 + _random.Next(Statements.Length - 1)) % Statements.Length;
        return Statements[first] + ". " + Statements[second];
    }

    private string Cue() => Fill(Pick(Cues));

    private string Clause() => Fill(Pick(Clauses));

    private string Number() => (_random.Next(1, 90) * 50).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private string Fill(string template) => template
        .Replace("{N}", Number(), StringComparison.Ordinal)
        .Replace("{P}", _random.Next(2, 15).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{M}", Pick(Months), StringComparison.Ordinal)
        .Replace("{D}", Pick(Days), StringComparison.Ordinal);

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static int CountWords(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
