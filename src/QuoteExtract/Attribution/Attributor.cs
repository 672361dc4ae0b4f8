using QuoteExtract.Attribution.Passes;
using QuoteExtract.Attribution.Placements;
using QuoteExtract.Detection;
using QuoteExtract.Learning;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Attribution;

/// <summary>
/// The rule half of the pipeline: finds cues, ties each to a speaker and a content span, and turns quoted
/// spans into direct quotes (content is the quotation), mixed quotes (a paraphrase holding a quoted fragment)
/// or indirect quotes (reported speech without marks). One instance serves one text.
/// </summary>
/// <remarks>
/// Placements follow the layouts of news reporting (JournalismAI quote styles; PolNeAR annotation
/// guidelines): "…," X said. / "…," said X. / X said (that) … / X said: "…" / according to X / "…" — X /
/// Name: … / a split quote "…," X said. "…" / a quote paragraph with no cue continues its neighbour's speaker.
/// Each layout is one class in <c>Placements/</c>; the passes that revise the candidates afterwards (only the
/// outermost attribution is kept, as PolNeAR annotates) are classes in <c>Passes/</c>, run in the order below.
/// </remarks>
internal sealed class Attributor
{
    private readonly AttributionContext ctx;
    private readonly PassiveAgentPlacement passiveAgent;
    private readonly PossessiveWordsPlacement possessiveWords;
    private readonly AccordingToPlacement accordingTo;
    private readonly VerbCuePlacement verbCue;
    private readonly HybridCueProposals hybridProposals;
    private readonly ColonLabelPlacement colonLabel;
    private readonly DashPlacement dash;
    private readonly SplitQuoteMergePass splitQuoteMerge;
    private readonly TranscriptSplitPass transcriptSplit;
    private readonly SpeakerInheritancePass speakerInheritance;
    private readonly RelaxedProposalPass relaxedProposals;
    private readonly SpeakerProposalPass speakerProposals;

    public Attributor(TextAnalysis analysis, Quotations quotations, QuoteExtractorOptions options, bool proposeRelaxed = false, CueRates? cueRates = null)
    {
        ctx = new AttributionContext(analysis, quotations, options, proposeRelaxed, cueRates);
        passiveAgent = new PassiveAgentPlacement(ctx);
        possessiveWords = new PossessiveWordsPlacement(ctx);
        accordingTo = new AccordingToPlacement(ctx);
        verbCue = new VerbCuePlacement(ctx);
        hybridProposals = new HybridCueProposals(ctx, verbCue);
        colonLabel = new ColonLabelPlacement(ctx);
        dash = new DashPlacement(ctx);
        splitQuoteMerge = new SplitQuoteMergePass(ctx);
        transcriptSplit = new TranscriptSplitPass(ctx);
        speakerInheritance = new SpeakerInheritancePass(ctx);
        relaxedProposals = new RelaxedProposalPass(ctx);
        speakerProposals = new SpeakerProposalPass(ctx);
    }

    public List<QuoteCandidate> Run()
    {
        try
        {
            return RunPasses();
        }
        finally
        {
            ctx.Release();
        }
    }

    private List<QuoteCandidate> RunPasses()
    {
        var claimedBy = new QuoteCandidate?[ctx.direct.Count];
        var candidates = ProposeByCue();
        candidates.AddRange(colonLabel.Candidates());
        candidates = KeepOutermostPass.Apply(candidates);

        // 2. Direct quotes claimed by a cue; a quote claimed twice keeps its first claim.
        candidates = ClaimPass.Apply(candidates, claimedBy, ctx);

        // 3. Split quotes: "…," X said. "…" — the next quote with no cue of its own is the second part.
        splitQuoteMerge.Apply(candidates, claimedBy);

        // 4. Direct quotes left: dash attribution, or the speaker of a neighbouring quote.
        AddUnclaimed(candidates, claimedBy);

        candidates.Sort((x, y) => x.Hull.Start.CompareTo(y.Hull.Start));
        transcriptSplit.Apply(candidates);
        speakerInheritance.Apply(candidates);
        relaxedProposals.Apply(candidates);
        AddCueRates(candidates);
        speakerProposals.Apply(candidates);
        return candidates;
    }

    /// <summary>1. Cue-driven: every cue outside a direct quote proposes a speaker and a content span.</summary>
    private List<QuoteCandidate> ProposeByCue()
    {
        var candidates = new List<QuoteCandidate>();
        var tokens = ctx.tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (ctx.directOfToken[t] >= 0 || tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            passiveAgent.Propose(t);
            int phraseLength = 0;
            var candidate = possessiveWords.TryPlace(t) ?? accordingTo.TryPlace(t, out phraseLength) ?? verbCue.TryPlace(t, candidates);
            if (candidate is null && phraseLength == 0)
            {
                hybridProposals.ProposeWithoutSpeaker(t, candidates);
                hybridProposals.ProposeLearned(t, candidates);
            }

            if (candidate is null)
            {
                t += Math.Max(0, phraseLength - 1);
                continue;
            }

            candidates.Add(candidate);
        }

        return candidates;
    }

    /// <summary>A direct quote no cue claimed: attributed by a dash after it, or left for <see cref="SpeakerInheritancePass"/>.</summary>
    private void AddUnclaimed(List<QuoteCandidate> candidates, QuoteCandidate?[] claimedBy)
    {
        for (int i = 0; i < ctx.direct.Count; i++)
        {
            if (claimedBy[i] is not null)
            {
                continue;
            }

            var q = ctx.direct[i];
            var candidate = new QuoteCandidate([new TextSpan(q.Start, q.End)], QuoteType.Direct) { Closed = q.Closed };
            if (!dash.TryPlace(q, candidate))
            {
                candidate.Placement = Placement.None;
            }

            claimedBy[i] = candidate;
            candidates.Add(candidate);
        }
    }

    /// <summary>Hybrid mode: each cue's counts and rates in the learned cue lexicon, read by the scorer's features.</summary>
    private void AddCueRates(List<QuoteCandidate> candidates)
    {
        if (ctx.cueRates is not { } cueRates)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Cue is { } cue && ctx.TokenAt(cue.Start) is var first && first < ctx.tokens.Length)
            {
                candidate.CueCounts = cueRates.CountsOf(ctx.a.TokenText(first));
                candidate.CueShortRate = cueRates.ShortObjectRate(ctx.a.TokenText(first));
                candidate.CueGapRate = cueRates.GapRate(ctx.a.TokenText(first));
            }
        }
    }
}
