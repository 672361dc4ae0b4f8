using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution.Passes;

/// <summary>
/// Pass: beside the speaker its placement rule chose, each quote tied to a cue by a leading or trailing placement gets
/// the other mentions that could speak it: the noun phrases left and right of the cue, the sentence's subject, and
/// the subject after an opening phrase. Read by hybrid mode's speaker choice, so made only where relaxed candidates are
/// proposed (hybrid and neural mode, training); the rules' speaker is left as it is.
/// </summary>
internal sealed class SpeakerProposalPass(AttributionContext ctx)
{
    /// <summary>How many tokens into the sentence a comma may close an opening phrase.</summary>
    private const int OpeningWithin = 12;

    internal void Apply(List<QuoteCandidate> candidates)
    {
        if (ctx.proposals is null)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Cue is { } cue && candidate.Placement is Placement.Leading or Placement.Trailing)
            {
                candidate.SpeakerProposals = Proposals(cue);
            }
        }
    }

    private SpeakerProposal[] Proposals(TextSpan cue)
    {
        var a = ctx.a;
        int cueFirst = a.TokenAtOrAfter(cue.Start);
        int cueEnd = a.TokenAtOrAfter(cue.End);
        var sentence = a.Sentences[a.SentenceOfToken[Math.Min(cueFirst, a.Tokens.Length - 1)]];
        int lower = sentence.FirstToken;

        var found = new List<SpeakerProposal>(4);
        int beforeCue = SpeakerFinder.SkipModifiersLeft(a, cueFirst - 1, lower, out bool passive);
        found.Add(new(SpeakerFinder.FindEndingAt(a, beforeCue, lower, passive, out _), SpeakerSource.LeftOfCue));
        found.Add(new(SpeakerFinder.FindStartingAt(a, cueEnd, sentence.EndToken, out _), SpeakerSource.RightOfCue));
        int opening = lower;
        while (opening < cueFirst && a.Tokens[opening].Kind == TokenKind.QuoteMark)
        {
            opening++;
        }

        found.Add(new(SpeakerFinder.FindStartingAt(a, opening, cueFirst, out _), SpeakerSource.SentenceSubject));
        for (int t = opening; t < cueFirst && t < opening + OpeningWithin; t++)
        {
            if (a.TokenText(t) is ",")
            {
                found.Add(new(SpeakerFinder.FindStartingAt(a, t + 1, cueFirst, out _), SpeakerSource.SubjectAfterOpening));
                break;
            }
        }

        return [.. found];
    }
}
