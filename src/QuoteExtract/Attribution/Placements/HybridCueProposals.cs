using System.Runtime.CompilerServices;
using QuoteExtract.Learning;
using QuoteExtract.Lexicons;

namespace QuoteExtract.Attribution.Placements;

/// <summary>
/// Hybrid mode's second tries of the verb-cue placements, as relaxed candidates for the learned scorer: a listed cue
/// refused only for want of a speaker, and a word the learned cue lexicon proposes.
/// </summary>
internal sealed class HybridCueProposals(AttributionContext ctx, VerbCuePlacement verbCue)
{
    /// <summary>
    /// Hybrid mode: a listed cue the rules refused only because they found no speaker before it ("Fares rose,
    /// with many in the harbour towns questioning whether …"; "…, even suggesting the vote was rigged") may still
    /// report its content; proposed as a relaxed candidate with the sentence subject as speaker, or none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ProposeWithoutSpeaker(int t, List<QuoteCandidate> earlier)
    {
        if (ctx.proposals is { } proposals && verbCue.LackedSpeaker)
        {
            ProposeWithoutSpeakerAt(t, earlier, proposals); // inlined test: rules mode makes no call
        }
    }

    private void ProposeWithoutSpeakerAt(int t, List<QuoteCandidate> earlier, RelaxedProposals proposals)
    {
        if (!ctx.CueAt(t, out var cueWord))
        {
            return;
        }

        if (verbCue.TryPlace(t, cueWord, earlier, speakerOptional: true) is { } candidate)
        {
            proposals.Propose(candidate);
        }
    }

    /// <summary>
    /// Hybrid mode: a word outside the hand lexicon that the learned lexicon often saw as a cue ("shows",
    /// "endorsed", "worries") goes through the same placement rules as a listed cue, as a relaxed candidate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ProposeLearned(int t, List<QuoteCandidate> earlier)
    {
        if (ctx.cueRates is { } cueRates && ctx.proposals is { } proposals)
        {
            ProposeLearnedAt(t, earlier, cueRates, proposals); // inlined test: rules mode makes no call
        }
    }

    private void ProposeLearnedAt(int t, List<QuoteCandidate> earlier, CueRates cueRates, RelaxedProposals proposals)
    {
        var word = ctx.a.TokenText(t);
        if (ctx.cues.TryGet(word, out _) || !cueRates.Proposes(word, out double rate)
            || (!char.IsLower(word[0]) && !ctx.TitleCase(ctx.SentenceOf(t))))
        {
            return;
        }

        // One pass with the speaker optional: the placements run as for a listed cue, and a lead with no speaker
        // before it takes the sentence subject, or none (a learned cue is never weak, so no determiner gate applies).
        if (verbCue.TryPlace(t, new CueWord(CueClass.Other, rate, Weak: false, Lemma: word.ToString()), earlier, speakerOptional: true) is { } candidate)
        {
            candidate.Learned = true;
            proposals.Propose(candidate);
        }
    }
}
