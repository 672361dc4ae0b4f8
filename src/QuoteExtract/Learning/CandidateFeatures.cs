using QuoteExtract.Attribution;
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

    private static readonly string[] FrequentCueNames = [.. FrequentCues.Select(c => "cue_is_" + c)];

    /// <summary>One feature per <see cref="QuoteType"/>, in the enum's order.</summary>
    private static readonly string[] TypeNames = ["type_direct", "type_indirect", "type_mixed"];

    /// <summary>One feature per <see cref="Attribution.Placement"/>, in the enum's order.</summary>
    private static readonly string[] PlacementNames = ["place_trailing", "place_leading", "place_colon", "place_dash", "place_inherited", "place_none"];

    /// <summary>One feature per <see cref="CueClass"/>, in the enum's order.</summary>
    private static readonly string[] CueClassNames = ["cue_speech", "cue_writing", "cue_thought", "cue_other"];

    /// <summary>One feature per speaker <see cref="EntityKind"/>: person, organization, anything else.</summary>
    private static readonly string[] SpeakerKindNames = ["speaker_person", "speaker_organization", "speaker_unknown"];

    /// <summary>One feature per <see cref="MentionForm"/>, in the enum's order.</summary>
    private static readonly string[] SpeakerFormNames = ["speaker_name", "speaker_pronoun", "speaker_nominal", "speaker_relative"];

    /// <summary>The features of the main model, and of its rescue and recall models, in vector order.</summary>
    public static FeatureSchema Schema { get; } = new("candidate",
    [
        .. TypeNames, .. PlacementNames,
        "has_cue", .. CueClassNames, "cue_prior", .. FrequentCueNames, "cue_other_word", "cue_tokens", "closed",
        "has_speaker", .. SpeakerKindNames, .. SpeakerFormNames, "speaker_tokens", "speaker_capitalized", "speaker_it",
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

    public static IReadOnlyList<string> Names => Schema.Names;

    public static int Count => Schema.Count;

    /// <summary>Writes the features of <paramref name="candidates"/>[<paramref name="index"/>] into <paramref name="into"/> (length <see cref="Count"/>).</summary>
    public static void Compute(TextAnalysis analysis, IReadOnlyList<QuoteCandidate> candidates, int index, Span<float> into) =>
        Compute(analysis, candidates, new HullCounter(candidates), index, into);

    /// <summary>As <see cref="Compute(TextAnalysis, IReadOnlyList{QuoteCandidate}, int, Span{float})"/>, with the hulls of <paramref name="candidates"/> counted by <paramref name="hulls"/> (built once per document).</summary>
    public static void Compute(TextAnalysis analysis, IReadOnlyList<QuoteCandidate> candidates, HullCounter hulls, int index, Span<float> into)
    {
        var f = Schema.Writer(into);
        var c = candidates[index];
        var content = ContentTokens.Of(analysis, c.Hull);
        Kind(c, f);
        Cue(analysis, c, f);
        f.Flag("closed", c.Closed);
        SpeakerMention(analysis, c, f);
        Content(analysis, c, content, f);
        Distances(c, f);
        Layout(analysis, c, content, f);
        f["overlapping_candidates"] = hulls.CountOverlapping(c.Hull, index);
        f["candidates_in_sentence"] = hulls.CountOverlapping(new TextSpan(content.Sentence.Start, content.Sentence.End), index);
        f["rule_confidence"] = (float)Confidence.Of(c);
        f.Flag("relaxed", c.Relaxed);
        f.Flag("learned_cue", c.Learned);
        CueContext(analysis, c, f);
        f["cue_learned_rate"] = c.CueCounts.Total == 0 ? 0 : (float)CueRates.RateOf(c.CueCounts);
        f["cue_occurrences_log"] = MathF.Log(1 + c.CueCounts.Total);
    }

    /// <summary>The first and last tokens and sentences of a candidate's content.</summary>
    private readonly record struct ContentTokens(int FirstToken, int LastToken, int FirstSentence, int LastSentence, Sentence Sentence)
    {
        public static ContentTokens Of(TextAnalysis analysis, TextSpan hull)
        {
            int firstToken = Math.Min(analysis.TokenAtOrAfter(hull.Start), analysis.Tokens.Length - 1);
            int lastToken = Math.Max(0, Math.Min(analysis.TokenAtOrAfter(Math.Max(hull.Start, hull.End - 1)), analysis.Tokens.Length - 1));
            int firstSentence = analysis.SentenceOfToken[firstToken];
            return new(firstToken, lastToken, firstSentence, analysis.SentenceOfToken[lastToken], analysis.Sentences[firstSentence]);
        }
    }

    /// <summary>The candidate's type and placement.</summary>
    private static void Kind(QuoteCandidate c, FeatureVector f)
    {
        f[TypeNames[(int)c.Type]] = 1;
        f[PlacementNames[(int)c.Placement]] = 1;
    }

    /// <summary>Whether there is a cue, its class and prior, which frequent word it is, its length.</summary>
    private static void Cue(TextAnalysis analysis, QuoteCandidate c, FeatureVector f)
    {
        f["cue_prior"] = (float)c.CuePrior;
        if (c.Cue is not { } cue)
        {
            return;
        }

        f["has_cue"] = 1;
        f[CueClassNames[(int)c.CueClass]] = 1;
        bool frequent = false;
        int first = analysis.TokenAtOrAfter(cue.Start);
        var word = first < analysis.Tokens.Length ? analysis.TokenText(first) : [];
        for (int k = 0; k < FrequentCues.Length; k++)
        {
            if (word.Equals(FrequentCues[k], StringComparison.OrdinalIgnoreCase))
            {
                f[FrequentCueNames[k]] = 1;
                frequent = true;
            }
        }

        f.Flag("cue_other_word", !frequent);
        f["cue_tokens"] = CountTokens(analysis, cue);
    }

    /// <summary>Whether there is a speaker, its kind and form, its length and capitalization.</summary>
    private static void SpeakerMention(TextAnalysis analysis, QuoteCandidate c, FeatureVector f)
    {
        if (c.Speaker is not { } m)
        {
            return;
        }

        string text = analysis.Text;
        f["has_speaker"] = 1;
        f[SpeakerKindNames[m.Kind switch { EntityKind.Person => 0, EntityKind.Organization => 1, _ => 2 }]] = 1;
        f[SpeakerFormNames[(int)m.Form]] = 1;
        f["speaker_tokens"] = CountTokens(analysis, m.Span);
        f.Flag("speaker_capitalized", m.Span.Length > 0 && char.IsUpper(text[m.Span.Start]));
        f.Flag("speaker_it", m.Span.GetText(text) is "it" or "It");
    }

    /// <summary>The content: its parts, length, sentences, quotation marks, and how it starts and ends.</summary>
    private static void Content(TextAnalysis analysis, QuoteCandidate c, ContentTokens content, FeatureVector f)
    {
        string text = analysis.Text;
        var hull = c.Hull;
        f["parts"] = c.Parts.Count;
        f["content_log_chars"] = MathF.Log(1 + hull.Length);
        int contentTokens = CountTokens(analysis, hull);
        f["content_tokens_log"] = MathF.Log(1 + contentTokens);
        f["content_sentences"] = content.LastSentence - content.FirstSentence + 1;

        var (quoted, marks, commas, question) = analysis.CountPunctuation(content.FirstToken, Math.Min(content.LastToken, analysis.Tokens.Length - 1));
        f["quoted_fraction"] = contentTokens == 0 ? 0 : (float)quoted / contentTokens;
        f["quote_marks_in_content"] = marks;
        f.Flag("starts_with_that", analysis.TokenText(content.FirstToken).Equals("that", StringComparison.OrdinalIgnoreCase));
        f.Flag("starts_capitalized", FirstLetterIsUpper(text, hull));
        f.Flag("starts_sentence", content.FirstToken <= content.Sentence.FirstToken + 1);
        f.Flag("ends_sentence", content.LastToken >= analysis.Sentences[content.LastSentence].EndToken - 2);
        char last = LastNonSpace(text, hull);
        f.Flag("ends_period", last == '.');
        f.Flag("ends_comma", last == ',');
        f.Flag("ends_question", last == '?');
        f.Flag("ends_quote_mark", analysis.Tokens[content.LastToken].Kind == TokenKind.QuoteMark);
        f.Flag("content_has_question", question);
        f["content_commas"] = commas;
    }

    /// <summary>Where the cue stands from the content, the speaker from the cue, and whether the speaker is inside the content.</summary>
    private static void Distances(QuoteCandidate c, FeatureVector f)
    {
        var hull = c.Hull;
        if (c.Cue is { } cue)
        {
            f.Flag("cue_before_content", cue.End <= hull.Start);
            int distance = cue.End <= hull.Start ? hull.Start - cue.End : Math.Max(0, cue.Start - hull.End);
            f["cue_distance_log"] = MathF.Log(1 + distance);
            if (c.Speaker is { } speaker)
            {
                int d = speaker.Span.End <= cue.Start ? cue.Start - speaker.Span.End : Math.Max(0, speaker.Span.Start - cue.End);
                f["speaker_cue_distance_log"] = MathF.Log(1 + d);
            }
        }

        if (c.Speaker is { } m)
        {
            f.Flag("speaker_inside_content", hull.Contains(m.Span));
        }
    }

    /// <summary>Where the content stands in its paragraph and the article.</summary>
    private static void Layout(TextAnalysis analysis, QuoteCandidate c, ContentTokens content, FeatureVector f)
    {
        var hull = c.Hull;
        var sentence = content.Sentence;
        var paragraph = analysis.Paragraphs[sentence.ParagraphIndex];
        f["sentence_in_paragraph"] = content.FirstSentence - paragraph.FirstSentence;
        f.Flag("first_sentence_of_paragraph", content.FirstSentence == paragraph.FirstSentence);
        f["paragraph_index_log"] = MathF.Log(1 + sentence.ParagraphIndex);
        f.Flag("first_paragraph", sentence.ParagraphIndex == 0);
        f["paragraph_sentences"] = paragraph.EndSentence - paragraph.FirstSentence;
        f.Flag("paragraph_fully_covered", hull.Start <= paragraph.Start + 1 && hull.End >= paragraph.End - 1);
        f["sentence_tokens_log"] = MathF.Log(1 + sentence.EndToken - sentence.FirstToken);
    }

    /// <summary>The words around the cue: what tells a verb ("Trump <b>supports</b> the plan") from a noun ("his <b>support</b>").</summary>
    private static void CueContext(TextAnalysis analysis, QuoteCandidate c, FeatureVector f)
    {
        if (c.Cue is not { } cue || analysis.TokenAtOrAfter(cue.Start) is var t && t >= analysis.Tokens.Length)
        {
            return;
        }

        var word = analysis.TokenText(t);
        if (t > 0)
        {
            var before = analysis.TokenText(t - 1);
            f.Flag("cue_after_determiner", analysis.Lexicons.Words.Determiners.Contains(before) || before is "his" or "her" or "its" or "their" or "our" or "my" or "your" or "'s" or "’s");
            f.Flag("cue_after_auxiliary", before is "has" or "have" or "had" or "is" or "was" or "are" or "were" or "will" or "would" or "could" or "can" or "to" or "did" or "does" or "do");
        }

        int next = analysis.TokenAtOrAfter(cue.End);
        if (next < analysis.Tokens.Length)
        {
            var after = analysis.TokenText(next);
            f.Flag("cue_before_that", after is "that" or "whether" or "if");
            f.Flag("cue_before_to", after is "to");
            f.Flag("cue_before_determiner", analysis.Lexicons.Words.Determiners.Contains(after));
            f.Flag("cue_before_preposition", after is "of" or "for" or "about" or "on" or "in" or "with" or "against" or "over" or "by" or "at" or "from");
            f.Flag("cue_before_capitalized", after.Length > 0 && char.IsUpper(after[0]));
        }

        f.Flag("cue_ends_ed", word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
        f.Flag("cue_ends_s", word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal));
        f.Flag("cue_ends_ing", word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
        f.Flag("cue_capitalized", word.Length > 0 && char.IsUpper(word[0]));
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
