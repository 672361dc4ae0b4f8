namespace QuoteExtract.Attribution;

/// <summary>Where a possible speaker of a quote was found (<see cref="SpeakerProposal"/>).</summary>
internal enum SpeakerSource : byte
{
    /// <summary>The speaker the placement rule chose.</summary>
    Rules,

    /// <summary>The noun phrase that ends right before the cue ("the mayor | said").</summary>
    LeftOfCue,

    /// <summary>The noun phrase that starts right after the cue ("said | the mayor").</summary>
    RightOfCue,

    /// <summary>The noun phrase that opens the cue's sentence, far from the cue ("Mr. Obama, who …, told").</summary>
    SentenceSubject,

    /// <summary>The noun phrase after the first comma of the sentence ("Deeply divided, | leaders found").</summary>
    SubjectAfterOpening,

    /// <summary>The speaker of the quote before (a quote continuing its neighbour's).</summary>
    PreviousQuote,
}

/// <summary>A mention that may speak a quote besides the one its placement rule chose, and where it was found; null when that search found none.</summary>
internal readonly record struct SpeakerProposal(Mention? Mention, SpeakerSource Source);
