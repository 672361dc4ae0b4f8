namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// A sentence opened by a source adverb ("Demnach sollen …", "Wonach …") reports what the source named before said:
/// the rest of the sentence is an indirect quote with the speaker of the report before it.
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

            var source = reports.LastOrDefault(r => r.Hull.End <= content.Start && r.Speaker is not null);
            var candidate = new QuoteCandidate([content], a.HoldsQuoteMark(content) ? QuoteType.Mixed : QuoteType.Indirect);
            candidate.AttributeTo(source?.Speaker, new TextSpan(a.Tokens[t].Start, a.Tokens[t].End), CueClass.Speech, 0.7, Placement.Leading);
            found.Add(candidate);
        }

        return found;
    }
}
