using System.Runtime.CompilerServices;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Placements;

/// <summary>Hybrid mode: a passive cue with its agent ("… was first reported by The Post"), or none, as a relaxed candidate.</summary>
internal sealed class PassiveAgentPlacement(AttributionContext ctx)
{
    /// <summary>
    /// Hybrid mode: a passive cue with its agent ("The nominee has been endorsed by dozens of papers", "The issue was
    /// first reported by The Post"): the subject is the content, the agent after "by" the speaker, and the cue runs
    /// from the auxiliary to "by", as PolNeAR annotates. A relaxed candidate for the scorer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Propose(int t)
    {
        if (ctx.proposals is { } proposals)
        {
            ProposeAt(t, proposals); // hybrid mode only; inlined, so rules mode makes no call
        }
    }

    private void ProposeAt(int t, RelaxedProposals proposals)
    {
        if (t + 1 >= ctx.tokens.Length)
        {
            return;
        }

        // Without an agent ("His oversight of the bailout was much derided.") the subject is still the content, with
        // no speaker; only where the participle ends the clause.
        bool agentless = ctx.a.TokenText(t + 1) is not "by";
        if (agentless && !(ctx.tokens[t + 1].Kind == TokenKind.Punctuation && ctx.a.TokenText(t + 1) is "." or "," or ";"))
        {
            return;
        }

        if (!agentless && t + 2 >= ctx.tokens.Length)
        {
            return;
        }

        var word = ctx.a.TokenText(t);
        if (!word.EndsWith("ed", StringComparison.Ordinal) || !char.IsLower(word[0]))
        {
            return;
        }

        bool listed = ctx.cues.TryGet(word, out var cueWord);
        double rate = 0;
        if (!listed && (ctx.cueRates is null || !ctx.cueRates.Proposes(word, out rate)))
        {
            return;
        }

        var sentence = ctx.SentenceOf(t);
        int lower = ctx.LowerBound(t, sentence);
        int beforeModifiers = SpeakerFinder.SkipModifiersLeft(ctx.a, t - 1, lower, out bool passive);
        if (!passive || beforeModifiers < lower)
        {
            return;
        }

        var subject = SpeakerFinder.FindEndingAt(ctx.a, beforeModifiers, lower, passive: false, out _);
        var agent = agentless ? null : SpeakerFinder.FindStartingAt(ctx.a, t + 2, sentence.EndToken, out _);
        if (subject is not { Form: MentionForm.Name or MentionForm.Nominal } content || (agent is null && !agentless))
        {
            return;
        }

        var cue = new TextSpan(ctx.tokens[beforeModifiers + 1].Start, ctx.tokens[agentless ? t : t + 1].End);
        var candidate = ctx.Build(content.Span, cue, listed ? cueWord.Class : CueClass.Other, listed ? cueWord.Prior : rate, agent, Placement.Trailing);
        candidate.Learned = !listed;
        proposals.Propose(candidate);
    }
}
