using System.Reflection;
using System.Text.Json;

namespace QuoteExtract.Learning;

/// <summary>
/// The scorer shipped in the assembly (<c>Resources/quote-scorer.json</c>), loaded once on first use. Null when
/// the resource is missing, unreadable or of a later schema version: hybrid mode then falls back to the rules, so
/// the library never depends on the model being present. A model whose parts were trained with other features than
/// the code computes (<see cref="FeatureSchema"/>) is refused with an error, never fed misaligned vectors.
/// </summary>
internal static class ScorerResource
{
    public const string ResourceName = "QuoteExtract.Resources.quote-scorer.json";

    private static readonly Lazy<ICandidateScorer?> Embedded = new(() => Load(Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)));

    public static ICandidateScorer? Default => Embedded.Value;

    /// <summary>Reads a model from JSON; null when the stream is null, the JSON is bad or the schema version is later than this library's.</summary>
    /// <exception cref="InvalidDataException">A part of the model lists other features than the code computes for it.</exception>
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
                if (model is null || (model.SchemaVersion ?? 1) > ScorerModel.CurrentSchemaVersion)
                {
                    return null;
                }

                CheckFeatures(model);
                return new CompactScorer(model);
            }
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                return null;
            }
        }
    }

    /// <summary>Checks every part of <paramref name="model"/> against the features the code computes for it, once, at load.</summary>
    /// <exception cref="InvalidDataException">A part lists other features, or the same in another order.</exception>
    internal static void CheckFeatures(ScorerModel model)
    {
        CandidateFeatures.Schema.Check(model.Features);
        Check(model.Rescue, CandidateFeatures.Schema, "rescue");
        Check(model.Recall, CandidateFeatures.Schema, "recall");
        Check(model.ContentEnd, ContentEnds.Schema);
        Check(model.ContentStart, ContentStarts.Schema);
        Check(model.Speaker, SpeakerOptions.Schema);

        static void Check(ScorerModel? part, FeatureSchema schema, string? name = null)
        {
            if (part is not null)
            {
                schema.Check(part.Features, name);
            }
        }
    }
}
