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
        Sentence? previous = null;
        QuoteCandidate? previousAdded = null;
        foreach (var sentence in a.Sentences)
        {
            var before = previous;
            previous = sentence;
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
                previousAdded = null;
                continue;
            }

            if (!IsReported(sentence, continuing))
            {
                continuing = false;
                previousAdded = null;
                continue;
            }

            var own = OwnSubject(sentence);
            if (own is null && previousAdded is { } run && a.Sentences[a.SentenceOfToken[a.TokenAtOrAfter(run.Hull.Start)]].ParagraphIndex >= sentence.ParagraphIndex - 1)
            {
                // A run of subjunctive sentences in one paragraph is one report, as the annotation joins them.
                var content = Inherited(sentence, null, null, null).Parts[0];
                run.Parts[0] = new TextSpan(run.Parts[0].Start, content.End);
                run.Type = a.HoldsQuoteMark(run.Parts[0]) ? QuoteType.Mixed : run.Type;
                continue;
            }

            var continued = own ?? Inherited(sentence, continuing ? last : null, last, before);
            added.Add(continued);
            previousAdded = own is null ? continued : null;
            last = continued.Speaker is null ? last : continued;
            continuing = true;
        }

        candidates.AddRange(added);
        candidates.Sort((x, y) => x.Hull.Start.CompareTo(y.Hull.Start));
    }

    /// <summary>
    /// "Die Staatsanwaltschaft argumentierte weiterhin, gegen ihn liege …": the sentence's own subject and verb open it,
    /// and the subjunctive clause after the comma is what they report.
    /// </summary>
    private QuoteCandidate? OwnSubject(Sentence sentence)
    {
        var a = ctx.Analysis;
        if (ctx.SentenceSubject(sentence) is not { } subject)
        {
            return null;
        }

        int verb = a.TokenAtOrAfter(subject.Span.End);
        if (ctx.Lexicons.Subjunctives.Contains(ctx.Word(verb)))
        {
            return null; // "Der Angriff sei …": the subject is what is reported about
        }

        for (int t = verb + 1; t < sentence.EndToken; t++)
        {
            if (ctx.QuotationOfToken[t] >= 0 || (ctx.IsWord(t) && ctx.Lexicons.Subjunctives.Contains(ctx.Word(t))))
            {
                return null; // the subjunctive comes before any comma: the subject is the report's own
            }

            if (ctx.IsPunctuation(t, ",:") && t + 1 < sentence.EndToken)
            {
                var content = new TextSpan(a.Tokens[t + 1].Start, ctx.ContentEnd(sentence.EndToken - 1));
                if (content.End <= content.Start || a.CountWords(content) < 3)
                {
                    return null;
                }

                var candidate = new QuoteCandidate([content], a.HoldsQuoteMark(content) ? QuoteType.Mixed : QuoteType.Indirect);
                candidate.AttributeTo(subject, new TextSpan(a.Tokens[verb].Start, a.Tokens[verb].End), CueClass.Speech, 0.5, Placement.Leading);
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// A subjunctive sentence as a whole, said by the report it continues, else by the subject of the sentence before
    /// it (in its paragraph), else by the last report of this or the previous paragraph.
    /// </summary>
    private QuoteCandidate Inherited(Sentence sentence, QuoteCandidate? continued, QuoteCandidate? last, Sentence? before)
    {
        var a = ctx.Analysis;
        var content = new TextSpan(a.Tokens[sentence.FirstToken].Start, ctx.ContentEnd(sentence.EndToken - 1));
        var candidate = new QuoteCandidate([content], a.HoldsQuoteMark(content) ? QuoteType.Mixed : QuoteType.Indirect);
        var speaker = continued?.Speaker;
        if (speaker is null && before is { } b && b.ParagraphIndex == sentence.ParagraphIndex && ctx.SentenceSubject(b) is { Form: not MentionForm.Pronoun } subject)
        {
            speaker = subject;
        }

        if (speaker is null && last is not null && ctx.Analysis.ParagraphAt(last.Hull.Start) >= sentence.ParagraphIndex - 1)
        {
            speaker = last.Speaker;
        }

        candidate.AttributeTo(speaker, null, continued?.CueClass ?? CueClass.Speech, 0.5, speaker is null ? Placement.None : Placement.Inherited);
        return candidate;
    }

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
