namespace QuoteExtract;

/// <summary>What kind of reporting a cue signals.</summary>
public enum CueClass
{
    /// <summary>Spoken words: said, told, added, asked, according to.</summary>
    Speech,

    /// <summary>Written words: wrote, tweeted, posted, reported.</summary>
    Writing,

    /// <summary>Beliefs, knowledge and intentions: believes, thinks, wants, expects.</summary>
    Thought,

    /// <summary>Everything else that attributes content: shows, found, suggests, called for.</summary>
    Other,
}
