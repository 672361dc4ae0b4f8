using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// German reports speech in the subjunctive, so a sentence with no cue of its own that holds a present subjunctive
/// (Konjunktiv I: "Er sei bereit, …", "Die Lage habe sich verschärft.") is reported speech: an indirect quote of the
/// speaker of the report before it in the same or the previous paragraph. Right after a report, the conditional
/// forms (wäre, hätte, würde) continue it too; elsewhere they are no report.
/// </summary>
internal sealed class SubjunctiveContinuationPass(ClauseContext ctx)
{
    public void Apply(List<QuoteCandidate> candidates)
    {
        if (ctx.Lexicons.Subjunctives.Entries.Count == 0)
        {
            return;
        }

        var a = ctx.Analysis;
        var added = new List<QuoteCandidate>();
        int next = 0;
        QuoteCandidate? last = null;
        bool continuing = false;
        foreach (var sentence in a.Sentences)
        {
            var span = new TextSpan(sentence.Start, sentence.End);
            bool reported = false;
            while (next < candidates.Count && candidates[next].Hull.Start < span.End)
            {
                reported |= candidates[next].Hull.Overlaps(span);
                last = candidates[next].Speaker is not null ? candidates[next] : last;
                next++;
            }

            if (reported || (next > 0 && candidates[next - 1].Hull.End > span.Start))
            {
                continuing = true;
                continue;
            }

            if (!IsReported(sentence, continuing))
            {
                continuing = false;
                continue;
            }

            var content = new TextSpan(a.Tokens[sentence.FirstToken].Start, ctx.ContentEnd(sentence.EndToken - 1));
            var continued = new QuoteCandidate([content], a.HoldsQuoteMark(content) ? QuoteType.Mixed : QuoteType.Indirect);
            var source = last is not null && ParagraphOf(last.Hull.Start) >= sentence.ParagraphIndex - 1 ? last : null;
            continued.AttributeTo(source?.Speaker, null, source?.CueClass ?? CueClass.Speech, 0.5, source is null ? Placement.None : Placement.Inherited);
            added.Add(continued);
            last = source is null ? last : continued;
            continuing = true;
        }

        candidates.AddRange(added);
        candidates.Sort((x, y) => x.Hull.Start.CompareTo(y.Hull.Start));
    }

    private int ParagraphOf(int position) =>
        ctx.Analysis.Sentences[ctx.Analysis.SentenceOfToken[Math.Min(ctx.Analysis.TokenAtOrAfter(position), ctx.Analysis.Tokens.Length - 1)]].ParagraphIndex;

    /// <summary>A sentence outside quotations, of a few words at least, with a subjunctive verb and no cue.</summary>
    private bool IsReported(Sentence sentence, bool continuing)
    {
        var lexicon = continuing ? ctx.Lexicons.Subjunctives : ctx.Lexicons.ReportingSubjunctives;
        bool subjunctive = false;
        int words = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (t == sentence.FirstToken && ctx.QuotationOfToken[t] >= 0)
            {
                return false; // a quoted sentence
            }

            if (!ctx.IsWord(t))
            {
                continue;
            }

            words++;
            if (ctx.IsCue(t, out _, out _))
            {
                return false;
            }

            subjunctive |= ctx.QuotationOfToken[t] < 0 && lexicon.Contains(ctx.Word(t));
        }

        return subjunctive && words >= 4;
    }
}
