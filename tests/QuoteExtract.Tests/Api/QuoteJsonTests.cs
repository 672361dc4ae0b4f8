using System.Text.Json;
using FluentAssertions;

namespace QuoteExtract.Tests.Api;

/// <summary>
/// <see cref="QuoteJson"/> writes the documented contract and reads it back. (That its output is byte for byte the
/// output of <c>quotex extract --format jsonl</c> is checked in the CLI tests.)
/// </summary>
public sealed class QuoteJsonTests
{
    private const string Article = "“We will rebuild the pier before summer,” Mayor Ilse Varga said on Monday. She told reporters that the harbour would reopen in May.";

    [Test]
    public void Serialize_Article_WritesTheContractFieldsInOrderWithLowerCaseNames()
    {
        var json = QuoteJson.Serialize("harbour", new QuoteExtractor().Extract(Article));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("id", "quotes", "entities");
        var quote = root.GetProperty("quotes")[0];
        quote.EnumerateObject().Select(p => p.Name).Should().Equal("start", "end", "text", "type", "parts", "speaker", "entity", "cue", "confidence");
        quote.GetProperty("type").GetString().Should().Be("direct");
        quote.GetProperty("speaker").GetProperty("kind").GetString().Should().Be("person");
        quote.GetProperty("cue").GetProperty("class").GetString().Should().Be("speech");
        quote.GetProperty("parts")[0].GetArrayLength().Should().Be(2);
        root.GetProperty("entities")[0].EnumerateObject().Select(p => p.Name).Should().Equal("id", "name", "kind", "titles", "mentions");
        json.Should().Contain("“We will rebuild", "non-ASCII text is written as it is, not as \\u escapes");
        json.Should().NotContain("IsEmpty").And.NotContain("Length").And.NotContain("\n");
    }

    [Test]
    public void Serialize_QuoteWithoutSpeakerOrCue_WritesNulls()
    {
        var result = new ExtractionResult([new Quote(new TextSpan(0, 5), "abcde", QuoteType.Mixed, [new TextSpan(0, 5)], null, null, null, 0.12345)], []);

        QuoteJson.Serialize("x", result).Should().Be(
            """{"id":"x","quotes":[{"start":0,"end":5,"text":"abcde","type":"mixed","parts":[[0,5]],"speaker":null,"entity":null,"cue":null,"confidence":0.123}],"entities":[]}""");
    }

    [Test]
    public void Deserialize_SerializedResult_GivesItBack()
    {
        var result = new QuoteExtractor().Extract(Article);

        var (id, back) = QuoteJson.Deserialize(QuoteJson.Serialize("harbour", result));

        id.Should().Be("harbour");
        QuoteJson.Serialize(id, back).Should().Be(QuoteJson.Serialize("harbour", result));
        back.Quotes.Should().HaveCount(result.Quotes.Count);
        back.Quotes[0].Speaker.Should().Be(result.Quotes[0].Speaker);
        back.Quotes[0].Cue.Should().Be(result.Quotes[0].Cue);
        back.Quotes[0].Parts.Should().Equal(result.Quotes[0].Parts);
        back.Entities[0].Mentions.Should().Equal(result.Entities[0].Mentions);
        back.Quotes[0].Confidence.Should().Be(Math.Round(result.Quotes[0].Confidence, 3));
    }

    [Test]
    public void Deserialize_SeedArticleRecordWithWarnings_IgnoresTheExtraField()
    {
        var (id, result) = QuoteJson.Deserialize("""{"id":"a","quotes":[],"entities":[],"warnings":["invalid UTF-8 replaced"]}""");

        id.Should().Be("a");
        result.Quotes.Should().BeEmpty();
    }

    [TestCase("""{"id":"a","quotes":[{"start":0,"end":1,"text":"x","type":"shouted","parts":[[0,1]],"speaker":null,"entity":null,"cue":null,"confidence":1}],"entities":[]}""")]
    [TestCase("""{"id":"a","quotes":[{"start":0,"end":1,"text":"x","type":"direct","parts":[[0]],"speaker":null,"entity":null,"cue":null,"confidence":1}],"entities":[]}""")]
    [TestCase("""{"quotes":[],"entities":[]}""")]
    [TestCase("""null""")]
    [TestCase("""{"id":"a","quotes":[],""")]
    public void Deserialize_NotTheContract_ThrowsJsonException(string json)
    {
        var read = () => QuoteJson.Deserialize(json);

        read.Should().Throw<JsonException>();
    }
}
