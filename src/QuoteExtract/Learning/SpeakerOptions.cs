using QuoteExtract.Attribution;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Learning;

/// <summary>
/// A learned decision: which mention speaks. The rules take one mention by placement (the noun phrase before the
/// cue, or after it when inverted); that goes wrong when an adverb or a time phrase sits where the subject should
/// ("<i>Deeply</i> divided, leaders found …"), when the subject opens the sentence far from the cue ("Mr. Obama, who
/// understood …, told …"), or when a quote continues the previous speaker. The options are the rules' speaker, the
/// mentions attribution proposed beside it (<see cref="QuoteCandidate.SpeakerProposals"/>) and the previous quote's
/// speaker; the same span found by several sources is one option with every source marked; a model scores the
/// options and the best becomes the speaker.
/// </summary>
internal static class SpeakerOptions
{
    private const int Sources = (int)SpeakerSource.PreviousQuote + 1;

    /// <summary>One feature per <see cref="SpeakerSource"/>, in the enum's order.</summary>
    private static readonly string[] SourceNames = ["from_rules", "from_left", "from_right", "from_subject", "from_subject_after_comma", "from_previous"];

    /// <summary>One feature per <see cref="MentionForm"/>, in the enum's order.</summary>
    private static readonly string[] FormNames = ["form_name", "form_pronoun", "form_nominal", "form_relative"];

    /// <summary>One feature per <see cref="EntityKind"/>: person, organization, anything else.</summary>
    private static readonly string[] KindNames = ["kind_person", "kind_organization", "kind_unknown"];

    /// <summary>One feature per <see cref="QuoteType"/>, in the enum's order.</summary>
    private static readonly string[] TypeNames = ["type_direct", "type_indirect", "type_mixed"];

    /// <summary>The features of each possible speaker, in vector order.</summary>
    public static FeatureSchema Schema { get; } = new("speaker",
    [
        .. SourceNames, "sources",
        "is_null", .. FormNames, .. KindNames,
        "tokens_log", "capitalized", "first_adverb", "first_time_word", "first_lower", "has_digit", "it_or_that",
        "before_cue", "distance_log", "sentence_start", "inside_content", "other_sentence",
        .. TypeNames, "place_leading", "place_trailing", "learned_cue", "cue_speech", "cue_other", "options",
        "followed_by_lower_word", "followed_by_cue", "preceded_by_lower_word",
    ]);

    public static IReadOnlyList<string> Names => Schema.Names;

    public static int Count => Names.Count;

    /// <summary>A quote tied to a cue by a leading or trailing placement.</summary>
    public static bool Eligible(QuoteCandidate c) => c.Cue is not null && c.Placement is Placement.Leading or Placement.Trailing;

    /// <summary>The possible speakers of <paramref name="candidates"/>[<paramref name="index"/>], the rules' own first, each with its features.</summary>
    public static List<(Mention? Speaker, float[] Features)> Options(TextAnalysis a, IReadOnlyList<QuoteCandidate> candidates, int index)
    {
        var c = candidates[index];
        int cueFirst = a.TokenAtOrAfter(c.Cue!.Value.Start);
        var sentence = a.Sentences[a.SentenceOfToken[Math.Min(cueFirst, a.Tokens.Length - 1)]];

        var found = new List<(Mention? Mention, int Source)> { (c.Speaker, (int)SpeakerSource.Rules) };
        found.AddRange(c.SpeakerProposals.Select(p => (p.Mention, (int)p.Source)));
        if (index > 0 && candidates[index - 1].Speaker is { } previous && c.Hull.Start - previous.Span.End < 1500)
        {
            found.Add((previous, (int)SpeakerSource.PreviousQuote));
        }

        // One option per distinct span (the rules' null stays an option of its own), with every source that found it.
        var spans = new List<(Mention? Mention, bool[] From)>();
        foreach (var (mention, source) in found)
        {
            if (mention is null && source > 0)
            {
                continue;
            }

            int at = spans.FindIndex(s => s.Mention?.Span == mention?.Span);
            if (at < 0)
            {
                spans.Add((mention, new bool[Sources]));
                at = spans.Count - 1;
            }

            spans[at].From[source] = true;
        }

        var options = new List<(Mention?, float[])>(spans.Count);
        foreach (var (mention, from) in spans)
        {
            options.Add((mention, Features(a, c, mention, from, cueFirst, sentence, spans.Count)));
        }

        return options;
    }

    private static float[] Features(TextAnalysis a, QuoteCandidate c, Mention? mention, bool[] from, int cueFirst, Sentence sentence, int optionCount)
    {
        var values = Schema.NewVector();
        var f = Schema.Writer(values);
        for (int s = 0; s < Sources; s++)
        {
            f.Flag(SourceNames[s], from[s]);
            f["sources"] += from[s] ? 1 : 0; // how many sources found this span
        }

        if (mention is { } m)
        {
            Proposed(a, c, m, cueFirst, sentence, f);
        }
        else
        {
            f["is_null"] = 1;
        }

        f[TypeNames[(int)c.Type]] = 1;
        f.Flag("place_leading", c.Placement == Placement.Leading);
        f.Flag("place_trailing", c.Placement == Placement.Trailing);
        f.Flag("learned_cue", c.Learned);
        f.Flag("cue_speech", c.CueClass == CueClass.Speech);
        f.Flag("cue_other", c.CueClass == CueClass.Other);
        f["options"] = optionCount;
        return values;
    }

    /// <summary>The proposed mention: its form and kind, its words, and where it stands from the cue and the content.</summary>
    private static void Proposed(TextAnalysis a, QuoteCandidate c, Mention m, int cueFirst, Sentence sentence, FeatureVector f)
    {
        f[FormNames[(int)m.Form]] = 1;
        f[KindNames[m.Kind switch { EntityKind.Person => 0, EntityKind.Organization => 1, _ => 2 }]] = 1;
        int first = a.TokenAtOrAfter(m.Span.Start);
        int end = a.TokenAtOrAfter(m.Span.End);
        var word = a.TokenText(first);
        f["tokens_log"] = MathF.Log(1 + end - first);
        f.Flag("capitalized", word.Length > 0 && char.IsUpper(word[0]));
        f.Flag("first_adverb", word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || a.Lexicons.Words.SentenceAdverbs.Contains(word));
        f.Flag("first_time_word", a.Lexicons.Words.TimeWords.Contains(word));
        f.Flag("first_lower", word.Length > 0 && char.IsLower(word[0]) && !a.Lexicons.Words.Determiners.Contains(word) && !a.Lexicons.Words.Pronouns.TryGet(word, out _));
        var text = a.Text.AsSpan(m.Span.Start, m.Span.Length);
        f.Flag("has_digit", text.IndexOfAnyInRange('0', '9') >= 0);
        f.Flag("it_or_that", text is "it" or "It" or "that" or "which" or "this" or "This");
        f.Flag("before_cue", end <= cueFirst);
        f["distance_log"] = MathF.Log(1 + (end <= cueFirst ? cueFirst - end : Math.Max(0, first - cueFirst)));
        f.Flag("sentence_start", first <= sentence.FirstToken + 1);
        f.Flag("inside_content", c.Hull.Overlaps(m.Span));
        f.Flag("other_sentence", m.Span.End <= sentence.Start || m.Span.Start >= sentence.End);

        // A noun phrase cut short ("the South Carolina | senator said") is followed by a lowercase word that is not the cue.
        if (end < a.Tokens.Length && a.Tokens[end].Kind == TokenKind.Word)
        {
            var after = a.TokenText(end);
            f.Flag("followed_by_lower_word", char.IsLower(after[0]) && end != cueFirst);
            f.Flag("followed_by_cue", end == cueFirst);
        }

        f.Flag("preceded_by_lower_word", first > 0 && a.Tokens[first - 1].Kind == TokenKind.Word && char.IsLower(a.TokenText(first - 1)[0]));
    }
}
