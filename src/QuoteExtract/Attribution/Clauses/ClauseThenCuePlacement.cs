namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// Reported speech first, then a comma, the cue and its speaker to the end of the sentence: "Die Lage sei ernst,
/// sagte der Minister." / "Die route restera fermée, a précisé la préfecture." The clause is an indirect quote.
/// </summary>
internal sealed class ClauseThenCuePlacement(ClauseContext ctx)
{
    public QuoteCandidate? TryPlace(int cueStart, int cue, TextSpan cueSpan, CueClass cueClass, double prior, int sentenceEnd)
    {
        var a = ctx.Analysis;
        var sentence = ctx.SentenceOf(cue);
        if (cueStart - 1 <= sentence.FirstToken || !ctx.IsPunctuation(cueStart - 1, ",") || !ctx.SubjectFollows(cue, sentenceEnd)
            || ctx.SpeakerAfter(cue + 1, sentenceEnd) is not { } speaker)
        {
            return null;
        }

        // The speaker (and a particle or adjunct) must close the sentence: "…, sagte er am Montag." not "…, sagte er, als …".
        int after = a.TokenAtOrAfter(speaker.Span.End);
        for (int i = after; i < sentenceEnd; i++)
        {
            // "…, so der Sprecher der Bewegung, Ehsanullah Ehsan.": a name in apposition may close the sentence.
            if (ctx.IsPunctuation(i, ",") && i + 1 < sentenceEnd && ctx.IsCapitalizedName(i + 1) && NamesToEnd(i + 1, sentenceEnd))
            {
                break;
            }

            if (ctx.IsPunctuation(i, ",:;") || ctx.QuotationOfToken[i] >= 0)
            {
                return null;
            }
        }

        int first = sentence.FirstToken;
        if (ctx.IsPunctuation(first, ctx.Lexicons.Quotes.Dashes))
        {
            return null; // "— Nous partons, a répondu le maire.": a dialogue line, read by the quotation pass
        }

        if (ctx.QuotationOfToken[first] >= 0 && ctx.Quotations[ctx.QuotationOfToken[first]].Start < a.Tokens[first].Start)
        {
            return null; // the sentence starts inside a quotation: the quote-then-cue rule reads it
        }

        var content = new TextSpan(a.Tokens[first].Start, ctx.ContentEnd(cueStart - 1));
        if (a.CountWords(content) < 3)
        {
            return null;
        }

        var candidate = new QuoteCandidate([content], a.HoldsQuoteMark(content) ? QuoteType.Mixed : QuoteType.Indirect);
        candidate.AttributeTo(speaker, cueSpan, cueClass, prior, Placement.Trailing);
        return candidate;
    }

    private bool NamesToEnd(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (!(ctx.IsWord(i) && char.IsUpper(ctx.Word(i)[0])) && !ctx.IsPunctuation(i, ".!?()-"))
            {
                return false;
            }
        }

        return true;
    }
}
