using QuoteExtract.Attribution;
using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Learning;

/// <summary>
/// A learned decision beside <see cref="ContentEnds"/>: where reported speech starts. The rules start an indirect
/// or mixed quote right after its cue (or at its clause's start); PolNeAR often starts it a little later — after an
/// addressee ("warned <i>voters</i> that …"), an adjunct ("said <i>after the vote</i> he …"), an object ("likened
/// <i>the plan</i> to …"), an opening adverb ("<i>However,</i> …, she said"). Each of the first words of the content,
/// and each "that", comma or cue word a little further in (never past a quotation mark), is a possible cut; a model scores the
/// options and the best is taken.
/// </summary>
internal static class ContentStarts
{
    /// <summary>How far into the content a cut after any word may fall, and how far one after "that" or a comma may.</summary>
    private const int AnyWordWithin = 4, ThatOrCommaWithin = 16;

    private static readonly Lexicon Prepositions = new(
        ["to", "of", "for", "on", "in", "at", "by", "with", "about", "after", "before", "during", "from", "over", "against"], ignoreCase: false);

    public static IReadOnlyList<string> Names { get; } =
    [
        "is_rule_start", "skipped_tokens_log", "skipped_fraction",
        "last_that", "last_comma", "last_to", "last_preposition", "last_determiner", "last_pronoun", "last_capitalized", "last_ly", "last_other",
        "skipped_comma", "skipped_capitalized", "skipped_that", "skipped_word_ending_s_or_ed",
        "first_determiner", "first_pronoun", "first_capitalized", "first_to", "first_quote_mark", "first_lower", "first_number", "first_that",
        "remaining_tokens_log", "cue_before", "type_mixed", "cue_speech", "cue_thought", "cue_other", "learned_cue", "placement_leading", "options",
        "skipped_first_to", "skipped_first_preposition", "skipped_determiner", "cue_rate",
        "skipped_time", "skipped_occasion", "last_of", "first_ing", "first_wh", "skipped_first_capitalized",
        "cue_gap_rate", "skip_gap_rate", "last_report_verb", "skipped_report_verb",
    ];

    public static int Count => Names.Count;

    /// <summary>An indirect or mixed quote of one part with a cue.</summary>
    public static bool Eligible(QuoteCandidate c) => c.Parts.Count == 1 && c.Type != QuoteType.Direct && c.Cue is not null;

    /// <summary>The possible starts of <paramref name="c"/>'s content, the rules' start first, each with its features.</summary>
    public static List<(int Start, float[] Features)> Options(TextAnalysis analysis, QuoteCandidate c)
    {
        var hull = c.Hull;
        var tokens = analysis.Tokens;
        int first = analysis.TokenAtOrAfter(hull.Start);
        int end = analysis.TokenAtOrAfter(hull.End);
        var cuts = new List<int>(); // the last skipped token of each option
        for (int t = first; t < end - 2 && t < first + ThatOrCommaWithin; t++)
        {
            if (tokens[t].Kind == TokenKind.QuoteMark || tokens[t + 1].Kind == TokenKind.QuoteMark && t == first)
            {
                break; // never cut into a quotation
            }

            // A report inside the content: "released a letter from his doctor that says | he …", "issued a statement calling | …".
            bool thatOrComma = analysis.TokenText(t) is "that" or "," || (t > first && ReportVerb(analysis, t));
            if ((t < first + AnyWordWithin && tokens[t].Kind is TokenKind.Word or TokenKind.Number) || thatOrComma)
            {
                cuts.Add(t);
            }
        }

        int total = Math.Max(1, end - first);
        var options = new List<(int, float[])>(cuts.Count + 1) { (hull.Start, Features(analysis, c, first - 1, first, end, total, cuts.Count + 1)) };
        foreach (int t in cuts)
        {
            options.Add((tokens[t + 1].Start, Features(analysis, c, t, first, end, total, cuts.Count + 1)));
        }

        return options;
    }

    /// <summary>Whether token <paramref name="t"/> is a cue word of speech or writing ("says", "announcing", "wrote").</summary>
    private static bool ReportVerb(TextAnalysis analysis, int t) =>
        CueLexicon.TryGet(analysis.TokenText(t), out var cue) && cue.Class is CueClass.Speech or CueClass.Writing;

    private static float[] Features(TextAnalysis analysis, QuoteCandidate c, int lastSkipped, int first, int end, int total, int optionCount)
    {
        var f = new float[Count];
        int skipped = lastSkipped - first + 1;
        f[0] = skipped == 0 ? 1 : 0;
        f[1] = MathF.Log(1 + skipped);
        f[2] = (float)skipped / total;
        if (skipped > 0)
        {
            var last = analysis.TokenText(lastSkipped);
            int k = last is "that" ? 0 : last is "," ? 1 : last is "to" ? 2 : Prepositions.Contains(last) ? 3
                : WordLists.Determiners.Contains(last) ? 4 : Pronouns.TryGet(last, out _) ? 5 : char.IsUpper(last[0]) ? 6
                : last.EndsWith("ly", StringComparison.Ordinal) ? 7 : 8;
            f[3 + k] = 1;

            // "seemed to blame | the network", "shown interest in | expanding": the cue's own complement.
            var firstSkipped = analysis.TokenText(first);
            f[33] = firstSkipped is "to" ? 1 : 0;
            f[34] = Prepositions.Contains(firstSkipped) ? 1 : 0;

            // "announced on Friday | the arrest", "told MSNBC's Morning Joe that | …", "accusing her of | being …",
            // "a letter that says | he …".
            f[39] = last is "of" ? 1 : 0;
            f[42] = char.IsUpper(firstSkipped[0]) ? 1 : 0;
            f[45] = ReportVerb(analysis, lastSkipped) ? 1 : 0;
            for (int t = first; t <= lastSkipped; t++)
            {
                var w = analysis.TokenText(t);
                f[12] = w is "," ? 1 : f[12];
                f[13] = char.IsUpper(w[0]) && t > first ? 1 : f[13];
                f[14] = w is "that" ? 1 : f[14];
                f[15] = w.Length > 3 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith('s')) ? 1 : f[15];
                f[35] = WordLists.Determiners.Contains(w) ? 1 : f[35];
                f[37] = WordLists.TimeWords.Contains(w) ? 1 : f[37];
                f[38] = WordLists.OccasionNouns.Contains(w) ? 1 : f[38];
                f[46] = t < lastSkipped && ReportVerb(analysis, t) ? 1 : f[46];
            }
        }

        int start = lastSkipped + 1;
        var next = analysis.TokenText(start);
        int n = analysis.Tokens[start].Kind == TokenKind.QuoteMark ? 4 : analysis.Tokens[start].Kind == TokenKind.Number ? 6
            : next is "that" ? 7 : next is "to" ? 3 : WordLists.Determiners.Contains(next) ? 0 : Pronouns.TryGet(next, out _) ? 1
            : char.IsUpper(next[0]) ? 2 : 5;
        f[16 + n] = 1;
        f[24] = MathF.Log(1 + end - start);
        f[25] = c.Cue is { } cue && cue.End <= c.Hull.Start ? 1 : 0;
        f[26] = c.Type == QuoteType.Mixed ? 1 : 0;
        f[27] = c.CueClass == CueClass.Speech ? 1 : 0;
        f[28] = c.CueClass == CueClass.Thought ? 1 : 0;
        f[29] = c.CueClass == CueClass.Other ? 1 : 0;
        f[30] = c.Learned ? 1 : 0;
        f[31] = c.Placement == Placement.Leading ? 1 : 0;
        f[32] = optionCount;
        f[36] = c.CueCounts.Total > 0 ? (float)CueRates.RateOf(c.CueCounts) : -1;
        f[40] = next.Length > 4 && next.EndsWith("ing", StringComparison.Ordinal) ? 1 : 0;
        f[41] = next is "why" or "how" or "whether" or "what" or "who" or "when" or "where" or "if" ? 1 : 0;

        // "urged voters | to …", "accused Holt of | being …": a cue whose content usually starts words after it.
        f[43] = (float)c.CueGapRate;
        f[44] = skipped > 0 && f[25] == 1 ? (float)Math.Max(0, c.CueGapRate) : 0;
        return f;
    }
}
