namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// A sentence opened by a source adverb ("Demnach sollen …", "Wonach …") reports what the source named before said:
/// the rest of the sentence is an indirect quote, and the adverb, a pronominal adverb, is its speaker mention.
/// </summary>
internal sealed class SourceAdverbPass(ClauseContext ctx)
{
    public List<QuoteCandidate> Candidates(List<QuoteCandidate> reports)
    {
        var a = ctx.Analysis;
        var found = new List<QuoteCandidate>();
        if (ctx.Lexicons.SourceAdverbs.Entries.Count == 0)
        {
            return found;
        }

        foreach (var sentence in a.Sentences)
        {
            int t = sentence.FirstToken;
            if (t + 3 >= sentence.EndToken || !ctx.IsWord(t) || !ctx.Lexicons.SourceAdverbs.Contains(ctx.Word(t)) || ctx.QuotationOfToken[t] >= 0)
            {
                continue;
            }

            var content = new TextSpan(a.Tokens[t + 1].Start, ctx.ContentEnd(sentence.EndToken - 1));
            if (reports.Exists(r => r.Hull.Overlaps(content)))
            {
                continue;
            }

            // The adverb is pronominal ("according to that"): it is the speaker mention (so not also the cue), and refers back
            // to the source before.
            var adverb = new TextSpan(a.Tokens[t].Start, a.Tokens[t].End);
            var candidate = new QuoteCandidate([content], a.HoldsQuoteMark(content) ? QuoteType.Mixed : QuoteType.Indirect);
            candidate.AttributeTo(new Mention(adverb, EntityKind.Unknown, MentionForm.Pronoun), null, CueClass.Speech, 0.7, Placement.Leading);
            found.Add(candidate);
        }

        return found;
    }
}
