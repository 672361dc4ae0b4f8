using QuoteExtract.Detection;
using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Clauses;

/// <summary>
/// The rules for German and French news, driven by the language's <see cref="LanguageLexicons"/>. Each sentence
/// is read for a source phrase ("laut", "zufolge", "selon") or a cue verb, and each cue for its layout: quotation
/// then cue, reported clause then cue, cue then quotation, cue then reported clause. Then, in order: incises and
/// dialogue dashes inside quotations (French), quotations no cue claimed (their speaker is a neighbour's), sentences
/// in the subjunctive that continue a report (German), and quoted passages inside reports as quotes of their own
/// where the convention reports them.
/// </summary>
internal sealed class ClauseAttributor
{
    private readonly ClauseContext ctx;
    private readonly SourcePhrasePlacement sourcePhrase;
    private readonly QuoteThenCuePlacement quoteThenCue;
    private readonly ClauseThenCuePlacement clauseThenCue;
    private readonly CueThenQuotePlacement cueThenQuote;
    private readonly CueThenClausePlacement cueThenClause;
    private readonly InsideQuoteIncisePlacement incise;

    public ClauseAttributor(TextAnalysis analysis, IReadOnlyList<QuotedSpan> quotations, LanguageLexicons lexicons, QuoteExtractorOptions options)
    {
        ctx = new ClauseContext(analysis, quotations, lexicons, options);
        sourcePhrase = new SourcePhrasePlacement(ctx);
        quoteThenCue = new QuoteThenCuePlacement(ctx);
        clauseThenCue = new ClauseThenCuePlacement(ctx);
        cueThenQuote = new CueThenQuotePlacement(ctx);
        cueThenClause = new CueThenClausePlacement(ctx);
        incise = new InsideQuoteIncisePlacement(ctx);
    }

    public List<QuoteCandidate> Run()
    {
        var candidates = new List<QuoteCandidate>();
        foreach (var sentence in ctx.Analysis.Sentences)
        {
            ProposeInSentence(sentence, candidates);
        }

        candidates.Sort((x, y) => x.Hull.Start.CompareTo(y.Hull.Start));
        candidates.AddRange(new SourceAdverbPass(ctx).Candidates(candidates));
        candidates.AddRange(new QuotationPass(ctx, incise).Candidates(candidates));
        candidates.Sort((x, y) => x.Hull.Start.CompareTo(y.Hull.Start));
        candidates = RemoveOverlaps(candidates);
        new SubjunctiveContinuationPass(ctx).Apply(candidates);
        new NestedQuotationPass(ctx).Apply(candidates);
        WithoutClashes(candidates);
        if (!ctx.Options.IncludeIndirect)
        {
            candidates.RemoveAll(c => c.Type != QuoteType.Direct);
        }

        return candidates;
    }

    private void ProposeInSentence(Sentence sentence, List<QuoteCandidate> candidates)
    {
        int end = sentence.EndToken;
        for (int t = sentence.FirstToken; t < end; t++)
        {
            if (ctx.QuotationOfToken[t] >= 0 || !ctx.IsWord(t))
            {
                continue;
            }

            var candidate = sourcePhrase.TryPlace(t, end) ?? ByCue(t, end);
            if (candidate is not null)
            {
                candidates.Add(candidate);
                t = Math.Max(t, ctx.Analysis.TokenAtOrAfter(Math.Max(candidate.Hull.End, candidate.Speaker?.Span.End ?? 0)) - 1);
            }
        }
    }

    private QuoteCandidate? ByCue(int t, int end)
    {
        if (ctx.IsCue(t, out var cue, out var span))
        {
            int cueStart = ctx.Analysis.TokenAtOrAfter(span.Start);
            return quoteThenCue.TryPlace(cueStart, t, span, cue.Class, cue.Prior, end)
                ?? cueThenQuote.TryPlace(cueStart, t, span, cue.Class, cue.Prior, end)
                ?? clauseThenCue.TryPlace(cueStart, t, span, cue.Class, cue.Prior, end)
                ?? cueThenClause.TryPlace(cueStart, t, span, cue.Class, cue.Prior, end);
        }

        if (ctx.Lexicons.TrailingCues.Contains(ctx.Word(t)) && t > 0 && ctx.IsPunctuation(t - 1, ","))
        {
            var cueSpan = new TextSpan(ctx.Analysis.Tokens[t].Start, ctx.Analysis.Tokens[t].End);
            return quoteThenCue.TryPlace(t, t, cueSpan, CueClass.Speech, 0.8, end) ?? clauseThenCue.TryPlace(t, t, cueSpan, CueClass.Speech, 0.8, end);
        }

        return null;
    }

    /// <summary>Speaker, cue and content never overlap: a cue inside the content is dropped, then a speaker inside either.</summary>
    private static void WithoutClashes(List<QuoteCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Cue is { } cue && c.Parts.Exists(p => p.Overlaps(cue)))
            {
                c.Cue = null;
            }

            if (c.Speaker is { } speaker && (c.Parts.Exists(p => p.Overlaps(speaker.Span)) || (c.Cue is { } kept && kept.Overlaps(speaker.Span))))
            {
                c.Speaker = null;
            }
        }
    }

    /// <summary>Of candidates whose hulls overlap, the first (by start) stays: one report per stretch of text.</summary>
    private static List<QuoteCandidate> RemoveOverlaps(List<QuoteCandidate> candidates)
    {
        var kept = new List<QuoteCandidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (kept.Count == 0 || !kept[^1].Hull.Overlaps(candidate.Hull))
            {
                kept.Add(candidate);
            }
            else if (kept[^1].Type != QuoteType.Direct && candidate.Type == QuoteType.Direct && candidate.Placement != Placement.None && kept[^1].Hull.Contains(candidate.Hull) is false)
            {
                kept[^1] = candidate;
            }
        }

        return kept;
    }
}
