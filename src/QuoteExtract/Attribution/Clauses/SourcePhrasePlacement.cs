using QuoteExtract.Lexicons;

namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// A phrase names the source of its sentence: "Laut X …", "Nach Angaben X …", "X zufolge …", "Selon X, …". The
/// sentence around the phrase and its source is the content (two parts when the phrase stands inside it).
/// </summary>
internal sealed class SourcePhrasePlacement(ClauseContext ctx)
{
    /// <summary>A source read after its phrase is at most this many tokens long.</summary>
    private const int MaxSourceTokens = 10;

    public QuoteCandidate? TryPlace(int t, int sentenceEnd)
    {
        foreach (var phrase in ctx.Lexicons.SourcePhrases)
        {
            if (Matches(t, phrase.Words, sentenceEnd) && (!phrase.NeedsNoun || HasSourceNoun(t, phrase)))
            {
                int after = t + phrase.Words.Length;
                return phrase.SourceFollows ? SourceAfter(t, after, sentenceEnd, phrase) : SourceBefore(t, after, sentenceEnd, phrase);
            }
        }

        return null;
    }

    private QuoteCandidate? SourceAfter(int t, int after, int sentenceEnd, SourcePhrase phrase)
    {
        int last = after - 1;
        for (int i = after; i < sentenceEnd && i - after < MaxSourceTokens; i++)
        {
            // A language that capitalises only names ends the source at its comma ("Selon la préfecture, …").
            if (ctx.Lexicons.CapitalisesNouns ? !ctx.InNounPhrase(i, sentenceEnd) : ctx.IsPunctuation(i, ",;:") || ctx.QuotationOfToken[i] >= 0)
            {
                break;
            }

            last = i;
        }

        if (last < after || ctx.MentionOf(after, last) is not { } speaker)
        {
            return null;
        }

        return Candidate(t, last, Span(t, after - 1), sentenceEnd, speaker, phrase);
    }

    /// <summary>"Einem Bericht der Zeitung zufolge …", "Seiner Meinung nach …": the source is the noun phrase before the phrase.</summary>
    private QuoteCandidate? SourceBefore(int t, int after, int sentenceEnd, SourcePhrase phrase)
    {
        int lower = ctx.SentenceOf(t).FirstToken;
        int first = t;
        while (first - 1 >= lower && t - first < MaxSourceTokens && ctx.QuotationOfToken[first - 1] < 0 && ctx.IsWord(first - 1)
            && (char.IsUpper(ctx.Word(first - 1)[0]) || ctx.Lexicons.Determiners.Contains(ctx.Word(first - 1))))
        {
            first--;
        }

        if (first == t || ctx.MentionOf(first, t - 1) is not { } speaker)
        {
            return null;
        }

        return Candidate(first, after - 1, Span(t, after - 1), sentenceEnd, speaker, phrase);
    }

    /// <summary>The content is the sentence without the phrase and its source (from <paramref name="first"/> to <paramref name="last"/>).</summary>
    private QuoteCandidate? Candidate(int first, int last, TextSpan cue, int sentenceEnd, Mention speaker, SourcePhrase phrase)
    {
        var a = ctx.Analysis;
        var sentence = ctx.SentenceOf(first);
        var parts = new List<TextSpan>(2);
        int restStart = last + 1;
        while (restStart < sentenceEnd && ctx.IsPunctuation(restStart, ",:"))
        {
            restStart++;
        }

        if (first > sentence.FirstToken && ctx.QuotationOfToken[sentence.FirstToken] < 0)
        {
            int before = ctx.ContentEnd(first - 1);
            if (before > a.Tokens[sentence.FirstToken].Start)
            {
                parts.Add(new TextSpan(a.Tokens[sentence.FirstToken].Start, before));
            }
        }

        if (restStart < sentenceEnd && ctx.ContentEnd(sentenceEnd - 1) is var end && end > a.Tokens[restStart].Start)
        {
            parts.Add(new TextSpan(a.Tokens[restStart].Start, end));
        }

        if (parts.Count == 0 || parts.Sum(p => a.CountWords(p)) < 3)
        {
            return null;
        }

        var type = parts.Exists(a.HoldsQuoteMark) ? QuoteType.Mixed : QuoteType.Indirect;
        var candidate = new QuoteCandidate(parts, type);
        candidate.AttributeTo(speaker, cue, phrase.Class, 0.85, Placement.Leading);
        return candidate;
    }

    private TextSpan Span(int first, int last) => new(ctx.Analysis.Tokens[first].Start, ctx.Analysis.Tokens[last].End);

    /// <summary>A source noun within three words after the phrase ("nach Angaben", "nach einer neuen Studie") or right before it ("Seiner Meinung nach").</summary>
    private bool HasSourceNoun(int t, SourcePhrase phrase)
    {
        if (!phrase.SourceFollows)
        {
            return t > 0 && ctx.IsWord(t - 1) && ctx.Lexicons.IsSourceNoun(ctx.Word(t - 1));
        }

        int after = t + phrase.Words.Length;
        for (int i = after; i < ctx.Analysis.Tokens.Length && i < after + 3 && ctx.IsWord(i); i++)
        {
            if (char.IsUpper(ctx.Word(i)[0]))
            {
                return ctx.Lexicons.IsSourceNoun(ctx.Word(i));
            }
        }

        return false;
    }

    private bool Matches(int t, string[] words, int end)
    {
        if (t + words.Length > end)
        {
            return false;
        }

        for (int k = 0; k < words.Length; k++)
        {
            if (ctx.QuotationOfToken[t + k] >= 0 || !ctx.Word(t + k).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
