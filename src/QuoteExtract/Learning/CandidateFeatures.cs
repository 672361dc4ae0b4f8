using QuoteExtract.Attribution;
using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Learning;

/// <summary>
/// The features the learned scorer sees for one rule candidate: cheap numbers read off the tokenizer's
/// analysis and the candidate (type, placement, cue class and prior, speaker form and kind, distances,
/// punctuation and capitalization around the content, position in sentence and paragraph). The order of
/// <see cref="Names"/> is the order of the vector; a trained model lists the names it was trained with and
/// is refused when they differ, so a change here can never silently feed a model the wrong columns.
/// </summary>
internal static class CandidateFeatures
{
    /// <summary>The cue words most frequent in news, each a feature of its own (others share "cue_other_word").</summary>
    private static readonly string[] FrequentCues = ["said", "says", "say", "told", "according", "added", "asked", "wrote", "believes", "think", "thinks", "called"];

    public static IReadOnlyList<string> Names { get; } = BuildNames();

    public static int Count => Names.Count;

    private static string[] BuildNames()
    {
        var names = new List<string>
        {
            "type_direct", "type_indirect", "type_mixed",
            "place_trailing", "place_leading", "place_colon", "place_dash", "place_inherited", "place_none",
            "has_cue", "cue_speech", "cue_writing", "cue_thought", "cue_other", "cue_prior",
        };
        names.AddRange(FrequentCues.Select(c => "cue_is_" + c));
        names.AddRange(
        [
            "cue_other_word", "cue_tokens", "closed",
            "has_speaker", "speaker_person", "speaker_organization", "speaker_unknown",
            "speaker_name", "speaker_pronoun", "speaker_nominal", "speaker_relative",
            "speaker_tokens", "speaker_capitalized", "speaker_it",
            "parts", "content_log_chars", "content_tokens_log", "content_sentences",
            "quoted_fraction", "quote_marks_in_content", "starts_with_that", "starts_capitalized",
            "starts_sentence", "ends_sentence", "ends_period", "ends_comma", "ends_question", "ends_quote_mark",
            "content_has_question", "content_commas",
            "cue_before_content", "cue_distance_log", "speaker_cue_distance_log", "speaker_inside_content",
            "sentence_in_paragraph", "first_sentence_of_paragraph", "paragraph_index_log", "first_paragraph",
            "paragraph_sentences", "paragraph_fully_covered", "sentence_tokens_log",
            "overlapping_candidates", "candidates_in_sentence", "rule_confidence", "relaxed", "learned_cue",
            "cue_after_determiner", "cue_after_auxiliary", "cue_before_that", "cue_before_to", "cue_before_determiner",
            "cue_before_preposition", "cue_before_capitalized", "cue_ends_ed", "cue_ends_s", "cue_ends_ing", "cue_capitalized",
            "cue_learned_rate", "cue_occurrences_log",
        ]);
        return [.. names];
    }

    /// <summary>Writes the features of <paramref name="candidates"/>[<paramref name="index"/>] into <paramref name="into"/> (length <see cref="Count"/>).</summary>
    public static void Compute(TextAnalysis analysis, IReadOnlyList<QuoteCandidate> candidates, int index, Span<float> into) =>
        Compute(analysis, candidates, new HullCounter(candidates), index, into);

    /// <summary>As <see cref="Compute(TextAnalysis, IReadOnlyList{QuoteCandidate}, int, Span{float})"/>, with the hulls of <paramref name="candidates"/> counted by <paramref name="hulls"/> (built once per document).</summary>
    public static void Compute(TextAnalysis analysis, IReadOnlyList<QuoteCandidate> candidates, HullCounter hulls, int index, Span<float> into)
    {
        into.Clear();
        var c = candidates[index];
        string text = analysis.Text;
        var hull = c.Hull;
        int i = 0;

        into[i + (int)c.Type] = 1;
        i += 3;
        into[i + (int)c.Placement] = 1;
        i += 6;

        into[i++] = c.Cue is null ? 0 : 1;
        if (c.Cue is not null)
        {
            into[i + (int)c.CueClass] = 1;
        }

        i += 4;
        into[i++] = (float)c.CuePrior;
        bool frequent = false;
        if (c.Cue is { } cue)
        {
            int first = analysis.TokenAtOrAfter(cue.Start);
            var word = first < analysis.Tokens.Length ? analysis.TokenText(first) : [];
            for (int k = 0; k < FrequentCues.Length; k++)
            {
                if (word.Equals(FrequentCues[k], StringComparison.OrdinalIgnoreCase))
                {
                    into[i + k] = 1;
                    frequent = true;
                }
            }
        }

        i += FrequentCues.Length;
        into[i++] = c.Cue is not null && !frequent ? 1 : 0;
        into[i++] = c.Cue is { } cueSpan ? CountTokens(analysis, cueSpan) : 0;
        into[i++] = c.Closed ? 1 : 0;

        if (c.Speaker is { } m)
        {
            into[i] = 1;
            int kind = m.Kind switch { EntityKind.Person => 0, EntityKind.Organization => 1, _ => 2 };
            into[i + 1 + kind] = 1;
            into[i + 4 + (int)m.Form] = 1;
            into[i + 8] = CountTokens(analysis, m.Span);
            into[i + 9] = m.Span.Length > 0 && char.IsUpper(text[m.Span.Start]) ? 1 : 0;
            into[i + 10] = m.Span.GetText(text) is "it" or "It" ? 1 : 0;
        }

        i += 11;
        into[i++] = c.Parts.Count;
        into[i++] = MathF.Log(1 + hull.Length);
        int contentTokens = CountTokens(analysis, hull);
        into[i++] = MathF.Log(1 + contentTokens);

        int firstToken = Math.Min(analysis.TokenAtOrAfter(hull.Start), analysis.Tokens.Length - 1);
        int lastToken = Math.Max(0, Math.Min(analysis.TokenAtOrAfter(Math.Max(hull.Start, hull.End - 1)), analysis.Tokens.Length - 1));
        int firstSentence = analysis.SentenceOfToken[firstToken];
        int lastSentence = analysis.SentenceOfToken[lastToken];
        into[i++] = lastSentence - firstSentence + 1;

        int quoted = 0, marks = 0, commas = 0;
        bool inside = false, question = false;
        for (int t = firstToken; t <= lastToken && t < analysis.Tokens.Length; t++)
        {
            var token = analysis.Tokens[t];
            if (token.Kind == TokenKind.QuoteMark)
            {
                marks++;
                inside = !inside;
            }
            else if (inside)
            {
                quoted++;
            }

            var s = analysis.TokenText(t);
            commas += s is "," ? 1 : 0;
            question |= s is "?";
        }

        into[i++] = contentTokens == 0 ? 0 : (float)quoted / contentTokens;
        into[i++] = marks;
        var startWord = analysis.TokenText(firstToken);
        into[i++] = startWord.Equals("that", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        into[i++] = FirstLetterIsUpper(text, hull) ? 1 : 0;
        var sentence = analysis.Sentences[firstSentence];
        var endSentence = analysis.Sentences[lastSentence];
        into[i++] = firstToken <= sentence.FirstToken + 1 ? 1 : 0;
        into[i++] = lastToken >= endSentence.EndToken - 2 ? 1 : 0;
        char last = LastNonSpace(text, hull);
        into[i++] = last == '.' ? 1 : 0;
        into[i++] = last == ',' ? 1 : 0;
        into[i++] = last == '?' ? 1 : 0;
        into[i++] = analysis.Tokens[lastToken].Kind == TokenKind.QuoteMark ? 1 : 0;
        into[i++] = question ? 1 : 0;
        into[i++] = commas;

        if (c.Cue is { } cueAt)
        {
            into[i] = cueAt.End <= hull.Start ? 1 : 0;
            int distance = cueAt.End <= hull.Start ? hull.Start - cueAt.End : Math.Max(0, cueAt.Start - hull.End);
            into[i + 1] = MathF.Log(1 + distance);
            if (c.Speaker is { } sm)
            {
                int d = sm.Span.End <= cueAt.Start ? cueAt.Start - sm.Span.End : Math.Max(0, sm.Span.Start - cueAt.End);
                into[i + 2] = MathF.Log(1 + d);
            }
        }

        if (c.Speaker is { } sp)
        {
            into[i + 3] = hull.Contains(sp.Span) ? 1 : 0;
        }

        i += 4;
        var paragraph = analysis.Paragraphs[sentence.ParagraphIndex];
        into[i++] = firstSentence - paragraph.FirstSentence;
        into[i++] = firstSentence == paragraph.FirstSentence ? 1 : 0;
        into[i++] = MathF.Log(1 + sentence.ParagraphIndex);
        into[i++] = sentence.ParagraphIndex == 0 ? 1 : 0;
        into[i++] = paragraph.EndSentence - paragraph.FirstSentence;
        into[i++] = hull.Start <= paragraph.Start + 1 && hull.End >= paragraph.End - 1 ? 1 : 0;
        into[i++] = MathF.Log(1 + sentence.EndToken - sentence.FirstToken);

        into[i++] = hulls.CountOverlapping(hull, index);
        into[i++] = hulls.CountOverlapping(new TextSpan(sentence.Start, sentence.End), index);
        into[i++] = (float)Confidence.Of(c);
        into[i++] = c.Relaxed ? 1 : 0;
        into[i++] = c.Learned ? 1 : 0;
        CueContext(analysis, c, into[i..]);
        i += 11;
        into[i++] = c.CueCounts.Total == 0 ? 0 : (float)CueRates.RateOf(c.CueCounts);
        into[i] = MathF.Log(1 + c.CueCounts.Total);
    }

    /// <summary>The words around the cue: what tells a verb ("Trump <b>supports</b> the plan") from a noun ("his <b>support</b>").</summary>
    private static void CueContext(TextAnalysis analysis, QuoteCandidate c, Span<float> into)
    {
        if (c.Cue is not { } cue || analysis.TokenAtOrAfter(cue.Start) is var t && t >= analysis.Tokens.Length)
        {
            return;
        }

        var word = analysis.TokenText(t);
        if (t > 0)
        {
            var before = analysis.TokenText(t - 1);
            into[0] = WordLists.Determiners.Contains(before) || before is "his" or "her" or "its" or "their" or "our" or "my" or "your" or "'s" or "’s" ? 1 : 0;
            into[1] = before is "has" or "have" or "had" or "is" or "was" or "are" or "were" or "will" or "would" or "could" or "can" or "to" or "did" or "does" or "do" ? 1 : 0;
        }

        int next = analysis.TokenAtOrAfter(cue.End);
        if (next < analysis.Tokens.Length)
        {
            var after = analysis.TokenText(next);
            into[2] = after is "that" or "whether" or "if" ? 1 : 0;
            into[3] = after is "to" ? 1 : 0;
            into[4] = WordLists.Determiners.Contains(after) ? 1 : 0;
            into[5] = after is "of" or "for" or "about" or "on" or "in" or "with" or "against" or "over" or "by" or "at" or "from" ? 1 : 0;
            into[6] = after.Length > 0 && char.IsUpper(after[0]) ? 1 : 0;
        }

        into[7] = word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        into[8] = word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? 1 : 0;
        into[9] = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        into[10] = word.Length > 0 && char.IsUpper(word[0]) ? 1 : 0;
    }

    private static int CountTokens(TextAnalysis analysis, TextSpan span)
    {
        int from = analysis.TokenAtOrAfter(span.Start);
        int to = analysis.TokenAtOrAfter(span.End);
        return Math.Max(0, to - from);
    }

    private static bool FirstLetterIsUpper(string text, TextSpan span)
    {
        for (int k = span.Start; k < span.End; k++)
        {
            if (char.IsLetter(text[k]))
            {
                return char.IsUpper(text[k]);
            }
        }

        return false;
    }

    private static char LastNonSpace(string text, TextSpan span)
    {
        for (int k = span.End - 1; k >= span.Start; k--)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return text[k];
            }
        }

        return ' ';
    }
}
