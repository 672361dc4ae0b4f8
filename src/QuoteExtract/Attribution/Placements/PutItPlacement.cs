using QuoteExtract.Detection;
using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Placements;

/// <summary>Placement "…, as X put it." / "As X put it, …": content on the other side of the cue.</summary>
internal sealed class PutItPlacement(AttributionContext ctx)
{
    /// <summary>"…, as a Homeland Security memo put it." / "As Rosenthal recently put it, …": content on the other side.</summary>
    internal QuoteCandidate? TryPlace(int t, Sentence sentence, CueWord cueWord)
    {
        if (t + 1 >= sentence.EndToken || ctx.a.TokenText(t + 1) is not "it")
        {
            return null;
        }

        int before = SpeakerFinder.SkipModifiersLeft(ctx.a, t - 1, sentence.FirstToken, out _);
        var speaker = SpeakerFinder.FindEndingAt(ctx.a, before, sentence.FirstToken, false, out int first);
        if (speaker is null || first == 0 || !ctx.a.TokenText(first - 1).Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var cue = new TextSpan(ctx.tokens[t].Start, ctx.tokens[t + 1].End);
        TextSpan content;
        if (first - 1 == sentence.FirstToken && t + 2 < sentence.EndToken && ctx.a.TokenText(t + 2) is "," or ":")
        {
            content = ctx.Span(t + 3, ctx.LastContentToken(sentence));
        }
        else if (first - 2 > sentence.FirstToken && ctx.a.TokenText(first - 2) is ",")
        {
            content = ctx.Span(ctx.ClauseStart(first - 3, sentence), first - 3);
        }
        else
        {
            return null;
        }

        return DirectQuoteDetector.CountWords(ctx.a, content) >= 2 ? ctx.Build(content, cue, cueWord.Class, cueWord.Prior, speaker, Placement.Trailing) : null;
    }
}
