namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// Where the language's convention says so (German news annotation), a quoted passage inside a reported quote is
/// also a direct quote of its own, with the report's speaker and cue: "Er nannte den Plan „einen Angriff auf die
/// Pressefreiheit“." gives the mixed report and the quotation. 
/// </summary>
internal sealed class NestedQuotationPass(ClauseContext ctx)
{
    public void Apply(List<QuoteCandidate> candidates)
    {
        if (!ctx.Lexicons.Quotes.ReportsNested)
        {
            return;
        }

        var a = ctx.Analysis;
        var added = new List<QuoteCandidate>();
        foreach (var report in candidates)
        {
            if (report.Type != QuoteType.Mixed)
            {
                continue;
            }

            foreach (var quotation in ctx.Quotations)
            {
                var span = new TextSpan(quotation.Start, quotation.End);
                if (report.Parts.Exists(p => p.Contains(span)))
                {
                    var nested = new QuoteCandidate([span], QuoteType.Direct) { Closed = quotation.Closed };
                    nested.AttributeTo(report.Speaker, report.Cue, report.CueClass, report.CuePrior, report.Placement);
                    added.Add(nested);
                }
            }
        }

        candidates.AddRange(added);
        candidates.Sort((x, y) => x.Hull.Start.CompareTo(y.Hull.Start));
    }
}
