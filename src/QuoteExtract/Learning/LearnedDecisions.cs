using QuoteExtract.Attribution;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Learning;

/// <summary>
/// Hybrid mode's pass over attribution's candidates: the learned scorer keeps the candidates it believes and gives their
/// confidence, then chooses each kept quote's speaker and where its content starts and ends. Attribution's candidates
/// are only read; the kept quotes come out as revised copies (<see cref="QuoteCandidate.Revised"/>).
/// </summary>
internal static class LearnedDecisions
{
    /// <summary>The candidates <paramref name="scorer"/> keeps at <paramref name="point"/>, revised by its choices, with their probabilities.</summary>
    public static (List<QuoteCandidate> Kept, double[] Confidence) Apply(
        TextAnalysis analysis, IReadOnlyList<QuoteCandidate> candidates, ICandidateScorer scorer, OperatingPoint point)
    {
        var (kept, confidence, speakers) = Judge(analysis, candidates, scorer, point);

        // A relaxed report may hold a rule report nested inside it; of two kept candidates that overlap, one of
        // them relaxed, the likelier stays.
        DropOverlapsWithRelaxed(kept, confidence, speakers);

        // Then where each kept report starts and ends; after scoring, so no candidate's features see another's new
        // bounds, and both options from the rules' span, as in training.
        var revised = new List<QuoteCandidate>(kept.Count);
        for (int k = 0; k < kept.Count; k++)
        {
            revised.Add(Revise(analysis, kept, k, speakers[k], scorer));
        }

        return (revised, [.. confidence]);
    }

    /// <summary>
    /// The candidates the scorer keeps, their probabilities and chosen speakers. Features are computed against the full
    /// candidate list before any is dropped, as in training.
    /// </summary>
    private static (List<QuoteCandidate> Kept, List<double> Confidence, Mention?[] Speakers) Judge(
        TextAnalysis analysis, IReadOnlyList<QuoteCandidate> candidates, ICandidateScorer scorer, OperatingPoint point)
    {
        var kept = new List<QuoteCandidate>(candidates.Count);
        var keptConfidence = new List<double>(candidates.Count);
        var speakers = new Mention?[candidates.Count];
        Span<float> features = stackalloc float[CandidateFeatures.Count];
        var hulls = new HullCounter(candidates);
        for (int i = 0; i < candidates.Count; i++)
        {
            CandidateFeatures.Compute(analysis, candidates, hulls, i, features);
            double probability = scorer.Probability(features);
            if (scorer.Keep(features, probability, point))
            {
                speakers[kept.Count] = scorer.ChoosesSpeakers && SpeakerOptions.Eligible(candidates[i]) && SpeakerOptions.Options(analysis, candidates, i) is { Count: > 1 } options
                    ? options[scorer.ChooseSpeaker(options)].Speaker
                    : candidates[i].Speaker;
                kept.Add(candidates[i]);
                keptConfidence.Add(probability);
            }
        }

        return (kept, keptConfidence, speakers);
    }

    /// <summary>Kept candidate <paramref name="k"/> with the chosen <paramref name="speaker"/> and the content bounds the scorer chooses.</summary>
    private static QuoteCandidate Revise(TextAnalysis analysis, List<QuoteCandidate> kept, int k, Mention? speaker, ICandidateScorer scorer)
    {
        var candidate = kept[k];
        var rulesContent = candidate.Parts[0];
        int start = rulesContent.Start, end = rulesContent.End;
        if (scorer.ChoosesStarts && ContentStarts.Eligible(candidate) && ContentStarts.Options(analysis, candidate) is { Count: > 1 } starts)
        {
            start = starts[scorer.ChooseStart(starts)].Start;
        }

        if (scorer.ChoosesEnds && ContentEnds.Eligible(candidate) && ContentEnds.Options(analysis, candidate) is { Count: > 1 } ends)
        {
            end = ends[scorer.ChooseEnd(ends)].End;
        }

        // In text that is not prose (a sentence cut at the limit), only the outermost report counts: an end chosen
        // past the rules' end stops short of the next kept report, so reports never pile up over one another.
        if (end > rulesContent.End && k + 1 < kept.Count && NextReportStart(kept[k + 1]) < end
            && analysis.IsCut(analysis.SentenceOfToken[Math.Min(analysis.TokenAtOrAfter(rulesContent.Start), analysis.Tokens.Length - 1)]))
        {
            end = rulesContent.End;
        }

        var content = ChosenContent(start, end, rulesContent);

        // Speaker, cue and content never overlap: a choice that makes them (on odd text) falls back to the rules'.
        if (Clashes(candidate, speaker, content))
        {
            speaker = candidate.Speaker;
            if (Clashes(candidate, speaker, content))
            {
                content = rulesContent;
            }
        }

        // A mixed quote whose chosen bounds left the quoted fragment out is indirect.
        var type = candidate.Type == QuoteType.Mixed && !analysis.HoldsQuoteMark(content) ? QuoteType.Indirect : candidate.Type;
        return candidate.Revised(speaker, content, type);
    }

    /// <summary>Where a report begins in the text: its content, or its cue when that stands before.</summary>
    private static int NextReportStart(QuoteCandidate c) => c.Cue is { } cue ? Math.Min(cue.Start, c.Hull.Start) : c.Hull.Start;

    /// <summary>
    /// Of two kept candidates whose hulls overlap, one of them relaxed, drops the less likely (the later on a tie), with
    /// its confidence and chosen speaker.
    /// </summary>
    internal static void DropOverlapsWithRelaxed(List<QuoteCandidate> kept, List<double> confidence, Mention?[] speakers)
    {
        var drop = OverlapLosers(kept.Count, i => kept[i].Relaxed, i => kept[i].Hull, i => confidence[i]);
        int k = 0;
        for (int i = 0; i < kept.Count; i++)
        {
            if (!drop[i])
            {
                (kept[k], confidence[k], speakers[k]) = (kept[i], confidence[i], speakers[i]);
                k++;
            }
        }

        kept.RemoveRange(k, kept.Count - k);
        confidence.RemoveRange(k, confidence.Count - k);
    }

    /// <summary>
    /// The overlap decision over <paramref name="count"/> kept candidates in document order: of two whose hulls overlap,
    /// one of them relaxed, the less likely loses (the later on a tie). Training applies the same decision when it tunes.
    /// </summary>
    /// <remarks>
    /// When the hulls come in order of start (as the extractor keeps them), no hull after one that starts at or past
    /// the end of hull i overlaps it, so the comparison of i stops there: linear unless hulls nest deeply.
    /// </remarks>
    internal static bool[] OverlapLosers(int count, Func<int, bool> relaxed, Func<int, TextSpan> hull, Func<int, double> likelihood)
    {
        var drop = new bool[count];
        bool byStart = true;
        for (int i = 1; i < count && byStart; i++)
        {
            byStart = hull(i - 1).Start <= hull(i).Start;
        }

        for (int i = 0; i < count; i++)
        {
            int end = hull(i).End;
            for (int j = i + 1; j < count && !drop[i] && !(byStart && hull(j).Start >= end); j++)
            {
                if (!drop[j] && (relaxed(i) || relaxed(j)) && hull(i).Overlaps(hull(j)))
                {
                    drop[likelihood(j) > likelihood(i) ? i : j] = true;
                }
            }
        }

        return drop;
    }

    /// <summary>
    /// The content between the chosen <paramref name="start"/> and <paramref name="end"/>. The two are chosen apart, so a
    /// start cut deep in ("a letter that says | he …") may pass an end cut early ("a letter | from …"); then the start
    /// stands (its options all end before the rules' end) and the end is the rules'.
    /// </summary>
    internal static TextSpan ChosenContent(int start, int end, TextSpan rules) =>
        start < end ? new TextSpan(start, end) : new TextSpan(start, Math.Max(start, rules.End));

    /// <summary>Whether the cue or <paramref name="speaker"/> overlaps a content part (<paramref name="firstPart"/> in place of the first), or each other.</summary>
    private static bool Clashes(QuoteCandidate c, Mention? speaker, TextSpan firstPart)
    {
        for (int p = 0; p < c.Parts.Count; p++)
        {
            var part = p == 0 ? firstPart : c.Parts[p];
            if ((c.Cue is { } cue && cue.Overlaps(part)) || (speaker is { } s && s.Span.Overlaps(part)))
            {
                return true;
            }
        }

        return c.Cue is { } q && speaker is { } m && q.Overlaps(m.Span);
    }
}
