using FluentAssertions;

namespace QuoteExtract.Tests.Specs;

/// <summary>The spec format itself: marks are stripped to exact offsets, and the comparison catches every kind of mismatch.</summary>
public sealed class SpecParserTests
{
    private static SpecExample Single(params string[] lines) => SpecParser.Parse("test.md", lines).Single();

    [Test]
    public void Parse_MarkedExample_StripsMarksToOffsets()
    {
        var example = Single("```example", "⟦“Go home,”⟧ ⟨Ana Pell⟩ ⟪said⟫.", "```");

        example.Error.Should().BeNull();
        example.Input.Should().Be("“Go home,” Ana Pell said.");
        example.Marks.Should().Equal(
            new MarkedSpan(MarkKind.Content, 1, new TextSpan(0, 10)),
            new MarkedSpan(MarkKind.Speaker, 1, new TextSpan(11, 19)),
            new MarkedSpan(MarkKind.Cue, 1, new TextSpan(20, 24)));
    }

    [Test]
    public void Parse_NumberedAndNestedMarks_KeepQuoteNumbersAndBothSpans()
    {
        var example = Single("```example", "⟨2|she⟩ ⟪2|⟪2|added⟫:⟫ ⟦2|“No.”⟧", "```");

        example.Input.Should().Be("she added: “No.”");
        example.Marks.Should().OnlyContain(m => m.Quote == 2);
        example.Marks.Where(m => m.Kind == MarkKind.Cue).Select(m => m.Span).Should().BeEquivalentTo(new[] { new TextSpan(4, 9), new TextSpan(4, 10) });
    }

    [Test]
    public void Parse_MetadataAndFrontMatter_AppliesDefaultsAndPerQuoteKeys()
    {
        var examples = SpecParser.Parse("test.md", [
            "---", "scope: direct-only", "---", "# Title", "```example", "a ⟦“b c d e”⟧", "```", "- type 2: mixed", "- pending: later", "- not: metadata", "",
            "```example", "plain", "```",
        ]);

        examples.Should().HaveCount(2);
        examples[0].Section.Should().Be("Title");
        examples[0].DirectOnly.Should().BeTrue();
        examples[0].Get("type", 2).Should().Be("mixed");
        examples[0].Get("type", 1).Should().BeNull();
        examples[0].Pending.Should().Be("later");
        examples[1].DirectOnly.Should().BeTrue();
        examples[1].Pending.Should().BeNull();
        examples[1].Marks.Should().BeEmpty();
    }

    [TestCase("⟦open only")]
    [TestCase("close only⟧")]
    [TestCase("⟦crossed ⟨marks⟧⟩")]
    [TestCase("empty ⟦⟧ mark")]
    public void Parse_MalformedMarks_SetsError(string line)
    {
        Single("```example", line, "```").Error.Should().NotBeNull();
    }

    [Test]
    public void Parse_UnclosedFence_SetsError()
    {
        Single("```example", "⟦“a b c d”⟧").Error.Should().Contain("not closed");
    }

    [Test]
    public void Compare_MatchingResult_HasNoProblem()
    {
        var example = Single("```example", "⟦“Go home,”⟧ ⟨Ana Pell⟩ ⟪said⟫.", "```");
        var result = Result(example.Input, Direct(example.Input, 0, 10, speaker: (11, 19), cue: (20, 24)));

        SpecTests.Compare(example, result).Should().BeEmpty();
    }

    [Test]
    public void Compare_Mismatches_AreEachReported()
    {
        var example = Single("```example", "⟦“Go home,”⟧ ⟨Ana Pell⟩ ⟪said⟫.", "```");
        var input = example.Input;

        SpecTests.Compare(example, Result(input)).Should().ContainSingle().Which.Should().Contain("not found");
        SpecTests.Compare(example, Result(input, Direct(input, 0, 9, (11, 19), (20, 24)))).Should().Contain(p => p.Contains("not found")).And.Contain(p => p.Contains("unexpected"));
        SpecTests.Compare(example, Result(input, Direct(input, 0, 10, (15, 19), (20, 24)))).Should().ContainSingle().Which.Should().Contain("speaker");
        SpecTests.Compare(example, Result(input, Direct(input, 0, 10, (11, 19), null))).Should().ContainSingle().Which.Should().Contain("cue");
        SpecTests.Compare(example, Result(input, Direct(input, 0, 10, (11, 19), (20, 24)) with { Type = QuoteType.Mixed })).Should().ContainSingle().Which.Should().Contain("type");
    }

    [Test]
    public void Compare_DirectOnlyScope_IgnoresIndirectButNotExtraDirect()
    {
        var example = Single("```example", "Ana said the pier was shut.", "```", "- scope: direct-only");
        var input = example.Input;
        var indirect = Direct(input, 9, 26, null, null) with { Type = QuoteType.Indirect };

        SpecTests.Compare(example, Result(input, indirect)).Should().BeEmpty();
        SpecTests.Compare(example, Result(input, indirect with { Type = QuoteType.Direct })).Should().ContainSingle();
    }

    [Test]
    public void Compare_SplitQuote_ChecksPartsAndEntity()
    {
        var example = Single("```example", "⟦“A b,”⟧ ⟨she⟩ said, ⟦“c d.”⟧", "```", "- entity: Ana Pell");
        var input = example.Input;
        var quote = Direct(input, 0, input.Length, (7, 10), null) with { Parts = [new TextSpan(0, 6), new TextSpan(17, 23)], EntityId = 1 };
        var entity = new Entity(1, "Ana Pell", EntityKind.Person, [], [new TextSpan(7, 10)]);

        SpecTests.Compare(example, new ExtractionResult([quote], [entity])).Should().BeEmpty();
        SpecTests.Compare(example, new ExtractionResult([quote with { Parts = [new TextSpan(0, 23)] }], [entity])).Should().ContainSingle().Which.Should().Contain("parts");
        SpecTests.Compare(example, new ExtractionResult([quote], [entity with { Name = "Pell" }])).Should().ContainSingle().Which.Should().Contain("entity");
    }

    [Test]
    public void Violations_BrokenResult_AreReported()
    {
        const string text = "“Go home,” Ana Pell said.";
        var good = Direct(text, 0, 10, (11, 19), (20, 24));

        InvariantTests.Violations(text, Result(text, good)).Should().BeEmpty();
        InvariantTests.Violations(text, Result(text, good with { Span = new TextSpan(0, 99) })).Should().NotBeEmpty();
        InvariantTests.Violations(text, Result(text, good with { Text = "x" })).Should().NotBeEmpty();
        InvariantTests.Violations(text, Result(text, good with { Confidence = 1.5 })).Should().NotBeEmpty();
        InvariantTests.Violations(text, Result(text, good with { Parts = [new TextSpan(5, 10), new TextSpan(0, 4)] })).Should().NotBeEmpty();
        InvariantTests.Violations(text, Result(text, good with { EntityId = 3 })).Should().NotBeEmpty();
        InvariantTests.Violations(text, Result(text, good with { Speaker = new Speaker(new TextSpan(11, 19), "Ana", EntityKind.Person) })).Should().NotBeEmpty();
        InvariantTests.Violations(text, Result(text, Direct(text, 11, 19, null, null) with { Type = QuoteType.Indirect }, good)).Should().NotBeEmpty("quotes must be ordered by start");
        InvariantTests.Violations(text, Result(text, Direct(text, 11, 19, null, null))).Should().NotBeEmpty("a direct quote opens with a quotation mark");
        InvariantTests.Violations(text, Result(text, good, Direct(text, 5, 12, null, null) with { Type = QuoteType.Indirect })).Should().BeEmpty();
        InvariantTests.Violations(text, Result(text, good, Direct(text, 0, 4, null, null))).Should().NotBeEmpty("direct quotes do not overlap");
        InvariantTests.Violations(text, Result(text, Direct(text, 0, 10, (5, 9), null))).Should().NotBeEmpty("the speaker is not inside the content");
        InvariantTests.Violations(text, Result(text, Direct(text, 0, 10, (11, 19), (15, 24)))).Should().NotBeEmpty("speaker and cue do not overlap");
    }

    private static ExtractionResult Result(string text, params Quote[] quotes)
    {
        _ = text;
        return new ExtractionResult(quotes, []);
    }

    private static Quote Direct(string text, int start, int end, (int Start, int End)? speaker, (int Start, int End)? cue)
    {
        var span = new TextSpan(start, Math.Min(end, text.Length));
        return new Quote(
            span,
            span.GetText(text),
            QuoteType.Direct,
            [span],
            cue is { } c ? new Cue(new TextSpan(c.Start, c.End), text[c.Start..c.End], CueClass.Speech) : null,
            speaker is { } s ? new Speaker(new TextSpan(s.Start, s.End), text[s.Start..s.End], EntityKind.Person) : null,
            null,
            0.9);
    }
}
