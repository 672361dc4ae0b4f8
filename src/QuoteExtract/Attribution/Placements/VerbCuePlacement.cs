using QuoteExtract.Lexicons;

namespace QuoteExtract.Attribution.Placements;

/// <summary>
/// A cue verb ("said", "told", "claims") and where its speaker and content stand: tried as trailing
/// (<see cref="TrailingCuePlacement"/>), medial (<see cref="MedialCuePlacement"/>), then leading
/// (<see cref="LeadingCuePlacement"/>); "as X put it" goes to <see cref="PutItPlacement"/>.
/// </summary>
internal sealed class VerbCuePlacement(AttributionContext ctx)
{
    private readonly PutItPlacement putIt = new(ctx);
    private readonly TrailingCuePlacement trailing = new(ctx);
    private readonly MedialCuePlacement medial = new(ctx);
    private readonly LeadingCuePlacement leading = new(ctx);

    /// <summary>Whether the last <see cref="TryPlace(int, CueWord, List{QuoteCandidate}, bool)"/> refused only for want of a speaker.</summary>
    internal bool LackedSpeaker { get; private set; }

    internal QuoteCandidate? TryPlace(int t, List<QuoteCandidate> earlier)
    {
        LackedSpeaker = false;
        return ctx.CueAt(t, out var cueWord) && ctx.options.CueClasses.Contains(cueWord.Class) ? TryPlace(t, cueWord, earlier) : null;
    }

    /// <summary>
    /// The quote that the cue word at token <paramref name="t"/> reports, by its placement, if any. With
    /// <paramref name="speakerOptional"/> (hybrid mode's second try) a leading cue with no speaker before it
    /// takes the sentence subject, or none.
    /// </summary>
    internal QuoteCandidate? TryPlace(int t, CueWord cueWord, List<QuoteCandidate> earlier, bool speakerOptional = false)
    {
        LackedSpeaker = false;
        var word = ctx.a.TokenText(t);

        var sentence = ctx.SentenceOf(t);
        var cue = new TextSpan(ctx.tokens[t].Start, ctx.tokens[t].End);
        int cueEnd = t + 1;
        if (cueWord.Lemma == "put")
        {
            return putIt.TryPlace(t, sentence, cueWord);
        }

        if (cueEnd < ctx.tokens.Length && ctx.words.CueParticles.Contains(ctx.a.TokenText(cueEnd))
            && ctx.words.StartsWithParticleCueStem(word))
        {
            // "called for", "called on", "pointed out": the particle joins the cue, and the phrase is a verb.
            cue = new TextSpan(cue.Start, ctx.tokens[cueEnd].End);
            cueEnd++;
            cueWord = cueWord with { Weak = false };
        }

        int lower = ctx.LowerBound(t, sentence);
        int beforeModifiers = SpeakerFinder.SkipModifiersLeft(ctx.a, t - 1, lower, out bool passive);
        var left = SpeakerFinder.FindEndingAt(ctx.a, beforeModifiers, lower, passive, out int leftFirst);
        bool tell = ctx.words.TellVerbs.Contains(word);

        var site = new CueSite(t, cueWord, sentence, cue, cueEnd, lower, beforeModifiers, passive, left, leftFirst, tell);
        if ((trailing.TryPlace(site) ?? medial.TryPlace(site)) is { } candidate)
        {
            return candidate;
        }

        var lead = leading.TryPlace(site, earlier, speakerOptional, out bool lacked);
        LackedSpeaker = lacked;
        return lead;
    }
}
