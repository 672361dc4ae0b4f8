namespace QuoteExtract;

/// <summary>A person or organization that speaks in the text, resolved across its mentions.</summary>
/// <param name="Id">The entity's number within one result, referenced by <see cref="Quote.EntityId"/>.</param>
/// <param name="Name">The canonical name: the fullest name form found ("Anatoly Antonov").</param>
/// <param name="Kind">Person, organization or unknown.</param>
/// <param name="Titles">Titles and roles found with the name ("Russian Ambassador to the United States").</param>
/// <param name="Mentions">Every mention of the entity in the text, in order.</param>
public sealed record Entity(
    int Id,
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Titles,
    IReadOnlyList<TextSpan> Mentions);
