using System.Reflection;
using System.Text.Json;

namespace QuoteExtract.Learning;

/// <summary>
/// The scorer shipped in the assembly (<c>Resources/quote-scorer.json</c>), loaded once on first use. Null when
/// the resource is missing, unreadable, of a later schema version or was trained with other features than
/// <see cref="CandidateFeatures.Names"/>:
/// hybrid mode then falls back to the rules, so the library never depends on the model being present.
/// </summary>
internal static class ScorerResource
{
    public const string ResourceName = "QuoteExtract.Resources.quote-scorer.json";

    private static readonly Lazy<ICandidateScorer?> Embedded = new(() => Load(Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)));

    public static ICandidateScorer? Default => Embedded.Value;

    /// <summary>Reads a model from JSON; null when the stream is null, the JSON is bad or the features differ.</summary>
    public static ICandidateScorer? Load(Stream? stream)
    {
        if (stream is null)
        {
            return null;
        }

        using (stream)
        {
            try
            {
                var model = JsonSerializer.Deserialize(stream, ScorerModelJsonContext.Default.ScorerModel);
                return model is not null && (model.SchemaVersion ?? 1) <= ScorerModel.CurrentSchemaVersion && model.Features.SequenceEqual(CandidateFeatures.Names)
                    ? new CompactScorer(model)
                    : null;
            }
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                return null;
            }
        }
    }
}
