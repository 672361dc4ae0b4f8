namespace QuoteExtract;

/// <summary>What sort of thing a speaker or entity is.</summary>
public enum EntityKind
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A person.</summary>
    Person,

    /// <summary>An organization, institution, government or publication.</summary>
    Organization,
}
