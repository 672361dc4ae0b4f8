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

    public static IReadOnlyList<string> Names { get; } =
    [
        "is_rule_end", "mark_comma", "mark_semicolon", "mark_colon", "mark_dash", "mark_parenthesis", "mark_conjunction", "mark_preposition", "extends", "sentence_end",
        .. NextWords.Select(w => "next_" + w),
        "next_other", "next_capitalized", "next_participle", "fraction_before", "tokens_before_log", "tokens_after_log",
        "commas_before", "type_mixed", "cue_speech", "cue_thought", "cue_other", "options",
        .. Prepositions.Select(w => "object_before_" + w), "learned_cue", "cue_rate", "starts_to",
        "cue_short_rate", "short_object_cut", "tail_tokens_log", "tail_occasion", "tail_time", "tail_starts_time",
        "clause_before", "subject_pronoun_first",
    ];

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
    private static bool TailStart(TextAnalysis analysis, int t) => Preposition(analysis, t) >= 0 || WordLists.TimeWords.Contains(analysis.TokenText(t));

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

    private static float[] Features(TextAnalysis analysis, QuoteCandidate c, int cut, int first, int end, int total, int optionCount, bool sentenceEnd = false)
    {
        var f = new float[Count];
        int i = 0;
        f[i++] = cut < 0 ? 1 : 0;
        int preposition = -1;
        if (cut >= 0 && !sentenceEnd)
        {
            int mark = Mark(analysis, cut);
            preposition = mark < 0 ? Preposition(analysis, cut) : -1;
            f[i + (mark >= 0 ? mark : 6)] = 1;
        }

        i += 7;
        f[i++] = cut >= end ? 1 : 0;
        f[i++] = sentenceEnd ? 1 : 0;
        int context = cut >= 0 ? cut : end; // the rules' own end: what follows it
        if (!sentenceEnd && context + 1 < analysis.Tokens.Length)
        {
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

            f[i + k] = 1;
            f[i + NextWords.Length + 1] = next.Length > 0 && char.IsUpper(next[0]) ? 1 : 0;
            f[i + NextWords.Length + 2] = next.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        i += NextWords.Length + 3;
        int before = cut < 0 ? end - first : cut - first;
        f[i++] = (float)before / total;
        f[i++] = MathF.Log(1 + before);
        f[i++] = MathF.Log(1 + Math.Abs(end - first - before));
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
        f[i++] = optionCount;
        if (preposition >= 0)
        {
            f[i + preposition] = 1;
        }

        i += Prepositions.Length;
        f[i++] = c.Learned ? 1 : 0;
        f[i++] = c.CueCounts.Total > 0 ? (float)CueRates.RateOf(c.CueCounts) : -1;
        f[i++] = analysis.TokenText(first) is "to" ? 1 : 0;

        // "cited it | as an example": a cue that usually takes a short object, cut a few words in.
        f[i++] = (float)c.CueShortRate;
        f[i++] = cut >= 0 && !sentenceEnd && before <= 3 ? (float)Math.Max(0, c.CueShortRate) : 0;

        // What the option leaves out at the end (up to the rules' end): "| in a statement on Thursday".
        if (cut >= 0 && cut < end && !sentenceEnd)
        {
            f[i] = MathF.Log(1 + end - cut);
            for (int t = cut; t < end; t++)
            {
                var w = analysis.TokenText(t);
                f[i + 1] = WordLists.OccasionNouns.Contains(w) ? 1 : f[i + 1];
                f[i + 2] = WordLists.TimeWords.Contains(w) ? 1 : f[i + 2];
            }

            f[i + 3] = WordLists.TimeWords.Contains(analysis.TokenText(cut)) ? 1 : 0;
        }

        i += 4;

        // A clause runs on past a preposition ("said the town would rebuild | in May"); an object stops there ("cited
        // it | as an example"). An auxiliary before the cut, or a subject pronoun first, marks a clause.
        if (cut >= 0 && !sentenceEnd)
        {
            for (int t = first; t < cut; t++)
            {
                f[i] = Auxiliaries.Contains(analysis.TokenText(t)) ? 1 : f[i];
            }
        }

        f[i + 1] = analysis.TokenText(first) is "he" or "she" or "they" or "it" or "we" or "I" or "you" or "He" or "She" or "They" or "It" or "We" or "You" ? 1 : 0;
        return f;
    }
}
