namespace QuoteExtract.Attribution;

/// <summary>
/// Hybrid mode's relaxed proposals: candidates a placement rule refused (a cue without a speaker, a short object, a
/// passive without its agent) or a learned cue proposed. The placements that make them hand them here, and
/// <see cref="Passes.RelaxedProposalPass"/> offers them to the learned scorer once the rules are done, so no proposal
/// changes a rule's decision. Only made where a learned scorer will judge them (hybrid and neural mode, training).
/// </summary>
internal sealed class RelaxedProposals
{
    private readonly List<QuoteCandidate> candidates = [];

    /// <summary>The proposals, in the order they were made.</summary>
    public IReadOnlyList<QuoteCandidate> Candidates => candidates;

    /// <summary>Hands over one proposal.</summary>
    public void Propose(QuoteCandidate candidate) => candidates.Add(candidate);
}
