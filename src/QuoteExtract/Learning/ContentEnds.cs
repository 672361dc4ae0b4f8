using QuoteExtract.Attribution;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Learning;

/// <summary>
/// The second learned decision: where reported speech ends. The rules run a leading indirect or mixed quote
/// ("X said that …") to the end of its sentence; PolNeAR often ends it earlier, before ", which", ", but", a
/// dash or a parenthesis. Each punctuation mark inside the content (after the last quotation mark) is a possible
/// end, and so is the rules' end; a model scores each option and the best is taken.
/// </summary>
internal static class ContentEnds
{
    /// <summary>Words after a cut that often open a clause that is not part of the report.</summary>
    private static readonly string[] NextWords =
        ["which", "who", "whose", "where", "when", "while", "and", "but", "although", "though", "even", "despite", "according",
        "saying", "adding", "including", "as", "because", "after", "before", "since", "so", "if", "than", "not", "a", "the", "he", "she", "they", "it"];

    public static IReadOnlyList<string> Names { get; } =
    [
        "is_rule_end", "mark_comma", "mark_semicolon", "mark_colon", "mark_dash", "mark_parenthesis",
        .. NextWords.Select(w => "next_" + w),
        "next_other", "next_capitalized", "next_participle", "fraction_before", "tokens_before_log", "tokens_after_log",
        "commas_before", "type_mixed", "cue_speech", "cue_thought", "cue_other", "options",
    ];

    public static int Count => Names.Count;

    /// <summary>A leading indirect or mixed quote of one part whose cue stands before it.</summary>
    public static bool Eligible(QuoteCandidate c) =>
        c.Parts.Count == 1 && c.Type != QuoteType.Direct && c.Placement == Placement.Leading && c.Cue is { } cue && cue.End <= c.Hull.Start;

    /// <summary>The possible ends of <paramref name="c"/>'s content, the rules' end first, each with its features.</summary>
    public static List<(int End, float[] Features)> Options(TextAnalysis analysis, QuoteCandidate c)
    {
        var hull = c.Hull;
        var tokens = analysis.Tokens;
        int first = analysis.TokenAtOrAfter(hull.Start);
        int end = analysis.TokenAtOrAfter(hull.End);
        int lastMark = first - 1;
        for (int t = first; t < end; t++)
        {
            lastMark = tokens[t].Kind == TokenKind.QuoteMark ? t : lastMark;
        }

        var cuts = new List<int>();
        for (int t = Math.Max(first + 3, lastMark + 1); t < end - 2; t++)
        {
            if (Mark(analysis, t) >= 0)
            {
                cuts.Add(t);
            }
        }

        int total = Math.Max(1, end - first);
        var options = new List<(int, float[])>(cuts.Count + 1);
        options.Add((hull.End, Features(analysis, c, -1, first, end, total, cuts.Count + 1)));
        foreach (int t in cuts)
        {
            options.Add((tokens[t - 1].End, Features(analysis, c, t, first, end, total, cuts.Count + 1)));
        }

        return options;
    }

    private static int Mark(TextAnalysis analysis, int t) => analysis.Tokens[t].Kind == TokenKind.Dash ? 3 : analysis.TokenText(t) switch
    {
        "," => 0,
        ";" => 1,
        ":" => 2,
        "--" => 3,
        "(" => 4,
        _ => -1,
    };

    private static float[] Features(TextAnalysis analysis, QuoteCandidate c, int cut, int first, int end, int total, int optionCount)
    {
        var f = new float[Count];
        int i = 0;
        f[i++] = cut < 0 ? 1 : 0;
        if (cut >= 0)
        {
            f[i + Mark(analysis, cut)] = 1;
        }

        i += 5;
        if (cut >= 0 && cut + 1 < analysis.Tokens.Length)
        {
            var next = analysis.TokenText(cut + 1);
            int k = NextWords.Length;
            for (int w = 0; w < NextWords.Length; w++)
            {
                if (next.Equals(NextWords[w], StringComparison.OrdinalIgnoreCase))
                {
                    k = w;
                    break;
                }
            }

            f[i + k] = 1;
            f[i + NextWords.Length + 1] = next.Length > 0 && char.IsUpper(next[0]) ? 1 : 0;
            f[i + NextWords.Length + 2] = next.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        i += NextWords.Length + 3;
        int before = cut < 0 ? end - first : cut - first;
        f[i++] = (float)before / total;
        f[i++] = MathF.Log(1 + before);
        f[i++] = MathF.Log(1 + (end - first - before));
        int commas = 0;
        for (int t = first; t < first + before; t++)
        {
            commas += analysis.TokenText(t) is "," ? 1 : 0;
        }

        f[i++] = commas;
        f[i++] = c.Type == QuoteType.Mixed ? 1 : 0;
        f[i++] = c.CueClass == CueClass.Speech ? 1 : 0;
        f[i++] = c.CueClass == CueClass.Thought ? 1 : 0;
        f[i++] = c.CueClass == CueClass.Other ? 1 : 0;
        f[i] = optionCount;
        return f;
    }
}
