using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Placements;

/// <summary>Placement "…" — Name: a dash and a name after a direct quote with no cue, ending the line.</summary>
internal sealed class DashPlacement(AttributionContext ctx)
{
    /// <summary>"…" — Harbour Commissioner Ruth Ebbe: a dash and a name that end the paragraph.</summary>
    internal bool TryPlace(QuotedSpan q, QuoteCandidate candidate)
    {
        int after = ctx.TokenAt(q.End);
        if (after >= ctx.tokens.Length || ctx.tokens[after].Kind != TokenKind.Dash)
        {
            return false;
        }

        // The name runs to the end of its line: the paragraph end, or a newline before the next quote.
        var paragraph = ctx.a.Paragraphs[ctx.a.Sentences[ctx.a.SentenceOfToken[after]].ParagraphIndex];
        int lineEnd = after + 1;
        while (lineEnd < paragraph.EndToken && ctx.text.AsSpan(ctx.tokens[lineEnd - 1].End, ctx.tokens[lineEnd].Start - ctx.tokens[lineEnd - 1].End).IndexOfAny('\n', '\r') < 0)
        {
            lineEnd++;
        }

        var speaker = SpeakerFinder.FindStartingAt(ctx.a, after + 1, lineEnd, out int end);
        if (speaker is null || end < lineEnd - 1)
        {
            return false;
        }

        candidate.AttributeTo(speaker, new TextSpan(ctx.tokens[after].Start, ctx.tokens[after].End), CueClass.Speech, 0.8, Placement.Dash);
        return true;
    }
}
