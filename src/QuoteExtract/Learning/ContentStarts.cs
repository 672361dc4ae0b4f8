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

    /// <summary>What the last skipped word is (<see cref="LastSkippedKind"/>'s values).</summary>
    private static readonly string[] LastNames =
        ["last_that", "last_comma", "last_to", "last_preposition", "last_determiner", "last_pronoun", "last_capitalized", "last_ly", "last_other"];

    /// <summary>What the content's new first token is (<see cref="FirstKind"/>'s values).</summary>
    private static readonly string[] FirstNames =
        ["first_determiner", "first_pronoun", "first_capitalized", "first_to", "first_quote_mark", "first_lower", "first_number", "first_that"];

    /// <summary>The features of each possible start, in vector order.</summary>
    public static FeatureSchema Schema { get; } = new("contentStart",
    [
        "is_rule_start", "skipped_tokens_log", "skipped_fraction", .. LastNames,
        "skipped_comma", "skipped_capitalized", "skipped_that", "skipped_word_ending_s_or_ed", .. FirstNames,
        "remaining_tokens_log", "cue_before", "type_mixed", "cue_speech", "cue_thought", "cue_other", "learned_cue", "placement_leading", "options",
        "skipped_first_to", "skipped_first_preposition", "skipped_determiner", "cue_rate",
        "skipped_time", "skipped_occasion", "last_of", "first_ing", "first_wh", "skipped_first_capitalized",
        "cue_gap_rate", "skip_gap_rate", "last_report_verb", "skipped_report_verb",
    ]);

    public static IReadOnlyList<string> Names => Schema.Names;

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
        analysis.Lexicons.CueWords.TryGet(analysis.TokenText(t), out var cue) && cue.Class is CueClass.Speech or CueClass.Writing;

    private static float[] Features(TextAnalysis analysis, QuoteCandidate c, int lastSkipped, int first, int end, int total, int optionCount)
    {
        var values = Schema.NewVector();
        var f = Schema.Writer(values);
        int skipped = lastSkipped - first + 1;
        f.Flag("is_rule_start", skipped == 0);
        f["skipped_tokens_log"] = MathF.Log(1 + skipped);
        f["skipped_fraction"] = (float)skipped / total;
        if (skipped > 0)
        {
            Skipped(analysis, first, lastSkipped, f);
        }

        int start = lastSkipped + 1;
        var next = analysis.TokenText(start);
        f[FirstNames[FirstKind(analysis, start)]] = 1;
        f["remaining_tokens_log"] = MathF.Log(1 + end - start);
        f.Flag("cue_before", c.Cue is { } cue && cue.End <= c.Hull.Start);
        f.Flag("type_mixed", c.Type == QuoteType.Mixed);
        f.Flag("cue_speech", c.CueClass == CueClass.Speech);
        f.Flag("cue_thought", c.CueClass == CueClass.Thought);
        f.Flag("cue_other", c.CueClass == CueClass.Other);
        f.Flag("learned_cue", c.Learned);
        f.Flag("placement_leading", c.Placement == Placement.Leading);
        f["options"] = optionCount;
        f["cue_rate"] = c.CueCounts.Total > 0 ? (float)CueRates.RateOf(c.CueCounts) : -1;
        f.Flag("first_ing", next.Length > 4 && next.EndsWith("ing", StringComparison.Ordinal));
        f.Flag("first_wh", next is "why" or "how" or "whether" or "what" or "who" or "when" or "where" or "if");

        // "urged voters | to …", "accused Holt of | being …": a cue whose content usually starts words after it.
        f["cue_gap_rate"] = (float)c.CueGapRate;
        f["skip_gap_rate"] = skipped > 0 && f["cue_before"] == 1 ? (float)Math.Max(0, c.CueGapRate) : 0;
        return values;
    }

    /// <summary>The words the option skips, from <paramref name="first"/> to <paramref name="lastSkipped"/>.</summary>
    private static void Skipped(TextAnalysis analysis, int first, int lastSkipped, FeatureVector f)
    {
        var last = analysis.TokenText(lastSkipped);
        f[LastNames[LastSkippedKind(analysis.Lexicons.Words, last)]] = 1;

        // "seemed to blame | the network", "shown interest in | expanding": the cue's own complement.
        var firstSkipped = analysis.TokenText(first);
        f.Flag("skipped_first_to", firstSkipped is "to");
        f.Flag("skipped_first_preposition", Prepositions.Contains(firstSkipped));

        // "announced on Friday | the arrest", "told MSNBC's Morning Joe that | …", "accusing her of | being …",
        // "a letter that says | he …".
        f.Flag("last_of", last is "of");
        f.Flag("skipped_first_capitalized", char.IsUpper(firstSkipped[0]));
        f.Flag("last_report_verb", ReportVerb(analysis, lastSkipped));
        for (int t = first; t <= lastSkipped; t++)
        {
            var w = analysis.TokenText(t);
            f.Mark("skipped_comma", w is ",");
            f.Mark("skipped_capitalized", char.IsUpper(w[0]) && t > first);
            f.Mark("skipped_that", w is "that");
            f.Mark("skipped_word_ending_s_or_ed", w.Length > 3 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith('s')));
            f.Mark("skipped_determiner", analysis.Lexicons.Words.Determiners.Contains(w));
            f.Mark("skipped_time", analysis.Lexicons.Words.TimeWords.Contains(w));
            f.Mark("skipped_occasion", analysis.Lexicons.Words.OccasionNouns.Contains(w));
            f.Mark("skipped_report_verb", t < lastSkipped && ReportVerb(analysis, t));
        }
    }

    /// <summary>The index in <see cref="LastNames"/> of what the last skipped word is.</summary>
    private static int LastSkippedKind(WordLists words, ReadOnlySpan<char> last) =>
        last is "that" ? 0 : last is "," ? 1 : last is "to" ? 2 : Prepositions.Contains(last) ? 3
            : words.Determiners.Contains(last) ? 4 : words.Pronouns.TryGet(last, out _) ? 5 : char.IsUpper(last[0]) ? 6
            : last.EndsWith("ly", StringComparison.Ordinal) ? 7 : 8;

    /// <summary>The index in <see cref="FirstNames"/> of what token <paramref name="start"/>, the content's new first, is.</summary>
    private static int FirstKind(TextAnalysis analysis, int start)
    {
        var next = analysis.TokenText(start);
        return analysis.Tokens[start].Kind == TokenKind.QuoteMark ? 4 : analysis.Tokens[start].Kind == TokenKind.Number ? 6
            : next is "that" ? 7 : next is "to" ? 3 : analysis.Lexicons.Words.Determiners.Contains(next) ? 0 : analysis.Lexicons.Words.Pronouns.TryGet(next, out _) ? 1
            : char.IsUpper(next[0]) ? 2 : 5;
    }
}
