using System.Text;
using FluentAssertions;
using QuoteExtract.Learning;

namespace QuoteExtract.Tests.Learning;

/// <summary>Rules mode ignores any model; hybrid mode without a model is rules mode; hybrid confidence is a probability.</summary>
public sealed class HybridModeTests
{
    private static readonly QuoteExtractorOptions Hybrid = QuoteExtractorOptions.Default with { Mode = ExtractionMode.Hybrid };

    /// <summary>The sample articles shipped with the repository.</summary>
    private static List<string> Articles() =>
        [.. Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "samples", "articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    [Test]
    public void EmbeddedModel_Loads_WithTheCurrentFeatures()
    {
        ScorerResource.Default.Should().NotBeNull("Resources/quote-scorer.json ships in the assembly and lists CandidateFeatures.Names");
    }

    [Test]
    public void Load_MissingOrBrokenModel_ReturnsNull()
    {
        ScorerResource.Load(null).Should().BeNull();
        using var broken = new MemoryStream(Encoding.UTF8.GetBytes("{not json"));
        ScorerResource.Load(broken).Should().BeNull();
    }

    [Test]
    public void Load_StaleModel_ThrowsNamingTheFeature()
    {
        using var stale = new MemoryStream(Encoding.UTF8.GetBytes("""{"kind":"linear","features":["old"],"weights":[1],"bias":0}"""));
        FluentActions.Invoking(() => ScorerResource.Load(stale)).Should().Throw<InvalidDataException>().WithMessage("*'old'*");
    }

    [Test]
    public void Extract_HybridWithoutModel_EqualsRules()
    {
        var rules = new QuoteExtractor(QuoteExtractorOptions.Default with { Mode = ExtractionMode.Rules });
        var hybridWithoutModel = new QuoteExtractor(Hybrid, scorer: null);
        foreach (var text in Articles())
        {
            hybridWithoutModel.Extract(text).Quotes.Should().BeEquivalentTo(rules.Extract(text).Quotes, o => o.WithStrictOrdering());
        }
    }

    [TestCase(null)]
    [TestCase(0.0)]
    public void Extract_RecallPoint_KeepsEveryBalancedQuoteWithItsConfidence(double? recallThreshold)
    {
        // The shipped model, and the same with a recall threshold of 0, under which the recall point keeps every candidate.
        var json = EmbeddedModelJson();
        if (recallThreshold is { } t)
        {
            json["recall"]!["threshold"] = t;
        }

        var scorer = ScorerResource.Load(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())));
        var balanced = new QuoteExtractor(Hybrid, scorer);
        var recall = new QuoteExtractor(Hybrid with { OperatingPoint = OperatingPoint.Recall }, scorer);
        int added = 0;

        // The sample articles, and a text with a doubtful report ("opened the new pier" is an action, not speech).
        const string Doubtful = "Speaking to students at the harbour college this week, Mayor Ilse Varga opened the new pier.\n\n"
            + "The ferry group also views the council more favorably than the harbour board.";
        foreach (var text in Articles().Append(Doubtful))
        {
            static (TextSpan, QuoteType, TextSpan?, TextSpan?, double) Key(Quote q) => (q.Span, q.Type, q.Cue?.Span, q.Speaker?.Span, q.Confidence);
            var more = recall.Extract(text).Quotes.Select(Key).ToList();
            var fewer = balanced.Extract(text).Quotes.Select(Key).ToList();

            // The overlap decision may drop a balanced relaxed report for a likelier recall one; nothing else goes.
            var overlapped = fewer.Where(q => !more.Contains(q) && more.Any(m => m.Item1.Overlaps(q.Item1) && m.Item5 >= q.Item5)).ToList();
            more.Should().Contain(fewer.Except(overlapped));
            added += more.Count - fewer.Count + overlapped.Count;
        }

        if (recallThreshold == 0)
        {
            added.Should().BeGreaterThan(0, "at threshold 0 the recall model keeps every candidate the main model drops");
        }
    }

    private static System.Text.Json.Nodes.JsonObject EmbeddedModelJson()
    {
        using var stream = typeof(QuoteExtractor).Assembly.GetManifestResourceStream(ScorerResource.ResourceName)!;
        return System.Text.Json.Nodes.JsonNode.Parse(stream)!.AsObject();
    }

    [Test]
    public void Extract_RecallPointWithoutARecallModel_IsTheBalancedPoint()
    {
        var json = EmbeddedModelJson();
        json.Remove("recall");
        var withoutRecall = ScorerResource.Load(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())));
        withoutRecall.Should().NotBeNull();
        var recall = new QuoteExtractor(Hybrid with { OperatingPoint = OperatingPoint.Recall }, withoutRecall);
        var balanced = new QuoteExtractor(Hybrid, withoutRecall);
        foreach (var text in Articles())
        {
            recall.Extract(text).Quotes.Should().BeEquivalentTo(balanced.Extract(text).Quotes, o => o.WithStrictOrdering());
        }
    }

    [Test]
    public void Extract_RulesMode_UsesNoScorer()
    {
        new QuoteExtractor(QuoteExtractorOptions.Default with { Mode = ExtractionMode.Rules }, new ConstantScorer(0)).Scorer.Should().BeNull();
    }

    [Test]
    public void Extract_Hybrid_ConfidenceIsAProbability()
    {
        var extractor = new QuoteExtractor(Hybrid);
        extractor.Scorer.Should().NotBeNull();
        int quotes = 0;
        foreach (var text in Articles())
        {
            foreach (var quote in extractor.Extract(text).Quotes)
            {
                // Not necessarily above the threshold: the rescue model may keep a quote the main model doubts.
                quote.Confidence.Should().BeInRange(0, 1);
                quotes++;
            }
        }

        quotes.Should().BePositive();
    }

    [Test]
    public void Extract_HybridScorerRejectsAll_ReturnsNoQuotes()
    {
        var extractor = new QuoteExtractor(Hybrid, new ConstantScorer(0.1, threshold: 0.5));
        Articles().Should().AllSatisfy(text => extractor.Extract(text).Quotes.Should().BeEmpty());
    }

    [Test]
    public void Extract_HybridScorerKeepsAll_KeepsRuleQuotesWithItsConfidence()
    {
        var rules = new QuoteExtractor();
        var extractor = new QuoteExtractor(Hybrid, new ConstantScorer(0.75));
        foreach (var text in Articles())
        {
            // Hybrid mode adds relaxed candidates (cues without a speaker before them, say) beside the rule ones,
            // never over them; a kept extra quote may renumber the entities.
            var expected = rules.Extract(text).Quotes.Select(q => q with { Confidence = 0.75 }).ToList();
            var ruleSpans = expected.Select(q => q.Span).ToHashSet();
            extractor.Extract(text).Quotes.Where(q => ruleSpans.Contains(q.Span)).Should()
                .BeEquivalentTo(expected, o => o.WithStrictOrdering().Excluding(q => q.EntityId));
        }
    }

    [Test]
    public void Extract_HybridWithLearnedCues_ProposesWhatTheHandLexiconLacks()
    {
        const string Text = "Senator Ama Obi championed the harbour expansion on Tuesday.\n\nThe vote is next week.";
        var rates = new CueRates([KeyValuePair.Create("championed", (Cues: 40, Total: 60))], proposeAt: 0.1);

        new QuoteExtractor(Hybrid, new ConstantScorer(0.75)).Extract(Text).Quotes.Should().BeEmpty("\"championed\" is in no hand lexicon");
        new QuoteExtractor(QuoteExtractorOptions.Default, new ConstantScorer(0.75, cueRates: rates)).Extract(Text).Quotes
            .Should().BeEmpty("rules mode never uses the learned lexicon");

        var quote = new QuoteExtractor(Hybrid, new ConstantScorer(0.75, cueRates: rates)).Extract(Text).Quotes.Should().ContainSingle().Subject;
        quote.Cue!.Text.Should().Be("championed");
        quote.Cue.Class.Should().Be(CueClass.Other);
        quote.Speaker!.Text.Should().Be("Senator Ama Obi");
        quote.Text.Should().StartWith("the harbour expansion");
        quote.Type.Should().Be(QuoteType.Indirect);
    }

    [Test]
    public void Extract_HybridTitleCaseHeadline_ProposesItsCapitalizedLearnedCue()
    {
        // In a title-case headline the verb is capitalized too; elsewhere a capitalized word is a name, not a cue.
        var rates = new CueRates([KeyValuePair.Create("championed", (Cues: 40, Total: 60))], proposeAt: 0.1);
        var extractor = new QuoteExtractor(Hybrid, new ConstantScorer(0.75, cueRates: rates));

        var quote = extractor.Extract("Senator Ama Obi Championed The Harbour Expansion Plan\n\nThe vote is next week.").Quotes.Should().ContainSingle().Subject;
        quote.Cue!.Text.Should().Be("Championed");
        quote.Speaker!.Text.Should().Be("Senator Ama Obi");
        quote.Text.Should().Be("The Harbour Expansion Plan");

        extractor.Extract("Senator Ama Obi met the Championed Foundation in the harbour office on Tuesday.").Quotes.Should().BeEmpty();
    }

    [Test]
    public void Extract_HybridOneWordObject_IsProposedForTheScorer_RulesRefuseIt()
    {
        // "praised Varga": a one-word object is content as PolNeAR annotates it; the rules want two words at least.
        const string Text = "Senator Ama Obi praised Varga.\n\nThe vote is next week, and the council will meet on Friday.";
        var rates = new CueRates([KeyValuePair.Create("praised", (Cues: 40, Total: 60))], proposeAt: 0.1);
        new QuoteExtractor(QuoteExtractorOptions.Default).Extract(Text).Quotes.Should().BeEmpty();

        var quote = new QuoteExtractor(Hybrid, new ConstantScorer(0.75, cueRates: rates)).Extract(Text).Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("Varga");
        quote.Speaker!.Text.Should().Be("Senator Ama Obi");
        quote.Cue!.Text.Should().Be("praised");
    }

    [Test]
    public void Extract_HybridOneCapitalizedObject_IsTheObject_NotATrailingAdjunct()
    {
        // "…, X said Reuters." may end a trailing report, but after a cue that is not speaking or writing the one
        // capitalized word is the object: "In the ad, Obi praised Varga." reports "Varga", not "In the ad".
        const string Text = "In the new campaign advertisement, Senator Ama Obi praised Varga.\n\nThe vote is next week, and the council will meet on Friday.";
        var rates = new CueRates([KeyValuePair.Create("praised", (Cues: 40, Total: 60))], proposeAt: 0.1);

        var quote = new QuoteExtractor(Hybrid, new ConstantScorer(0.75, cueRates: rates)).Extract(Text).Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("Varga");
        quote.Speaker!.Text.Should().Be("Senator Ama Obi");
    }

    [Test]
    public void Extract_HybridPassiveWithAgent_SubjectIsContent_AgentSpeaks()
    {
        const string Text = "The harbour closure was first reported by the Coastal Herald on Friday, and the council will meet on Monday.";
        new QuoteExtractor(QuoteExtractorOptions.Default).Extract(Text).Quotes
            .Should().NotContain(q => q.Text == "The harbour closure", "the rules report no passive subject");

        var quotes = new QuoteExtractor(Hybrid, new ConstantScorer(0.75)).Extract(Text).Quotes;
        var passive = quotes.Should().ContainSingle(q => q.Text == "The harbour closure").Subject;
        passive.Speaker!.Text.Should().Be("the Coastal Herald");
        passive.Cue!.Text.Should().Be("was first reported by");
        passive.Type.Should().Be(QuoteType.Indirect);
    }

    [Test]
    public void Extract_HybridPassiveWithoutAgent_SubjectIsContent_NoSpeaker()
    {
        const string Text = "The new harbour plan was widely criticized.\n\nThe vote is next week, and the council will meet on Friday.";
        new QuoteExtractor(QuoteExtractorOptions.Default).Extract(Text).Quotes.Should().BeEmpty("the rules report no passive subject");

        var passive = new QuoteExtractor(Hybrid, new ConstantScorer(0.75)).Extract(Text).Quotes.Should().ContainSingle(q => q.Text == "The new harbour plan").Subject;
        passive.Speaker.Should().BeNull();
        passive.Cue!.Text.Should().Be("was widely criticized");
        passive.Type.Should().Be(QuoteType.Indirect);
    }

    [Test]
    public void Extract_LearnedCueBelowItsRate_ProposesNothing()
    {
        const string Text = "Senator Ama Obi championed the harbour expansion plan on Tuesday.";
        var rare = new CueRates([KeyValuePair.Create("championed", (Cues: 2, Total: 60))], proposeAt: 0.1);
        new QuoteExtractor(Hybrid, new ConstantScorer(0.75, cueRates: rare)).Extract(Text).Quotes.Should().BeEmpty();
    }

    [Test]
    public void Extract_HybridOnGerman_IsRulesMode()
    {
        const string German = "Die Bürgermeisterin der Stadt hat am Montag eine Rede gehalten. „Wir werden den Hafen bis zum Sommer wieder öffnen, "
            + "und das ist nicht verhandelbar“, sagte Ilse Varga vor dem Rathaus. Auch der Rat will mit den Arbeiten im Mai beginnen.";
        var rules = new QuoteExtractor().Extract(German).Quotes;
        rules.Should().NotBeEmpty();
        new QuoteExtractor(Hybrid, new ConstantScorer(0.1, threshold: 0.5)).Extract(German).Quotes
            .Should().BeEquivalentTo(rules, o => o.WithStrictOrdering(), "the learned models know English news only");
    }

    [Test]
    public void Extract_HybridCueWithoutSpeakerBeforeIt_ProposesItForTheScorer()
    {
        // No subject stands right before "questioning": the rules refuse the cue; hybrid mode proposes it anyway.
        const string Text = "Ferry fares rose again this week, with many in the harbour towns questioning whether the council can pay for the service.";
        var rates = new CueRates([KeyValuePair.Create("questioning", (Cues: 40, Total: 60))], proposeAt: 0.1);

        new QuoteExtractor(QuoteExtractorOptions.Default).Extract(Text).Quotes.Should().BeEmpty("no speaker stands before the cue");
        var quote = new QuoteExtractor(Hybrid, new ConstantScorer(0.75, cueRates: rates)).Extract(Text).Quotes.Should().ContainSingle().Subject;
        quote.Cue!.Text.Should().Be("questioning");
        quote.Text.Should().StartWith("whether the council can pay");
        quote.Type.Should().Be(QuoteType.Indirect);
    }

    private sealed class ConstantScorer(double probability, double threshold = 0, CueRates? cueRates = null) : ICandidateScorer
    {
        public double Threshold => threshold;

        public CueRates? CueRates => cueRates;

        public double Probability(ReadOnlySpan<float> features)
        {
            features.Length.Should().Be(CandidateFeatures.Count);
            return probability;
        }
    }

    [Test]
    public void Extract_Hybrid_AnOuterLearnedReportIsNotBlockedByARuleReportNestedInIt()
    {
        const string Text = "The tribunal then ruled that the harbour fees were lawful, but in the course of the hearing its judges could not resist "
            + "pointing out that the board had ignored two of its own rules.";

        new QuoteExtractor().Extract(Text).Quotes.Should().NotContain(q => q.Cue != null && q.Cue.Text == "ruled", "\"ruled\" is not a hand-lexicon cue");

        // Every candidate equally likely: of the overlapping pair the earlier (outer) one stays.
        var rates = new CueRates([KeyValuePair.Create("ruled", (Cues: 40, Total: 60))], proposeAt: 0.1);
        var hybrid = new QuoteExtractor(Hybrid, new ConstantScorer(0.75, cueRates: rates)).Extract(Text).Quotes;
        hybrid.Should().Contain(q => q.Cue != null && q.Cue.Text == "ruled" && q.Text.StartsWith("that the harbour fees were lawful", StringComparison.Ordinal),
            "the learned cue's report holds the rule report (\"pointing out that …\") and is proposed all the same");
        hybrid.Should().OnlyContain(q => hybrid.Count(o => o.Span.Overlaps(q.Span)) == 1, "of overlapping kept reports the likelier stays");
    }

    [Test]
    public void DropOverlapsWithRelaxed_KeepsTheLikelierOfAnOverlappingPair_WhenOneIsRelaxed()
    {
        static Attribution.QuoteCandidate Candidate(int start, int end, bool relaxed) =>
            new([new TextSpan(start, end)], QuoteType.Indirect) { Relaxed = relaxed };

        var kept = new List<Attribution.QuoteCandidate> { Candidate(0, 50, relaxed: true), Candidate(30, 60, relaxed: false), Candidate(70, 90, relaxed: false), Candidate(80, 95, relaxed: false) };
        var confidence = new List<double> { 0.4, 0.7, 0.5, 0.6 };
        var speakers = new Attribution.Mention?[kept.Count];

        LearnedDecisions.DropOverlapsWithRelaxed(kept, confidence, speakers);

        kept.Select(c => c.Hull.Start).Should().Equal([30, 70, 80], "the relaxed one loses to the likelier rule report; two rule reports are left to the rules");
        confidence.Should().Equal([0.7, 0.5, 0.6]);
    }
}
