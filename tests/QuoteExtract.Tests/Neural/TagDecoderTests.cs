using FluentAssertions;
using QuoteExtract.Neural;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Neural;

/// <summary>Decoding the tagger's probabilities: BIO-valid label sequences, spans and their grouping into quotes.</summary>
public sealed class TagDecoderTests
{
    [Test]
    public void Viterbi_AnyProbabilities_NeverContinuesASpanThatWasNotBegun()
    {
        var random = new Random(7);
        for (int trial = 0; trial < 500; trial++)
        {
            int count = random.Next(1, 40);
            var probabilities = new float[count * TagSet.Count];
            for (int i = 0; i < probabilities.Length; i++)
            {
                probabilities[i] = (float)random.NextDouble();
            }

            var labels = TagDecoder.Viterbi(probabilities, count);

            TagSet.Allowed(TagSet.Outside, labels[0]).Should().BeTrue("a document cannot open inside a span");
            for (int t = 1; t < count; t++)
            {
                TagSet.Allowed(labels[t - 1], labels[t]).Should().BeTrue("label {0} may not follow {1} (trial {2})", labels[t], labels[t - 1], trial);
            }
        }
    }

    [Test]
    public void Viterbi_WhenTheLikeliestLabelsAreValid_KeepsThem()
    {
        int[] wanted = [TagSet.BeginSource, TagSet.BeginCue, TagSet.BeginContent, TagSet.InsideContent, TagSet.InsideContent, TagSet.Outside];
        var probabilities = Confident(wanted);

        TagDecoder.Viterbi(probabilities, wanted.Length).Should().Equal(wanted);
    }

    [Test]
    public void Viterbi_AnInsideLabelAfterOutside_BecomesTheLikeliestValidSequence()
    {
        // The argmax sequence O, I-content, I-content is invalid; beginning the span is the best valid one.
        var probabilities = Confident([TagSet.Outside, TagSet.InsideContent, TagSet.InsideContent]);
        probabilities[(1 * TagSet.Count) + TagSet.BeginContent] = 0.3f;

        TagDecoder.Viterbi(probabilities, 3).Should().Equal(TagSet.Outside, TagSet.BeginContent, TagSet.InsideContent);
    }

    [Test]
    public void Decode_SplitQuote_JoinsTheTwoContentSpansAroundTheirCue()
    {
        const string text = "“We will rebuild,” Varga said, “and we will do it soon.”";
        var analysis = TextAnalysis.Analyze(text);
        var labels = LabelsFor(analysis, ("“We will rebuild,”", TagSet.BeginContent), ("Varga", TagSet.BeginSource), ("said", TagSet.BeginCue),
            ("“and we will do it soon.”", TagSet.BeginContent));

        var (quotes, confidence) = TagDecoder.Decode(analysis, Confident(labels));

        quotes.Should().ContainSingle();
        quotes[0].Parts.Select(p => p.GetText(text)).Should().Equal("“We will rebuild,”", "“and we will do it soon.”");
        quotes[0].Speaker!.Value.Span.GetText(text).Should().Be("Varga");
        quotes[0].Cue!.Value.GetText(text).Should().Be("said");
        quotes[0].Type.Should().Be(QuoteType.Direct);
        confidence[0].Should().BeInRange(0.9, 1.0);
    }

    [Test]
    public void Decode_SplitQuoteWhoseCueIsNearerTheSecondPart_IsStillOneQuote()
    {
        // The cue is one token from the second part and three from the first, so pairing alone gives it to the second.
        const string text = "“The budget is balanced,” Mayor Anna Varga said. “We kept every promise.”";
        var analysis = TextAnalysis.Analyze(text);
        var labels = LabelsFor(analysis, ("“The budget is balanced,”", TagSet.BeginContent), ("Mayor Anna Varga", TagSet.BeginSource),
            ("said", TagSet.BeginCue), ("“We kept every promise.”", TagSet.BeginContent));

        var (quotes, _) = TagDecoder.Decode(analysis, Confident(labels));

        var quote = quotes.Should().ContainSingle().Subject;
        quote.Parts.Select(p => p.GetText(text)).Should().Equal("“The budget is balanced,”", "“We kept every promise.”");
        quote.Cue!.Value.GetText(text).Should().Be("said");
        quote.Speaker!.Value.Span.GetText(text).Should().Be("Mayor Anna Varga");
    }

    [Test]
    public void Decode_QuotedPartsWithAClauseBetween_AreOneQuote_UnquotedPartsAreNot()
    {
        const string quotedText = "“It is over,” she said of the vote, in which her party had lost every seat in the north. “For now.”";
        const string plainText = "It is over, she said of the vote, in which her party had lost every seat in the north. Voters stayed home.";
        foreach (var (text, first, second, parts) in new[] { (quotedText, "“It is over", "“For now.”", 2), (plainText, "It is over", "Voters stayed home", 1) })
        {
            var analysis = TextAnalysis.Analyze(text);
            var labels = LabelsFor(analysis, (first, TagSet.BeginContent), ("she", TagSet.BeginSource),
                ("said", TagSet.BeginCue), (second, TagSet.BeginContent));

            var (quotes, _) = TagDecoder.Decode(analysis, Confident(labels));

            quotes[0].Parts.Should().HaveCount(parts, "in “{0}”", text);
            quotes[0].Cue!.Value.GetText(text).Should().Be("said");
        }
    }

    [Test]
    public void Decode_AQuotationThenWordsOutsideQuotationMarks_AreTwoQuotes_UnquotedThenQuotedAreOne()
    {
        // "“…,” the mayor said, adding that …": the words after the cue are a report of their own, not a second part.
        const string asideText = "“We will rebuild the harbour,” the mayor said, adding that the port would reopen in May.";
        const string introText = "The port, the mayor said, “will reopen in May.”";
        foreach (var (text, first, second, count) in new[]
        {
            (asideText, "“We will rebuild the harbour,”", "the port would reopen in May", 2),
            (introText, "The port", "“will reopen in May.”", 1),
        })
        {
            var analysis = TextAnalysis.Analyze(text);
            var labels = LabelsFor(analysis, (first, TagSet.BeginContent), ("the mayor", TagSet.BeginSource),
                ("said", TagSet.BeginCue), (second, TagSet.BeginContent));

            var (quotes, _) = TagDecoder.Decode(analysis, Confident(labels));

            quotes.Should().HaveCount(count, "in “{0}”", text);
            quotes[0].Parts[0].GetText(text).Should().Be(first);
            quotes[0].Cue!.Value.GetText(text).Should().Be("said");
        }
    }

    [Test]
    public void Decode_TwoReportsInAParagraph_EachTakesItsNearestCueAndThatCuesSource()
    {
        const string text = "The mayor said the harbour would reopen. Later the council warned that costs would rise.";
        var analysis = TextAnalysis.Analyze(text);
        var labels = LabelsFor(analysis, ("The mayor", TagSet.BeginSource), ("said", TagSet.BeginCue), ("the harbour would reopen", TagSet.BeginContent),
            ("the council", TagSet.BeginSource), ("warned", TagSet.BeginCue), ("that costs would rise", TagSet.BeginContent));

        var (quotes, _) = TagDecoder.Decode(analysis, Confident(labels));

        quotes.Select(q => (q.Hull.GetText(text), q.Speaker!.Value.Span.GetText(text), q.Cue!.Value.GetText(text), q.Type)).Should().Equal(
            ("the harbour would reopen", "The mayor", "said", QuoteType.Indirect),
            ("that costs would rise", "the council", "warned", QuoteType.Indirect));
    }

    [Test]
    public void Decode_ContentWithNoCueInItsParagraph_HasNoSpeaker()
    {
        const string text = "Costs would rise sharply.\n\nThe mayor said nothing.";
        var analysis = TextAnalysis.Analyze(text);
        var labels = LabelsFor(analysis, ("Costs would rise sharply", TagSet.BeginContent), ("The mayor", TagSet.BeginSource), ("said", TagSet.BeginCue));

        var (quotes, _) = TagDecoder.Decode(analysis, Confident(labels));

        quotes.Should().ContainSingle().Which.Speaker.Should().BeNull();
    }

    [Test]
    public void Decode_SplitQuoteWhoseFirstPartIsAQuestion_IsOneQuote_UnlessAPartIsUnquoted()
    {
        const string quotedText = "“Who pays for the bridge?” asked Councillor Ines Moreau. “Not the families on this street.”";
        const string plainText = "Who pays for the bridge? asked Councillor Ines Moreau. Not the families on this street.";
        foreach (var (text, first, second, parts) in new[]
        {
            (quotedText, "“Who pays for the bridge?”", "“Not the families on this street.”", 2),
            (plainText, "Who pays for the bridge?", "Not the families on this street", 1),
        })
        {
            var analysis = TextAnalysis.Analyze(text);
            var labels = LabelsFor(analysis, (first, TagSet.BeginContent), ("asked", TagSet.BeginCue),
                ("Councillor Ines Moreau", TagSet.BeginSource), (second, TagSet.BeginContent));

            var (quotes, _) = TagDecoder.Decode(analysis, Confident(labels));

            quotes[0].Parts.Should().HaveCount(parts, "in “{0}”", text);
        }
    }

    [Test]
    public void Decode_AClauseTaggedAsAReportBetweenQuotedParts_IsPartOfTheSplitQuote()
    {
        const string text = "“We lost the vote,” Varga said, referring to the budget. “We will not lose the next one.”";
        var analysis = TextAnalysis.Analyze(text);
        var labels = LabelsFor(analysis, ("“We lost the vote,”", TagSet.BeginContent), ("Varga", TagSet.BeginSource), ("said", TagSet.BeginCue),
            ("referring", TagSet.BeginCue), ("to the budget", TagSet.BeginContent), ("“We will not lose the next one.”", TagSet.BeginContent));

        var (quotes, _) = TagDecoder.Decode(analysis, Confident(labels));

        var quote = quotes.Should().ContainSingle("the clause lies inside the split quote's hull").Subject;
        quote.Parts.Select(p => p.GetText(text)).Should().Equal("“We lost the vote,”", "“We will not lose the next one.”");
        quote.Cue!.Value.GetText(text).Should().Be("said");
        quote.Speaker!.Value.Span.GetText(text).Should().Be("Varga");
    }

    [Test]
    public void Decode_QuoteClosingWithAFullStop_TakesNoCueFromTheNextSentence()
    {
        const string text = "“Rates will fall.” Officials agreed.";
        var analysis = TextAnalysis.Analyze(text);
        var labels = LabelsFor(analysis, ("“Rates will fall.”", TagSet.BeginContent), ("Officials", TagSet.BeginSource), ("agreed", TagSet.BeginCue));

        var (quotes, _) = TagDecoder.Decode(analysis, Confident(labels));

        quotes.Should().ContainSingle().Which.Cue.Should().BeNull("a quotation closed by a full stop is not the report of a cue in the next sentence");
    }

    [Test]
    public void Decode_AQuotationGoingOnAfterAnAttributedOne_HasTheSameSpeaker_AnUnquotedSentenceDoesNot()
    {
        const string text = "Varga said: “The plant stays open.” “Jobs come first.” Orders fell.";
        var analysis = TextAnalysis.Analyze(text);
        var labels = LabelsFor(analysis, ("Varga", TagSet.BeginSource), ("said", TagSet.BeginCue), ("“The plant stays open.”", TagSet.BeginContent),
            ("“Jobs come first.”", TagSet.BeginContent), ("Orders fell", TagSet.BeginContent));

        var (quotes, _) = TagDecoder.Decode(analysis, Confident(labels));

        quotes.Select(q => (q.Hull.GetText(text), q.Speaker?.Span.GetText(text), q.Cue?.GetText(text))).Should().Equal(
            ("“The plant stays open.”", "Varga", "said"),
            ("“Jobs come first.”", "Varga", null),
            ("Orders fell", null, null));
    }

    /// <summary>Probabilities that put 0.96 on the given label of each token and spread the rest.</summary>
    private static float[] Confident(int[] labels)
    {
        var probabilities = new float[labels.Length * TagSet.Count];
        for (int t = 0; t < labels.Length; t++)
        {
            for (int k = 0; k < TagSet.Count; k++)
            {
                probabilities[(t * TagSet.Count) + k] = k == labels[t] ? 0.96f : 0.04f / (TagSet.Count - 1);
            }
        }

        return probabilities;
    }

    /// <summary>Labels the tokens of each phrase (found in order) as a span beginning with <c>begin</c>; the rest is outside.</summary>
    private static int[] LabelsFor(TextAnalysis analysis, params (string Phrase, int Begin)[] spans)
    {
        var labels = new int[analysis.Tokens.Length];
        int from = 0;
        foreach (var (phrase, begin) in spans)
        {
            int start = analysis.Text.IndexOf(phrase, from, StringComparison.Ordinal);
            start.Should().BeGreaterThanOrEqualTo(0, "the phrase {0} is in the text", phrase);
            int end = start + phrase.Length;
            bool first = true;
            for (int t = analysis.TokenAtOrAfter(start); t < analysis.Tokens.Length && analysis.Tokens[t].Start < end; t++)
            {
                labels[t] = first ? begin : begin + 1;
                first = false;
            }

            from = end;
        }

        return labels;
    }
}
