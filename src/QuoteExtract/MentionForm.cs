namespace QuoteExtract;

/// <summary>How a mention names its referent.</summary>
internal enum MentionForm : byte
{
    /// <summary>A proper name, possibly with a title: "Ambassador Anatoly Antonov".</summary>
    Name,

    /// <summary>he, she, they, we, I.</summary>
    Pronoun,

    /// <summary>A description: "the diplomat", "a senior official".</summary>
    Nominal,

    /// <summary>who, which: a relative pronoun standing for the noun before it.</summary>
    Relative,
}
