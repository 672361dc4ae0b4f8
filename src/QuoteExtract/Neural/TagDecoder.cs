using QuoteExtract.Attribution;
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

    /// <summary>The quotes the probabilities describe, in document order, with their confidences.</summary>
    public static (List<QuoteCandidate> Quotes, List<double> Confidence) Decode(TextAnalysis analysis, float[] probabilities, IReadOnlyList<QuoteCandidate> candidates)
    {
        var labels = Viterbi(probabilities, analysis.Tokens.Length);
        var spans = Spans(labels, probabilities);
        return Group(analysis, spans);
    }

    /// <summary>The most probable label sequence in which an inside label only continues a span of its own role.</summary>
    internal static int[] Viterbi(float[] probabilities, int count)
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
                    if (score[j] > best && TagSet.Allowed(j, k))
                    {
                        best = score[j];
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
    /// Groups spans into quotes. Each content span takes the nearest cue in its paragraph, and that cue the nearest
    /// source; two content spans on either side of one cue are the parts of one split quote.
    /// </summary>
    internal static (List<QuoteCandidate> Quotes, List<double> Confidence) Group(TextAnalysis a, List<TaggedSpan> spans)
    {
        var contents = spans.Where(s => s.Role == ContentRole).ToList();
        var cues = spans.Where(s => s.Role == CueRole).ToList();
        var sources = spans.Where(s => s.Role == SourceRole).ToList();
        var cueOf = new int[contents.Count];
        for (int i = 0; i < contents.Count; i++)
        {
            cueOf[i] = Nearest(a, contents[i], cues);
        }

        var quotes = new List<QuoteCandidate>();
        var confidence = new List<double>();
        for (int i = 0; i < contents.Count; i++)
        {
            var content = contents[i];
            var parts = new List<TextSpan> { SpanOf(a, content) };
            double probability = content.Probability;
            int cue = cueOf[i];

            // "…," the minister said, "…": the content after the cue continues the content before it.
            if (cue >= 0 && i + 1 < contents.Count && cueOf[i + 1] == cue && content.Last < cues[cue].First && contents[i + 1].First > cues[cue].Last)
            {
                parts.Add(SpanOf(a, contents[i + 1]));
                probability = Math.Min(probability, contents[i + 1].Probability);
                i++;
            }

            var candidate = new QuoteCandidate(parts, TypeOf(a, parts));
            if (cue >= 0)
            {
                int source = Nearest(a, cues[cue], sources);
                var mention = source >= 0 ? MentionOf(a, sources[source]) : (Mention?)null;
                candidate.AttributeTo(mention, SpanOf(a, cues[cue]), CueClass.Speech, 0.5, Placement.None);
                probability *= Math.Sqrt(cues[cue].Probability);
            }

            quotes.Add(candidate);
            confidence.Add(Math.Clamp(probability, 0, 1));
        }

        return (quotes, confidence);
    }

    /// <summary>The span of <paramref name="others"/> nearest <paramref name="span"/> in its paragraph (fewest tokens between), or −1.</summary>
    private static int Nearest(TextAnalysis a, TaggedSpan span, List<TaggedSpan> others)
    {
        int paragraph = a.Sentences[a.SentenceOfToken[span.First]].ParagraphIndex;
        int best = -1, bestGap = int.MaxValue;
        for (int j = 0; j < others.Count; j++)
        {
            var o = others[j];
            if (a.Sentences[a.SentenceOfToken[o.First]].ParagraphIndex != paragraph)
            {
                continue;
            }

            int gap = o.First > span.Last ? o.First - span.Last : span.First - o.Last;
            if (gap < bestGap)
            {
                (best, bestGap) = (j, gap);
            }
        }

        return best;
    }

    private static TextSpan SpanOf(TextAnalysis a, TaggedSpan s) => new(a.Tokens[s.First].Start, a.Tokens[s.Last].End);

    /// <summary>Direct when every word lies inside quotation marks, indirect when none does, mixed otherwise.</summary>
    private static QuoteType TypeOf(TextAnalysis a, List<TextSpan> parts)
    {
        bool anyMark = false;
        foreach (var part in parts)
        {
            anyMark |= a.HoldsQuoteMark(part);
        }

        if (!anyMark)
        {
            return QuoteType.Indirect;
        }

        var first = a.Tokens[a.TokenAtOrAfter(parts[0].Start)];
        var last = a.Tokens[a.TokenAtOrAfter(parts[^1].End - 1)];
        return first.Kind == TokenKind.QuoteMark && last.Kind == TokenKind.QuoteMark && parts.Count <= 2 ? QuoteType.Direct : QuoteType.Mixed;
    }

    private static Mention MentionOf(TextAnalysis a, TaggedSpan s)
    {
        var span = SpanOf(a, s);
        if (s.First == s.Last && Pronouns.TryGet(a.TokenText(s.First), out var pronoun))
        {
            return new Mention(span, pronoun.Kind, pronoun.Form);
        }

        bool capitalized = a.TokenText(s.Last) is { Length: > 0 } w && char.IsUpper(w[0]);
        var form = capitalized && !SpeakerFinder.StartsWithDeterminer(a, s.First) ? MentionForm.Name : MentionForm.Nominal;
        return new Mention(span, SpeakerFinder.GuessKind(a, s.First, s.Last), form);
    }
}
