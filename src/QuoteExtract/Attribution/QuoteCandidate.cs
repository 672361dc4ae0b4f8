namespace QuoteExtract.Attribution;

/// <summary>How a quote was tied to its cue; decides the base confidence.</summary>
internal enum Placement : byte
{
    /// <summary>"…," X said. / "…," said X. / …, according to X.</summary>
    Trailing,

    /// <summary>X said (that) … / X said: "…" / According to X, …</summary>
    Leading,

    /// <summary>Name: … (lead-in, transcript line, headline).</summary>
    Colon,

    /// <summary>"…" — X</summary>
    Dash,

    /// <summary>No cue of its own: continues the speaker of a quote nearby.</summary>
    Inherited,

    /// <summary>No cue and no speaker.</summary>
    None,
}

/// <summary>A quote while it is being built; turned into an immutable <see cref="Quote"/> at the end.</summary>
internal sealed class QuoteCandidate
{
    public QuoteCandidate(List<TextSpan> parts, QuoteType type)
    {
        Parts = parts;
        Type = type;
    }

    public List<TextSpan> Parts { get; }

    public QuoteType Type { get; set; }

    public TextSpan? Cue { get; set; }

    public CueClass CueClass { get; set; }

    public double CuePrior { get; set; } = 0.5;

    public Mention? Speaker { get; set; }

    public Placement Placement { get; set; } = Placement.None;

    public bool Closed { get; set; } = true;

    /// <summary>
    /// Proposed only for a learned scorer to judge: a rule gate (a weak cue without "that", a colon or a
    /// quotation) would have refused it. Never reported in rules mode.
    /// </summary>
    public bool Relaxed { get; set; }

    /// <summary>
    /// The cue word is not in the hand lexicon but in the learned one (<see cref="Learning.CueRates"/>), whose rate
    /// is <see cref="CuePrior"/>; proposed in hybrid mode only, and always <see cref="Relaxed"/>.
    /// </summary>
    public bool Learned { get; set; }

    /// <summary>
    /// In hybrid mode, the learned lexicon's counts for the first word of the cue: how many times it headed a cue and
    /// how many times it occurred in the training data (also for hand-lexicon cues: how reliable "said" is, or "plans").
    /// </summary>
    public (int Cues, int Total) CueCounts { get; set; }

    /// <summary>Hybrid mode: the learned share of the cue word's cues whose content was a short object (-1 unknown).</summary>
    public double CueShortRate { get; set; } = -1;

    /// <summary>The learned share of its cue word's cues whose content started words after it (<see cref="Learning.CueRates.GapRate"/>); -1 when unknown.</summary>
    public double CueGapRate { get; set; } = -1;

    /// <summary>
    /// Other mentions that could speak the quote, each with where it was found (<see cref="Passes.SpeakerProposalPass"/>);
    /// empty for a quote not tied to a cue by a leading or trailing placement.
    /// </summary>
    public IReadOnlyList<SpeakerProposal> SpeakerProposals { get; set; } = [];

    public TextSpan Hull => new(Parts[0].Start, Parts[^1].End);

    /// <summary>
    /// A copy with another speaker, first content part and type, as a later stage revises a quote (hybrid mode's
    /// choices); this candidate is left as it is.
    /// </summary>
    public QuoteCandidate Revised(Mention? speaker, TextSpan firstPart, QuoteType type) => new([firstPart, .. Parts.Skip(1)], type)
    {
        Cue = Cue,
        CueClass = CueClass,
        CuePrior = CuePrior,
        Speaker = speaker,
        Placement = Placement,
        Closed = Closed,
        Relaxed = Relaxed,
        Learned = Learned,
        CueCounts = CueCounts,
        CueShortRate = CueShortRate,
        CueGapRate = CueGapRate,
        SpeakerProposals = SpeakerProposals,
    };

    /// <summary>Ties the quote to a speaker through a cue found by a layout rule (colon, dash, inheritance).</summary>
    public void AttributeTo(Mention? speaker, TextSpan? cue, CueClass cueClass, double prior, Placement placement)
    {
        Speaker = speaker;
        Cue = cue;
        CueClass = cueClass;
        CuePrior = prior;
        Placement = placement;
    }
}
