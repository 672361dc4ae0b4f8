using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteExtract.Training;

/// <summary>
/// Writes lists of numbers on one line inside an indented model file, so the file stays readable and a retrain's diff
/// shows which trees and lists changed, without a line per number. Write-only: the library reads the file with the
/// default converters.
/// </summary>
internal sealed class InlineNumberArrays<T> : JsonConverter<IReadOnlyList<T>>
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Training only writes models.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options) =>
        writer.WriteRawValue(JsonSerializer.Serialize(value.ToArray()), skipInputValidation: true);

    /// <summary>The same for arrays (the cue rates' counts).</summary>
    internal sealed class Arrays : JsonConverter<T[]>
    {
        public override T[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Training only writes models.");

        public override void Write(Utf8JsonWriter writer, T[] value, JsonSerializerOptions options) =>
            writer.WriteRawValue(JsonSerializer.Serialize(value), skipInputValidation: true);
    }
}
