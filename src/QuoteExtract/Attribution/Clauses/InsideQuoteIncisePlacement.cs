namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// French sets the cue inside the guillemets, between commas, without closing them (an incise): "« Les travaux
/// commencent lundi, a affirmé Marie Lefèvre. Nous avons le budget. »" The quotation without the incise is one
/// direct quote in two parts. Also reads a dialogue-dash paragraph ("— Nous partons, a répondu le maire.").
/// </summary>
internal sealed class InsideQuoteIncisePlacement(ClauseContext ctx)
{
    /// <summary>The incise in the tokens from <paramref name="first"/> to <paramref name="end"/>: the quote's parts around it, its speaker and cue.</summary>
    public QuoteCandidate? TryPlace(TextSpan content, int first, int end)
    {
        var a = ctx.Analysis;
        for (int i = first; i + 1 < end; i++)
        {
            if (!ctx.IsPunctuation(i, ","))
            {
                continue;
            }

            int verb = i + 1;
            if (ctx.IsWord(verb) && ctx.Lexicons.Auxiliaries.Contains(ctx.Word(verb)) && verb + 1 < end)
            {
                verb++;
            }

            if (!ctx.IsWord(verb) || !ctx.Lexicons.TryGetCue(ctx.Word(verb), out var cue))
            {
                continue;
            }

            int resume = verb + 1;
            var speaker = ctx.InvertedPronoun(i + 1, verb) is { } pronoun ? pronoun : ctx.SubjectFollows(verb, end, insideQuotation: true) ? SpeakerInIncise(verb + 1, end, out resume) : null;
            if (speaker is not null && resume == verb + 1)
            {
                while (resume < end && !ctx.IsPunctuation(resume - 1, ",.;!?"))
                {
                    resume++;
                }
            }

            if (speaker is null)
            {
                continue;
            }

            var parts = new List<TextSpan> { new(content.Start, a.Tokens[i].Start) };
            if (resume < end && a.Tokens[resume].Start < content.End)
            {
                parts.Add(new TextSpan(a.Tokens[resume].Start, content.End));
            }

            var candidate = new QuoteCandidate(parts, QuoteType.Direct);
            int cueStart = a.Tokens[i + 1].Start + (ctx.Word(i + 1).Contains('-') && verb > i + 1 ? a.Tokens[i + 1].Length + 1 : 0);
            candidate.AttributeTo(speaker, new TextSpan(Math.Min(cueStart, a.Tokens[verb].Start), a.Tokens[verb].End), cue.Class, cue.Prior, Placement.Trailing);
            return candidate;
        }

        return null;
    }

    /// <summary>The speaker after an incise's cue, up to its closing comma or period; <paramref name="resume"/> is where the quote goes on.</summary>
    private Mention? SpeakerInIncise(int t, int end, out int resume)
    {
        resume = end;
        for (int i = t; i < end; i++)
        {
            if (ctx.IsPunctuation(i, ",.;!?"))
            {
                resume = i + 1;
                return ctx.MentionOf(t, i - 1);
            }
        }

        return null;
    }
}
