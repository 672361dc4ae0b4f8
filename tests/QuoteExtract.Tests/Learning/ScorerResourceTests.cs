using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using QuoteExtract.Learning;

namespace QuoteExtract.Tests.Learning;

/// <summary>The shipped model file: its schema version and training commit, and what a later version does.</summary>
public sealed class ScorerResourceTests
{
    [Test]
    public void ShippedModel_NamesItsSchemaVersionAndTrainingCommit()
    {
        var model = ShippedModel();

        model["schemaVersion"]!.GetValue<int>().Should().Be(ScorerModel.CurrentSchemaVersion);
        model["trainingCommit"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f]{7,40}$");
    }

    [Test]
    public void Load_ShippedModelAsWritten_Loads_LaterSchemaVersion_DoesNot()
    {
        var model = ShippedModel();
        var later = ShippedModel();
        later["schemaVersion"] = ScorerModel.CurrentSchemaVersion + 1;

        ScorerResource.Load(Stream(model)).Should().NotBeNull();
        ScorerResource.Load(Stream(later)).Should().BeNull("a library does not guess at a layout it does not know");
    }

    private static JsonObject ShippedModel()
    {
        using var stream = typeof(ScorerResource).Assembly.GetManifestResourceStream(ScorerResource.ResourceName)!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static MemoryStream Stream(JsonObject model) => new(Encoding.UTF8.GetBytes(model.ToJsonString()));
}
