using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Neural;

/// <summary>
/// Turns the tagger's label probabilities into quotes: the best label sequence that obeys BIO (Viterbi), its spans,
/// and the grouping of each content span with its cue and its source.
/// </summary>
internal static class TagDecoder
{
    /// <summary>A decoded span of one role, over tokens [First, Last], with the mean probability of its labels.</summary>
    internal readonly record struct TaggedSpan(int Role, int First, int Last, double Probability);

    /// <summary>
    /// The quotes the probabilities describe, in document order, with their confidences. <paramref name="quoted"/> marks
    /// the tokens inside a quotation (<see cref="RuleInputs.QuotedTokens"/>); without it, the quotations are found here.
    /// </summary>
    public static (List<QuoteCandidate> Quotes, List<double> Confidence) Decode(
        TextAnalysis analysis, float[] probabilities, float[]? transitions = null, bool[]? quoted = null) =>
        Group(analysis, DecodeSpans(analysis, probabilities, transitions), quoted ?? RuleInputs.QuotedTokens(analysis, QuoteMarkScanner.Scan(analysis)));

    /// <summary>The spans of the best label sequence, before they are grouped into quotes.</summary>
    internal static List<TaggedSpan> DecodeSpans(TextAnalysis analysis, float[] probabilities, float[]? transitions)
    {
        // Spans end with their paragraph (61 content parts of PolNeAR train's 22,851 run on past one).
        var paragraphStarts = new bool[analysis.Tokens.Length];
        foreach (var paragraph in analysis.Paragraphs)
        {
            if (paragraph.FirstToken < paragraphStarts.Length)
            {
                paragraphStarts[paragraph.FirstToken] = true;
            }
        }

        var labels = Viterbi(probabilities, analysis.Tokens.Length, transitions, paragraphStarts);
        return Spans(labels, probabilities);
    }

    /// <summary>
    /// The best label sequence in which an inside label only continues a span of its own role, and no span runs on past
    /// a token marked in <paramref name="spanBreaks"/>: the sum of the labels' log probabilities and of the
    /// <paramref name="transitions"/> scores between consecutive labels.
    /// </summary>
    internal static int[] Viterbi(float[] probabilities, int count, float[]? transitions = null, bool[]? spanBreaks = null)
    {
        const int K = TagSet.Count;
        var labels = new int[count];
        if (count == 0)
        {
            return labels;
        }

        var back = new byte[count * K];
        Span<double> score = stackalloc double[K];
        Span<double> next = stackalloc double[K];
        for (int k = 0; k < K; k++)
        {
            score[k] = TagSet.Allowed(TagSet.Outside, k) ? Log(probabilities[k]) : double.NegativeInfinity;
        }

        for (int t = 1; t < count; t++)
        {
            for (int k = 0; k < K; k++)
            {
                double best = double.NegativeInfinity;
                int from = 0;
                for (int j = 0; j < K; j++)
                {
                    double candidate = score[j] + (transitions?[(j * K) + k] ?? 0);
                    if (candidate > best && TagSet.Allowed(spanBreaks?[t] == true ? TagSet.Outside : j, k))
                    {
                        best = candidate;
                        from = j;
                    }
                }

                next[k] = best + Log(probabilities[(t * K) + k]);
                back[(t * K) + k] = (byte)from;
            }

            next.CopyTo(score);
        }

        int label = 0;
        for (int k = 1; k < K; k++)
        {
            if (score[k] > score[label])
            {
                label = k;
            }
        }

        for (int t = count - 1; t >= 0; t--)
        {
            labels[t] = label;
            label = back[(t * K) + label];
        }

        return labels;
    }

    private static double Log(float p) => Math.Log(Math.Max(p, 1e-12f));

    /// <summary>The spans of a label sequence, each with the mean probability of its labels.</summary>
    internal static List<TaggedSpan> Spans(int[] labels, float[] probabilities)
    {
        var spans = new List<TaggedSpan>();
        for (int t = 0; t < labels.Length;)
        {
            if (labels[t] == TagSet.Outside)
            {
                t++;
                continue;
            }

            int role = TagSet.Role(labels[t]);
            int first = t;
            double sum = probabilities[(t * TagSet.Count) + labels[t]];
            t++;
            while (t < labels.Length && labels[t] != TagSet.Outside && !TagSet.Begins(labels[t]) && TagSet.Role(labels[t]) == role)
            {
                sum += probabilities[(t * TagSet.Count) + labels[t]];
                t++;
            }

            spans.Add(new TaggedSpan(role, first, t - 1, sum / (t - first)));
        }

        return spans;
    }

    private const int SourceRole = 1;
    private const int CueRole = 2;
    private const int ContentRole = 3;

    /// <summary>
    /// Groups spans into quotes, as PolNeAR links them: a cue serves one report, so content spans and cues of a paragraph
    /// are paired one to one, closest pairs first; a content span left over right after a paired cue, with the other
    /// part right before it ("…," the minister said, "…"), is the second part of that split quote. A cue's source is
    /// the nearest source span in its paragraph (one source may serve several cues: "He said … and added …").
    /// </summary>
    internal static (List<QuoteCandidate> Quotes, List<double> Confidence) Group(TextAnalysis a, List<TaggedSpan> spans, bool[] quoted)
    {
        var contents = spans.Where(s => s.Role == ContentRole).ToList();
        var cues = spans.Where(s => s.Role == CueRole).ToList();
        var sources = spans.Where(s => s.Role == SourceRole).ToList();

        var cueOf = PairWithCues(a, contents, cues);
        var sourceOf = cues.Select(c => Nearest(a, c, sources)).ToArray();

        var (secondPart, isSecondPart) = JoinSplitQuotes(a, contents, cues, sources, cueOf, sourceOf, quoted);

        var quotes = new List<QuoteCandidate>();
        var confidence = new List<double>();
        int previous = -1;
        for (int i = 0; i < contents.Count; i++)
        {
            if (isSecondPart[i])
            {
                continue;
            }

            var content = contents[i];
            var parts = new List<TextSpan> { SpanOf(a, content) };
            double probability = content.Probability;
            if (secondPart[i] >= 0)
            {
                parts.Add(SpanOf(a, contents[secondPart[i]]));
                probability = Math.Min(probability, contents[secondPart[i]].Probability);
            }

            var candidate = new QuoteCandidate(parts, TypeOf(a, quoted, content, secondPart[i] >= 0 ? contents[secondPart[i]] : null));
            if (cueOf[i] is int cue and >= 0)
            {
                int source = sourceOf[cue];
                var mention = source >= 0 ? MentionOf(a, sources[source]) : (Mention?)null;
                candidate.AttributeTo(mention, CueSpan(a, cues[cue]), CueClass.Speech, 0.5, Placement.None);
                probability *= Math.Sqrt(cues[cue].Probability);
            }
            else
            {
                // PolNeAR links all but one report in 19,832 to a cue; content with none is more often a fragment.
                probability *= CuelessFactor;
                if (previous >= 0 && Paragraph(a, contents[previous]) == Paragraph(a, content) && Quoted(a, quoted, content))
                {
                    // A quotation that goes on after an attributed one in its paragraph is the same speaker's.
                    candidate.Speaker = quotes[^1].Speaker;
                }
            }

            previous = i;
            quotes.Add(candidate);
            confidence.Add(Math.Clamp(probability, 0, 1));
        }

        return (quotes, confidence);
    }

    /// <summary>
    /// For each content span, the cue it is paired with (or −1): content spans and cues of a paragraph one to one,
    /// closest pairs first. Each content span considers the few cues nearest it on either side, so the pairing stays
    /// linear in the text.
    /// </summary>
    private static int[] PairWithCues(TextAnalysis a, List<TaggedSpan> contents, List<TaggedSpan> cues)
    {
        var pairs = new List<(int Gap, int Content, int Cue)>();
        for (int i = 0; i < contents.Count; i++)
        {
            int next = FirstAfter(cues, contents[i].Last);
            for (int j = Math.Max(0, next - CuesEachSide); j < Math.Min(cues.Count, next + CuesEachSide); j++)
            {
                if (Paragraph(a, contents[i]) == Paragraph(a, cues[j]) && !(cues[j].First > contents[i].Last && ClosesWithFullStop(a, contents[i])))
                {
                    pairs.Add((Gap(contents[i], cues[j]), i, j));
                }
            }
        }

        pairs.Sort();
        var cueOf = Enumerable.Repeat(-1, contents.Count).ToArray();
        var contentOf = Enumerable.Repeat(-1, cues.Count).ToArray();
        foreach (var (_, i, j) in pairs)
        {
            if (cueOf[i] < 0 && contentOf[j] < 0)
            {
                (cueOf[i], contentOf[j]) = (j, i);
            }
        }

        return cueOf;
    }

    /// <summary>
    /// Split quotes: content, cue (and source), content. The cue may have been paired with either part; the joined
    /// quote takes it. Returns, for each content span, the index of its second part (or −1), and which spans are one.
    /// </summary>
    private static (int[] SecondPart, bool[] IsSecondPart) JoinSplitQuotes(
        TextAnalysis a, List<TaggedSpan> contents, List<TaggedSpan> cues, List<TaggedSpan> sources, int[] cueOf, int[] sourceOf, bool[] quoted)
    {
        var secondPart = Enumerable.Repeat(-1, contents.Count).ToArray();
        var isSecondPart = new bool[contents.Count];
        for (int i = 0; i + 1 < contents.Count; i++)
        {
            if (isSecondPart[i])
            {
                continue;
            }

            if ((cueOf[i] >= 0) != (cueOf[i + 1] >= 0) && Splits(a, contents, cues, sources, cueOf, sourceOf, quoted, i, i + 1))
            {
                int j = Math.Max(cueOf[i], cueOf[i + 1]);
                (cueOf[i], cueOf[i + 1]) = (j, -1);
                secondPart[i] = i + 1;
                isSecondPart[i + 1] = true;
            }
            else if (i + 2 < contents.Count && cueOf[i + 2] < 0 && Quoted(a, quoted, contents[i])
                && !Quoted(a, quoted, contents[i + 1]) && Quoted(a, quoted, contents[i + 2])
                && (cueOf[i] >= 0 ? cueOf[i] : cueOf[i + 1]) is int cue and >= 0
                && SplitsAround(a, contents[i], contents[i + 2], cues[cue], sourceOf[cue] >= 0 ? sources[sourceOf[cue]] : null, quoted))
            {
                // "“…,” said Caddell, speaking of her health. “…”", "“…,” Burman said of the plan. “…”": a clause the
                // tagger read as a report of its own, or as the cue's object, lies between the quoted parts, inside the
                // hull of the split quote, which PolNeAR annotates alone.
                (cueOf[i], cueOf[i + 1]) = (cue, -1);
                secondPart[i] = i + 2;
                isSecondPart[i + 1] = isSecondPart[i + 2] = true;
            }
        }

        return (secondPart, isSecondPart);
    }

    /// <summary>Whether contents <paramref name="first"/> and <paramref name="second"/> are the parts of one split quote around the cue of either.</summary>
    private static bool Splits(
        TextAnalysis a, List<TaggedSpan> contents, List<TaggedSpan> cues, List<TaggedSpan> sources, int[] cueOf, int[] sourceOf, bool[] quoted, int first, int second)
    {
        int j = Math.Max(cueOf[first], cueOf[second]);
        return SplitsAround(a, contents[first], contents[second], cues[j], sourceOf[j] >= 0 ? sources[sourceOf[j]] : null, quoted);
    }

    private static bool SplitsAround(TextAnalysis a, TaggedSpan first, TaggedSpan second, TaggedSpan cue, TaggedSpan? source, bool[] quoted) =>
        first.Last < cue.First && second.First > cue.Last && Paragraph(a, first) == Paragraph(a, second)
        && OnlyLinksBetween(a, first, second, cue, source, quoted);

    /// <summary>
    /// Whether a content span ends with a full stop and a closing quotation mark ("… implicit bias.”"): such a quote
    /// takes no cue after it (PolNeAR train has one in 4,000 cues after their report), so a cue in the next sentence
    /// ("Tulsa police released …") is another report's.
    /// </summary>
    private static bool ClosesWithFullStop(TextAnalysis a, TaggedSpan s)
    {
        int last = s.Last;
        if (a.Tokens[last].Kind != TokenKind.QuoteMark)
        {
            return false;
        }

        while (last > s.First && a.Tokens[last].Kind == TokenKind.QuoteMark)
        {
            last--;
        }

        return a.TokenText(last) is ".";
    }

    private static int Paragraph(TextAnalysis a, TaggedSpan s) => a.Sentences[a.SentenceOfToken[s.First]].ParagraphIndex;

    /// <summary>Tokens strictly between two spans (0 when adjacent).</summary>
    private static int Gap(TaggedSpan x, TaggedSpan y) => y.First > x.Last ? y.First - x.Last - 1 : x.First - y.Last - 1;

    /// <summary>Tokens besides the cue and its source allowed between the parts of a split quote ("told reporters on Monday").</summary>
    private const int SplitGapTokens = 5;

    /// <summary>
    /// The same when both parts are quoted: "“…,” she said of the election, in which …. “…”" is one quote in PolNeAR,
    /// its hull running over the words between.
    /// </summary>
    private const int QuotedSplitGapTokens = 40;

    /// <summary>
    /// Whether two content spans around a cue are the parts of one split quote: the first breaks off at a comma ("…,”
    /// he said. “…", "Even if …, Mr. Morgan said, he has …", "…,’” she said"), or at a question or exclamation mark when
    /// both parts are quoted ("…?” said Mr. Plouffe. “…": 44 of PolNeAR train's 1,148 quoted split quotes), and between
    /// them lie only the cue, its source and a few more tokens, or a few dozen when both parts are quoted.
    /// </summary>
    private static bool OnlyLinksBetween(TextAnalysis a, TaggedSpan before, TaggedSpan after, TaggedSpan cue, TaggedSpan? source, bool[] quoted)
    {
        int last = before.Last;
        while (last > before.First && a.Tokens[last].Kind == TokenKind.QuoteMark)
        {
            last--;
        }

        bool beforeQuoted = Quoted(a, quoted, before), afterQuoted = Quoted(a, quoted, after);
        bool bothQuoted = beforeQuoted && afterQuoted;
        if (beforeQuoted && !afterQuoted)
        {
            // A quotation, its cue, then words outside quotation marks: PolNeAR train has such a split quote 37 times in
            // 3,019; the words are an aside or a report of their own.
            return false;
        }

        bool comma = a.TokenText(last) is "," || (before.Last + 1 < after.First && a.TokenText(before.Last + 1) is ",");
        if (!comma && !(bothQuoted && a.TokenText(last) is "?" or "!"))
        {
            return false;
        }

        int allowed = bothQuoted ? QuotedSplitGapTokens : SplitGapTokens;
        int other = 0;
        for (int t = before.Last + 1; t < after.First; t++)
        {
            bool link = (t >= cue.First && t <= cue.Last) || (source is { } s && t >= s.First && t <= s.Last);
            if (!link && ++other > allowed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every word of a span lies inside a quotation.</summary>
    private static bool Quoted(TextAnalysis a, bool[] quoted, TaggedSpan span)
    {
        for (int t = span.First; t <= span.Last; t++)
        {
            if (a.Tokens[t].Kind is TokenKind.Word or TokenKind.Number && !quoted[t])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// What the confidence of content linked to no cue is multiplied by. On PolNeAR dev, 10 of the 19 such quotes the
    /// shipped model reported with the factor 0.6 were right; 0.5 keeps those whose content the tagger is at least 0.9
    /// sure of, 5 of 8 right (quote@0.3 82.9 → 82.8, content exact 64.8 → 64.9, speaker accuracy 92.9 → 93.1).
    /// </summary>
    private const double CuelessFactor = 0.5;

    /// <summary>Cues a content span considers on each side.</summary>
    private const int CuesEachSide = 3;

    /// <summary>The index of the first span that starts after token <paramref name="token"/> (spans are in text order).</summary>
    private static int FirstAfter(List<TaggedSpan> spans, int token)
    {
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (spans[mid].First <= token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The span of <paramref name="others"/> nearest <paramref name="span"/> in its paragraph (fewest tokens between), or
    /// −1; the spans do not overlap, so it is the last one before or the first one after.
    /// </summary>
    private static int Nearest(TextAnalysis a, TaggedSpan span, List<TaggedSpan> others)
    {
        int after = FirstAfter(others, span.Last);
        int before = after - 1;
        while (before >= 0 && others[before].Last >= span.First)
        {
            before--; // overlapping spans of another role cannot occur, but stay safe
        }

        int best = -1, bestGap = int.MaxValue;
        foreach (int j in (ReadOnlySpan<int>)[before, after])
        {
            if (j >= 0 && j < others.Count && Paragraph(a, others[j]) == Paragraph(a, span) && Gap(span, others[j]) < bestGap)
            {
                (best, bestGap) = (j, Gap(span, others[j]));
            }
        }

        return best;
    }

    private static TextSpan SpanOf(TextAnalysis a, TaggedSpan s) => new(a.Tokens[s.First].Start, a.Tokens[s.Last].End);

    /// <summary>A cue's span without a trailing comma (PolNeAR's cues end with one 12 times in 19,831).</summary>
    private static TextSpan CueSpan(TextAnalysis a, TaggedSpan s)
    {
        int last = s.Last;
        while (last > s.First && a.TokenText(last) is ",")
        {
            last--;
        }

        return new(a.Tokens[s.First].Start, a.Tokens[last].End);
    }

    /// <summary>Direct when every word of the content lies inside a quotation, indirect when none does, mixed otherwise.</summary>
    private static QuoteType TypeOf(TextAnalysis a, bool[] quoted, TaggedSpan first, TaggedSpan? second) =>
        second is { } s
            ? RuleInputs.TypeOf(a, quoted, [(first.First, first.Last), (s.First, s.Last)])
            : RuleInputs.TypeOf(a, quoted, [(first.First, first.Last)]);

    private static Mention MentionOf(TextAnalysis a, TaggedSpan s)
    {
        var (first, last) = SourceTrim.Trim(a, s.First, s.Last);
        s = s with { First = first, Last = last };
        var span = SpanOf(a, s);
        if (s.First == s.Last && a.Lexicons.Words.Pronouns.TryGet(a.TokenText(s.First), out var pronoun))
        {
            return new Mention(span, pronoun.Kind, pronoun.Form);
        }

        // "It’s", "he's": the pronoun without its contracted verb, as the annotation marks it.
        var word = a.TokenText(s.First);
        if (s.First == s.Last && word.Length > 2 && word[^1] is 's' && CharClass.IsApostropheLike(word[^2]) && a.Lexicons.Words.Pronouns.TryGet(word[..^2], out var contracted))
        {
            return new Mention(new TextSpan(span.Start, span.End - 2), contracted.Kind, contracted.Form);
        }

        bool capitalized = a.TokenText(s.Last) is { Length: > 0 } w && char.IsUpper(w[0]);
        var form = capitalized && !SpeakerFinder.StartsWithDeterminer(a, s.First) ? MentionForm.Name : MentionForm.Nominal;
        return new Mention(span, SpeakerFinder.GuessKind(a, s.First, s.Last), form);
    }
}
