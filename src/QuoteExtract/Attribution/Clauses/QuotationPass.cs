namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// Quotations no cue claimed, and dialogue-dash paragraphs: each is a direct quote, attributed by an incise inside
/// it ("…, a affirmé Marie Lefèvre. …") or else by the speaker of the report before it in its own or the previous
/// paragraph. A quotation of fewer than <see cref="QuoteExtractorOptions.MinimumDirectQuoteWords"/> words with no
/// cue is a scare quote or a title, not a quote.
/// </summary>
internal sealed class QuotationPass(ClauseContext ctx, InsideQuoteIncisePlacement incise)
{
    public List<QuoteCandidate> Candidates(List<QuoteCandidate> claimed)
    {
        var a = ctx.Analysis;
        var found = new List<QuoteCandidate>();
        for (int q = 0; q < ctx.Quotations.Count; q++)
        {
            var quotation = ctx.Quotations[q];
            var hull = new TextSpan(quotation.Start, quotation.End);
            if (claimed.Exists(c => c.Hull.Overlaps(hull)))
            {
                continue;
            }

            int first = a.TokenAtOrAfter(quotation.Start);
            int end = a.TokenAtOrAfter(quotation.End);
            var candidate = incise.TryPlace(hull, first + 1, end) ?? Named(first, hull);
            if (candidate is null)
            {
                if (a.CountWords(hull) < ctx.Options.MinimumDirectQuoteWords)
                {
                    continue;
                }

                candidate = new QuoteCandidate([hull], QuoteType.Direct);
            }

            candidate.Closed = quotation.Closed;
            found.Add(candidate);
        }

        found.AddRange(DialogueDashes(claimed));
        foreach (var candidate in found)
        {
            // "Er fuhr fort: „…“", "X kommentierte das mit den Worten: „…“": the subject of the sentence the quotation stands in.
            int opening = a.TokenAtOrAfter(candidate.Hull.Start);
            // "Die Veranstalter verkündeten die „größte Friedensdemo“": a quotation inside a sentence is its subject's.
            if (candidate.Speaker is null && opening > 0
                && (ctx.SentenceOf(opening - 1).FirstToken == ctx.SentenceOf(opening).FirstToken || ctx.IsPunctuation(opening - 1, ":"))
                && ctx.SentenceSubject(ctx.SentenceOf(opening - 1)) is { } subject)
            {
                candidate.AttributeTo(subject, null, CueClass.Speech, 0.6, ctx.IsPunctuation(opening - 1, ":") ? Placement.Colon : Placement.None);
            }

            if (candidate.Speaker is null && Neighbour(claimed, candidate.Hull.Start) is { } source)
            {
                candidate.AttributeTo(source.Speaker, null, source.CueClass, 0.5, Placement.Inherited);
            }
        }

        return found;
    }

    /// <summary>
    /// A quotation that is the object of a naming verb before it in its sentence ("nannte sie „reine Spekulation“",
    /// "sprach von einem „Dammbruch“"): a direct quote of the verb's subject, whatever its length.
    /// </summary>
    private QuoteCandidate? Named(int first, TextSpan hull)
    {
        var a = ctx.Analysis;
        var sentence = ctx.SentenceOf(first);
        for (int t = first - 1; t >= sentence.FirstToken && first - t <= 12; t--)
        {
            if (ctx.QuotationOfToken[t] >= 0 || ctx.IsPunctuation(t, ",;:"))
            {
                return null;
            }

            if (ctx.IsWord(t) && ctx.Lexicons.NamingVerbs.Contains(ctx.Word(t)))
            {
                var speaker = ctx.Inverted(t, t, first) ? ctx.SpeakerAfter(t + 1, first) : ctx.SpeakerBefore(t, sentence.FirstToken);
                var candidate = new QuoteCandidate([hull], QuoteType.Direct);
                candidate.AttributeTo(speaker, new TextSpan(a.Tokens[t].Start, a.Tokens[t].End), CueClass.Speech, 0.7, Placement.Leading);
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A paragraph opened by a dialogue dash ("— Nous partons, a répondu le maire."): its text is a direct quote.</summary>
    private IEnumerable<QuoteCandidate> DialogueDashes(List<QuoteCandidate> claimed)
    {
        var a = ctx.Analysis;
        if (ctx.Lexicons.Quotes.Dashes.Length == 0)
        {
            yield break;
        }

        foreach (var paragraph in a.Paragraphs)
        {
            int first = paragraph.FirstToken;
            if (first + 1 >= paragraph.EndToken || a.Tokens[first].Length != 1
                || !ctx.Lexicons.Quotes.Dashes.Contains(a.Text[a.Tokens[first].Start], StringComparison.Ordinal))
            {
                continue;
            }

            // The dash is the mark of the line: it opens the content as a quotation mark would.
            var content = new TextSpan(a.Tokens[first].Start, ctx.ContentEnd(paragraph.EndToken - 1));
            if (content.End <= content.Start || claimed.Exists(c => c.Hull.Overlaps(content)))
            {
                continue;
            }

            var candidate = incise.TryPlace(content, first + 1, paragraph.EndToken) ?? new QuoteCandidate([content], QuoteType.Direct);
            if (candidate.Placement != Placement.None)
            {
                candidate.Placement = Placement.Dash;
            }

            yield return candidate;
        }
    }

    /// <summary>The report nearest before <paramref name="position"/> with a speaker, in the same or the previous paragraph.</summary>
    private QuoteCandidate? Neighbour(List<QuoteCandidate> candidates, int position)
    {
        var a = ctx.Analysis;
        int paragraph = a.Sentences[a.SentenceOfToken[Math.Min(a.TokenAtOrAfter(position), a.Tokens.Length - 1)]].ParagraphIndex;
        QuoteCandidate? best = null;
        foreach (var c in candidates)
        {
            if (c.Speaker is not null && c.Hull.End <= position && (best is null || c.Hull.End > best.Hull.End)
                && a.Sentences[a.SentenceOfToken[Math.Min(a.TokenAtOrAfter(c.Hull.Start), a.Tokens.Length - 1)]].ParagraphIndex >= paragraph - 1)
            {
                best = c;
            }
        }

        return best;
    }
}
