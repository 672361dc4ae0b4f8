using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using QuoteExtract.Learning;

namespace QuoteExtract.Tests.Learning;

/// <summary>
/// Feature vectors are written by name against one schema per model part, and the shipped model lists the same names
/// for each part: a renamed, added, dropped or reordered feature fails here and at load, never silently.
/// </summary>
public sealed class FeatureSchemaTests
{
    [TestCase(null)]
    [TestCase("rescue")]
    [TestCase("recall")]
    [TestCase("contentEnd")]
    [TestCase("contentStart")]
    [TestCase("speaker")]
    public void ShippedModel_PartFeatures_EqualTheCodesSchema(string? part)
    {
        var schema = part switch
        {
            "contentEnd" => ContentEnds.Schema,
            "contentStart" => ContentStarts.Schema,
            "speaker" => SpeakerOptions.Schema,
            _ => CandidateFeatures.Schema,
        };
        var model = ShippedModel();
        var node = part is null ? model : model[part]!.AsObject();

        node["features"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal(schema.Names);
    }

    [TestCase("contentEnd", "mark_comma")]
    [TestCase("contentStart", "last_that")]
    [TestCase("speaker", "from_left")]
    [TestCase("recall", "closed")]
    [TestCase(null, "relaxed")]
    public void Load_PartWithARenamedFeature_ThrowsNamingPartAndFeature(string? part, string feature)
    {
        var model = ShippedModel();
        var features = (part is null ? model : model[part]!.AsObject())["features"]!.AsArray();
        int at = features.Select(n => n!.GetValue<string>()).ToList().IndexOf(feature);
        at.Should().BeGreaterThanOrEqualTo(0);
        features[at] = feature + "_renamed";

        FluentActions.Invoking(() => ScorerResource.Load(Stream(model))).Should().Throw<InvalidDataException>()
            .WithMessage($"*'{part ?? "candidate"}'*'{feature}_renamed'*column {at}*'{feature}'*");
    }

    [Test]
    public void Load_PartWithTwoFeaturesSwapped_Throws()
    {
        var model = ShippedModel();
        var features = model["speaker"]!["features"]!.AsArray();
        var (first, second) = (features[0]!.GetValue<string>(), features[1]!.GetValue<string>());
        (features[0], features[1]) = (second, first);

        FluentActions.Invoking(() => ScorerResource.Load(Stream(model))).Should().Throw<InvalidDataException>().WithMessage("*'speaker'*column 0*");
    }

    [Test]
    public void Load_PartWithAFeatureMissing_Throws()
    {
        var model = ShippedModel();
        var features = model["contentStart"]!["features"]!.AsArray();
        features.RemoveAt(features.Count - 1);

        FluentActions.Invoking(() => ScorerResource.Load(Stream(model))).Should().Throw<InvalidDataException>().WithMessage("*'contentStart'*features*");
    }

    [Test]
    public void Writer_UnknownName_Throws()
    {
        var values = CandidateFeatures.Schema.NewVector();

        FluentActions.Invoking(() => CandidateFeatures.Schema.Writer(values)["no_such_feature"] = 1).Should().Throw<ArgumentException>().WithMessage("*no_such_feature*");
    }

    [Test]
    public void Writer_VectorOfAnotherLength_Throws()
    {
        var values = new float[ContentEnds.Schema.Count + 1];

        FluentActions.Invoking(() => ContentEnds.Schema.Writer(values)).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Writer_ByName_LandsInThatNamesColumn()
    {
        var values = SpeakerOptions.Schema.NewVector();
        var writer = SpeakerOptions.Schema.Writer(values);
        writer["options"] = 3;
        writer.Flag("is_null", true);

        values[SpeakerOptions.Names.ToList().IndexOf("options")].Should().Be(3);
        values[SpeakerOptions.Names.ToList().IndexOf("is_null")].Should().Be(1);
        values.Sum().Should().Be(4);
    }

    [Test]
    public void Schema_NameDeclaredTwice_Throws()
    {
        FluentActions.Invoking(() => new FeatureSchema("test", ["a", "b", "a"])).Should().Throw<ArgumentException>().WithMessage("*'a'*twice*");
    }

    private static JsonObject ShippedModel()
    {
        using var stream = typeof(ScorerResource).Assembly.GetManifestResourceStream(ScorerResource.ResourceName)!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static MemoryStream Stream(JsonObject model) => new(Encoding.UTF8.GetBytes(model.ToJsonString()));
}
