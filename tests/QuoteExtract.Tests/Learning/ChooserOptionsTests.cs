using FluentAssertions;
using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Learning;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Learning;

/// <summary>The options the learned choosers pick from: where content starts, who speaks.</summary>
public sealed class ChooserOptionsTests
{
    /// <summary>The candidates of <paramref name="text"/>; with <paramref name="hybrid"/>, as hybrid mode proposes them (relaxed proposals, speaker proposals).</summary>
    private static (TextAnalysis Analysis, List<QuoteCandidate> Candidates) Propose(string text, bool hybrid = false)
    {
        var analysis = TextAnalysis.Analyze(text);
        var quotations = Quotations.Detect(analysis, QuoteExtractorOptions.Default.MinimumDirectQuoteWords);
        return (analysis, new Attributor(analysis, quotations, QuoteExtractorOptions.Default, proposeRelaxed: hybrid).Run());
    }

    [Test]
    public void ContentStarts_RulesStartFirst_ThenCutsAfterEarlyWordsAndThat()
    {
        const string Text = "Mayor Ilse Varga warned residents on Friday that the harbour would close for repairs.";
        var (analysis, candidates) = Propose(Text);
        var quote = candidates.Should().ContainSingle().Subject;
        ContentStarts.Eligible(quote).Should().BeTrue();

        var options = ContentStarts.Options(analysis, quote);
        options[0].Start.Should().Be(quote.Hull.Start, "the rules' start comes first");
        options.Should().OnlyContain(o => o.Start >= quote.Hull.Start && o.Start < quote.Hull.End && o.Features.Length == ContentStarts.Count);
        var starts = options.Select(o => Text[o.Start..]).ToList();
        starts.Should().Contain(s => s.StartsWith("the harbour would close", StringComparison.Ordinal), "a cut after \"that\" is an option");
        options.Select(o => o.Start).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void ContentStarts_NeverCutIntoAQuotation()
    {
        const string Text = "The minister said the plan was “a gift to the builders and nothing else,” before leaving.";
        var (analysis, candidates) = Propose(Text);
        var quote = candidates.Should().ContainSingle().Subject;
        quote.Type.Should().Be(QuoteType.Mixed);
        int mark = Text.IndexOf('“', StringComparison.Ordinal);
        ContentStarts.Options(analysis, quote).Should().OnlyContain(o => o.Start <= mark);
    }

    [Test]
    public void ContentEnds_CutAShortObjectBeforeAPreposition()
    {
        const string Text = "Senator Ama Obi criticized the harbour board in a statement on Tuesday.";
        var (analysis, candidates) = Propose(Text);
        var quote = candidates.Should().ContainSingle().Subject;
        ContentEnds.Eligible(quote).Should().BeTrue();
        quote.Hull.GetText(Text).Should().StartWith("the harbour board in a statement");

        var ends = ContentEnds.Options(analysis, quote).Select(o => Text[quote.Hull.Start..o.End]).ToList();
        ends[0].Should().Be(quote.Hull.GetText(Text), "the rules' end comes first");
        ends.Should().Contain("the harbour board", "PolNeAR's content is often the object alone");
        ends.Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void ContentEnds_CutBeforeATrailingAdjunct_DeepInALongContent()
    {
        const string Text = "The mayor said the council should double its spending on the old harbour walls at once in a statement on Tuesday.";
        var (analysis, candidates) = Propose(Text);
        var quote = candidates.Should().ContainSingle().Subject;
        ContentEnds.Eligible(quote).Should().BeTrue();

        var options = ContentEnds.Options(analysis, quote);
        var ends = options.Select(o => Text[quote.Hull.Start..o.End]).ToList();
        ends.Should().Contain("the council should double its spending on the old harbour walls at once",
            "the report's occasion at the end is a cut the chooser may take, though it lies past the object window");
        int occasion = ContentEnds.Names.ToList().IndexOf("tail_occasion");
        options[ends.IndexOf("the council should double its spending on the old harbour walls at once")].Features[occasion].Should().Be(1, "\"statement\" names the occasion");
        options[0].Features[occasion].Should().Be(0, "the rules' end leaves nothing out");
    }

    [Test]
    public void ContentStarts_CutAfterAReportVerbInsideTheContent_NotAfterOtherCueWords()
    {
        const string Text = "The mayor announced a new plan from the harbour board that says the walls are failing fast.";
        var (analysis, candidates) = Propose(Text);
        var quote = candidates.First(c => c.Cue is { } cue && cue.GetText(Text) == "announced");
        var starts = ContentStarts.Options(analysis, quote).Select(o => Text[o.Start..]).ToList();
        starts.Should().Contain(s => s.StartsWith("the walls are failing", StringComparison.Ordinal), "\"says\" reports inside the content");

        const string Other = "The mayor announced a new plan from the harbour board showing the walls are failing fast.";
        (analysis, candidates) = Propose(Other);
        quote = candidates.First(c => c.Cue is { } cue && cue.GetText(Other) == "announced");
        ContentStarts.Options(analysis, quote).Select(o => Other[o.Start..]).Should()
            .NotContain(s => s.StartsWith("the walls are failing", StringComparison.Ordinal), "\"showing\" is evidence, not speech or writing");
    }

    [Test]
    public void ChosenContent_AStartPastTheChosenEnd_KeepsTheStartWithTheRulesEnd()
    {
        var rules = new TextSpan(10, 80);
        LearnedDecisions.ChosenContent(20, 60, rules).Should().Be(new TextSpan(20, 60));
        LearnedDecisions.ChosenContent(50, 30, rules).Should().Be(new TextSpan(50, 80), "the start was cut deeper than the end");
        LearnedDecisions.ChosenContent(40, 40, rules).Should().Be(new TextSpan(40, 80), "content is never empty");
    }

    [Test]
    public void ContentEnds_PastTheRulesEnd_StopBeforeAQuotation()
    {
        const string Text = "The mayor said the harbour would reopen in May, which the council called “long overdue” on Friday.";
        var (analysis, candidates) = Propose(Text);
        var quote = candidates.First(c => c.Cue is { } cue && cue.GetText(Text) == "said");
        ContentEnds.Eligible(quote).Should().BeTrue();
        int mark = Text.IndexOf('“', StringComparison.Ordinal);
        quote.Hull.End.Should().BeLessThan(mark, "the rules end the report before \", which\"");

        var options = ContentEnds.Options(analysis, quote);
        options[0].End.Should().Be(quote.Hull.End, "the rules' end comes first");
        options.Should().OnlyContain(o => o.End < mark, "an indirect report extended into a quotation would change its type");
        options.Should().Contain(o => o.End > quote.Hull.End, "the clause after the rules' end is an option");
    }

    [Test]
    public void SpeakerOptions_RulesSpeakerFirst_DistinctSpans_OtherSourcesMarked()
    {
        const string Text = "Deeply divided on the budget, council members voted down the plan, Councillor Ren Aoki said on Monday.";
        var (analysis, candidates) = Propose(Text, hybrid: true);
        int index = candidates.FindIndex(c => c.Cue is not null);
        index.Should().BeGreaterThanOrEqualTo(0);
        var options = SpeakerOptions.Options(analysis, candidates, index);

        options[0].Speaker.Should().Be(candidates[index].Speaker, "the rules' speaker comes first");
        options.Select(o => o.Speaker?.Span).Should().OnlyHaveUniqueItems();
        options.Should().OnlyContain(o => o.Features.Length == SpeakerOptions.Count);
        int sources = SpeakerOptions.Names.ToList().IndexOf("sources");
        options[0].Features[sources].Should().BeGreaterThanOrEqualTo(1);
        options.Select(o => o.Speaker?.Span.GetText(Text)).Should().Contain("Councillor Ren Aoki");
        candidates[index].SpeakerProposals.Should().NotBeEmpty("attribution proposes the other possible speakers; learning only reads them");
    }

    [Test]
    public void SpeakerProposals_RulesMode_NoneMade()
    {
        var (_, candidates) = Propose("Deeply divided on the budget, council members voted down the plan, Councillor Ren Aoki said on Monday.");

        candidates.Should().OnlyContain(c => c.SpeakerProposals.Count == 0);
    }

    [Test]
    public void CompactScorer_WithoutChooserModels_KeepsTheRulesOption()
    {
        var scorer = new CompactScorer(new ScorerModel { Kind = "linear", Features = CandidateFeatures.Names, Weights = new float[CandidateFeatures.Count] });
        scorer.ChoosesStarts.Should().BeFalse();
        scorer.ChoosesSpeakers.Should().BeFalse();
        scorer.ChooseStart([(0, new float[ContentStarts.Count]), (5, new float[ContentStarts.Count])]).Should().Be(0);
        scorer.ChooseSpeaker<int>([(0, new float[SpeakerOptions.Count]), (1, new float[SpeakerOptions.Count])]).Should().Be(0);
    }
}
