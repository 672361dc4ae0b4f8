using QuoteExtract.Attribution;
using QuoteExtract.Lexicons;
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

    /// <summary>
    /// Words that end a short object: "attacked Machado | in early-morning tweets", "cited it | as an example",
    /// "critical of Trump | since …" — PolNeAR's content is often the object alone.
    /// </summary>
    private static readonly string[] Prepositions =
        ["in", "on", "at", "since", "during", "as", "for", "after", "before", "with", "from", "over", "amid", "despite", "until", "by", "against", "about", "because", "when", "while", "to"];

    /// <summary>How many tokens into the content an object-ending preposition may stand.</summary>
    private const int ObjectWindow = 12;

    /// <summary>
    /// How many tokens before the content's end a trailing adjunct may start: "… more school investment | in a
    /// statement on Thursday", "… the debate winner | on social media Tuesday night" — PolNeAR leaves the report's
    /// setting out of its content.
    /// </summary>
    private const int TailWindow = 7;

    /// <summary>Auxiliaries and modals: one before a cut means the content is a clause.</summary>
    private static readonly Lexicon Auxiliaries = new(
        ["is", "are", "was", "were", "be", "been", "will", "would", "has", "have", "had", "can", "could", "should", "may", "might", "must",
        "do", "does", "did", "'s", "’s", "won't", "wouldn't", "isn't", "wasn't", "aren't", "can't", "didn't", "doesn't"], ignoreCase: true);

    /// <summary>The kinds of mark a cut follows (<see cref="Mark"/>'s values), then any other cut (a preposition or a word of time).</summary>
    private static readonly string[] MarkNames =
        ["mark_comma", "mark_semicolon", "mark_colon", "mark_dash", "mark_parenthesis", "mark_conjunction", "mark_preposition"];

    private static readonly string[] NextWordNames = [.. NextWords.Select(w => "next_" + w), "next_other"];

    private static readonly string[] ObjectBeforeNames = [.. Prepositions.Select(w => "object_before_" + w)];

    /// <summary>The features of each possible end, in vector order.</summary>
    public static FeatureSchema Schema { get; } = new("contentEnd",
    [
        "is_rule_end", .. MarkNames, "extends", "sentence_end",
        .. NextWordNames, "next_capitalized", "next_participle", "fraction_before", "tokens_before_log", "tokens_after_log",
        "commas_before", "type_mixed", "cue_speech", "cue_thought", "cue_other", "options",
        .. ObjectBeforeNames, "learned_cue", "cue_rate", "starts_to",
        "cue_short_rate", "short_object_cut", "tail_tokens_log", "tail_occasion", "tail_time", "tail_starts_time",
        "clause_before", "subject_pronoun_first",
    ]);

    public static IReadOnlyList<string> Names => Schema.Names;

    public static int Count => Names.Count;

    /// <summary>A leading indirect or mixed quote of one part whose cue stands before it.</summary>
    public static bool Eligible(QuoteCandidate c) =>
        c.Parts.Count == 1 && c.Type != QuoteType.Direct && c.Placement == Placement.Leading && c.Cue is { } cue && cue.End <= c.Hull.Start;

    /// <summary>
    /// The possible ends of <paramref name="c"/>'s content, the rules' end first, each with its features: a cut before
    /// each mark inside it (after its last quotation mark), and, when the rules stopped before the sentence's end,
    /// the marks after it and the sentence's end.
    /// </summary>
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
        for (int t = Math.Max(first + 1, lastMark + 1); t < end; t++)
        {
            if ((t < end - 1 && ((Mark(analysis, t) >= 0 && (t < first + 3 || t < end - 2)) || (t < first + ObjectWindow && Preposition(analysis, t) >= 0)))
                || (t >= first + 3 && t >= end - TailWindow && TailStart(analysis, t)))
            {
                cuts.Add(t);
            }
        }

        // Past the rules' end: "…, which retains significant power." may still be the report.
        var sentence = analysis.Sentences[analysis.SentenceOfToken[Math.Min(Math.Max(first, end - 1), tokens.Length - 1)]];
        int sentenceLast = sentence.EndToken - 1;
        while (sentenceLast > end && tokens[sentenceLast].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
        {
            sentenceLast--;
        }

        // Never across a quotation mark: an extended report keeps its type (an indirect one holds no quotation).
        for (int t = end; t <= sentenceLast; t++)
        {
            if (tokens[t].Kind == TokenKind.QuoteMark)
            {
                sentenceLast = t - 1;
                break;
            }
        }

        var beyond = new List<int>();
        for (int t = end + 1; t < sentenceLast - 1; t++)
        {
            if (Mark(analysis, t) >= 0)
            {
                beyond.Add(t);
            }
        }

        int total = Math.Max(1, end - first);
        int count = cuts.Count + beyond.Count + (sentenceLast > end ? 2 : 1);
        var options = new List<(int, float[])>(count) { (hull.End, Features(analysis, c, -1, first, end, total, count)) };
        foreach (int t in cuts.Concat(beyond))
        {
            options.Add((tokens[t - 1].End, Features(analysis, c, t, first, end, total, count)));
        }

        if (sentenceLast > end)
        {
            options.Add((tokens[sentenceLast].End, Features(analysis, c, sentenceLast + 1, first, end, total, count, sentenceEnd: true)));
        }

        return options;
    }

    /// <summary>Whether a trailing adjunct can start at token <paramref name="t"/>: a preposition or a word of time.</summary>
    private static bool TailStart(TextAnalysis analysis, int t) => Preposition(analysis, t) >= 0 || analysis.Lexicons.Words.TimeWords.Contains(analysis.TokenText(t));

    /// <summary>The index in <see cref="Prepositions"/> of token <paramref name="t"/>, or -1.</summary>
    private static int Preposition(TextAnalysis analysis, int t)
    {
        if (analysis.Tokens[t].Kind != TokenKind.Word)
        {
            return -1;
        }

        var word = analysis.TokenText(t);
        for (int w = 0; w < Prepositions.Length; w++)
        {
            if (word.Equals(Prepositions[w], StringComparison.Ordinal))
            {
                return w;
            }
        }

        return -1;
    }

    /// <summary>The kind of mark a cut before token <paramref name="t"/> follows: comma, semicolon, colon, dash, parenthesis, or "and"/"but" before a verb.</summary>
    private static int Mark(TextAnalysis analysis, int t)
    {
        if (analysis.Tokens[t].Kind == TokenKind.Dash)
        {
            return 3;
        }

        var word = analysis.TokenText(t);
        if (word is "and" or "but")
        {
            // "… therapies and downplayed the risk": a second verb, not a second object.
            var next = t + 1 < analysis.Tokens.Length && analysis.Tokens[t + 1].Kind == TokenKind.Word ? analysis.TokenText(t + 1) : [];
            return next.Length > 3 && char.IsLower(next[0]) && (next.EndsWith("ed", StringComparison.Ordinal) || next.EndsWith("es", StringComparison.Ordinal)) ? 5 : -1;
        }

        return word switch
        {
            "," => 0,
            ";" => 1,
            ":" => 2,
            "--" => 3,
            "(" => 4,
            _ => -1,
        };
    }

    /// <summary>Where a possible end cuts: before token <see cref="Cut"/> (-1 for the rules' own end), or at the sentence's end.</summary>
    private readonly record struct EndOption(int Cut, int First, int End, int Total, int OptionCount, bool SentenceEnd)
    {
        /// <summary>Tokens from the content's first to the cut.</summary>
        public int Before => Cut < 0 ? End - First : Cut - First;

        /// <summary>A cut inside the sentence, before a mark, preposition or word of time.</summary>
        public bool CutsAtWord => Cut >= 0 && !SentenceEnd;
    }

    private static float[] Features(TextAnalysis analysis, QuoteCandidate c, int cut, int first, int end, int total, int optionCount, bool sentenceEnd = false)
    {
        var option = new EndOption(cut, first, end, total, optionCount, sentenceEnd);
        var values = Schema.NewVector();
        var f = Schema.Writer(values);
        f.Flag("is_rule_end", cut < 0);
        int preposition = CutMark(analysis, option, f);
        f.Flag("extends", cut >= end);
        f.Flag("sentence_end", sentenceEnd);
        NextWord(analysis, option, f);
        Proportions(analysis, option, f);
        f.Flag("type_mixed", c.Type == QuoteType.Mixed);
        f.Flag("cue_speech", c.CueClass == CueClass.Speech);
        f.Flag("cue_thought", c.CueClass == CueClass.Thought);
        f.Flag("cue_other", c.CueClass == CueClass.Other);
        f["options"] = optionCount;
        if (preposition >= 0)
        {
            f[ObjectBeforeNames[preposition]] = 1;
        }

        f.Flag("learned_cue", c.Learned);
        f["cue_rate"] = c.CueCounts.Total > 0 ? (float)CueRates.RateOf(c.CueCounts) : -1;
        f.Flag("starts_to", analysis.TokenText(first) is "to");

        // "cited it | as an example": a cue that usually takes a short object, cut a few words in.
        f["cue_short_rate"] = (float)c.CueShortRate;
        f["short_object_cut"] = option.CutsAtWord && option.Before <= 3 ? (float)Math.Max(0, c.CueShortRate) : 0;
        Tail(analysis, option, f);
        Clause(analysis, option, f);
        return values;
    }

    /// <summary>The kind of mark the cut follows; returns the index in <see cref="Prepositions"/> of a preposition cut, or -1.</summary>
    private static int CutMark(TextAnalysis analysis, EndOption option, FeatureVector f)
    {
        if (!option.CutsAtWord)
        {
            return -1;
        }

        int mark = Mark(analysis, option.Cut);
        f[MarkNames[mark >= 0 ? mark : MarkNames.Length - 1]] = 1;
        return mark < 0 ? Preposition(analysis, option.Cut) : -1;
    }

    /// <summary>The word after the cut (after the rules' end for the rules' option): which, capitalized, a participle.</summary>
    private static void NextWord(TextAnalysis analysis, EndOption option, FeatureVector f)
    {
        int context = option.Cut >= 0 ? option.Cut : option.End; // the rules' own end: what follows it
        if (option.SentenceEnd || context + 1 >= analysis.Tokens.Length)
        {
            return;
        }

        var next = analysis.TokenText(context + 1);
        int k = NextWords.Length;
        for (int w = 0; w < NextWords.Length; w++)
        {
            if (next.Equals(NextWords[w], StringComparison.OrdinalIgnoreCase))
            {
                k = w;
                break;
            }
        }

        f[NextWordNames[k]] = 1;
        f.Flag("next_capitalized", next.Length > 0 && char.IsUpper(next[0]));
        f.Flag("next_participle", next.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>How much of the content the option keeps and leaves, and the commas it keeps.</summary>
    private static void Proportions(TextAnalysis analysis, EndOption option, FeatureVector f)
    {
        int before = option.Before;
        f["fraction_before"] = (float)before / option.Total;
        f["tokens_before_log"] = MathF.Log(1 + before);
        f["tokens_after_log"] = MathF.Log(1 + Math.Abs(option.End - option.First - before));
        int commas = 0;
        for (int t = option.First; t < option.First + before; t++)
        {
            commas += analysis.TokenText(t) is "," ? 1 : 0;
        }

        f["commas_before"] = commas;
    }

    /// <summary>What the option leaves out at the end (up to the rules' end): "| in a statement on Thursday".</summary>
    private static void Tail(TextAnalysis analysis, EndOption option, FeatureVector f)
    {
        int cut = option.Cut;
        if (!option.CutsAtWord || cut >= option.End)
        {
            return;
        }

        f["tail_tokens_log"] = MathF.Log(1 + option.End - cut);
        for (int t = cut; t < option.End; t++)
        {
            var w = analysis.TokenText(t);
            f.Mark("tail_occasion", analysis.Lexicons.Words.OccasionNouns.Contains(w));
            f.Mark("tail_time", analysis.Lexicons.Words.TimeWords.Contains(w));
        }

        f.Flag("tail_starts_time", analysis.Lexicons.Words.TimeWords.Contains(analysis.TokenText(cut)));
    }

    /// <summary>
    /// A clause runs on past a preposition ("said the town would rebuild | in May"); an object stops there ("cited
    /// it | as an example"). An auxiliary before the cut, or a subject pronoun first, marks a clause.
    /// </summary>
    private static void Clause(TextAnalysis analysis, EndOption option, FeatureVector f)
    {
        if (option.CutsAtWord)
        {
            for (int t = option.First; t < option.Cut; t++)
            {
                f.Mark("clause_before", Auxiliaries.Contains(analysis.TokenText(t)));
            }
        }

        f.Flag("subject_pronoun_first", analysis.TokenText(option.First) is "he" or "she" or "they" or "it" or "we" or "I" or "you" or "He" or "She" or "They" or "It" or "We" or "You");
    }
}
