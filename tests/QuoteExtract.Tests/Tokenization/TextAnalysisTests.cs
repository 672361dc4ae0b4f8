using FluentAssertions;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Tests.Tokenization;

/// <summary>Sentence and paragraph splitting of <see cref="TextAnalysis"/>.</summary>
public sealed class TextAnalysisTests
{
    private static string[] Sentences(string text)
    {
        var analysis = TextAnalysis.Analyze(text);
        return [.. analysis.Sentences.Select(s => text[s.Start..s.End])];
    }

    [TestCase("He left. She stayed.", new[] { "He left.", "She stayed." })]
    [TestCase("Did he? Yes! Fine.", new[] { "Did he?", "Yes!", "Fine." })]
    [TestCase("Mr. Lind arrived. He sat down.", new[] { "Mr. Lind arrived.", "He sat down." })]
    [TestCase("It began on Sept. 12 in the port. Nobody forgot.", new[] { "It began on Sept. 12 in the port.", "Nobody forgot." })]
    [TestCase("Gov. Kern and Dr. Hale spoke. Then they left.", new[] { "Gov. Kern and Dr. Hale spoke.", "Then they left." })]
    [TestCase("J. R. Smith spoke first. Others followed.", new[] { "J. R. Smith spoke first.", "Others followed." })]
    [TestCase("He joined the U.S. Navy in 1990. He left in 2001.", new[] { "He joined the U.S. Navy in 1990.", "He left in 2001." })]
    [TestCase("The firm moved to the U.S. The office closed.", new[] { "The firm moved to the U.S.", "The office closed." })]
    [TestCase("“Where did the money go?” The room fell silent.", new[] { "“Where did the money go?”", "The room fell silent." })]
    [TestCase("“Where did the money go?” she asked. Nobody answered.", new[] { "“Where did the money go?” she asked.", "Nobody answered." })]
    [TestCase("“We are done.” The meeting ended.", new[] { "“We are done.”", "The meeting ended." })]
    [TestCase("\"We are done.\" The meeting ended.", new[] { "\"We are done.\"", "The meeting ended." })]
    [TestCase("He said “enough.” Then he left.", new[] { "He said “enough.”", "Then he left." })]
    [TestCase("It grew 3.5 percent. Prices fell.", new[] { "It grew 3.5 percent.", "Prices fell." })]
    [TestCase("We waited... Then the ferry came.", new[] { "We waited...", "Then the ferry came." })]
    [TestCase("no final period", new[] { "no final period" })]
    [TestCase("He left at 5 p.m. Then the rain came.", new[] { "He left at 5 p.m.", "Then the rain came." })]
    [TestCase("She works in Washington, D.C. She likes it.", new[] { "She works in Washington, D.C.", "She likes it." })]
    [TestCase("“Is it over?” asked Dr. Hale. Nobody knew.", new[] { "“Is it over?” asked Dr. Hale.", "Nobody knew." })]
    [TestCase("He said: “No!” Then silence.", new[] { "He said: “No!”", "Then silence." })]
    [TestCase("He paused… and then spoke.", new[] { "He paused… and then spoke." })]
    [TestCase("Visit www.example.com. Then call.", new[] { "Visit www.example.com.", "Then call." })]
    [TestCase("Write to press@example.org. Thanks.", new[] { "Write to press@example.org.", "Thanks." })]
    [TestCase("The vote was 5-4. Critics were furious.", new[] { "The vote was 5-4.", "Critics were furious." })]
    [TestCase("(He left.) She stayed.", new[] { "(He left.)", "She stayed." })]
    [TestCase("It was cold. 2024 was colder.", new[] { "It was cold.", "2024 was colder." })]
    [TestCase("KESSEL (Coastal Press) — The ferry stopped.", new[] { "KESSEL (Coastal Press) —", "The ferry stopped." })]
    [TestCase("ESTHOLM, N.V. (CP) — The ferry stopped.", new[] { "ESTHOLM, N.V. (CP) —", "The ferry stopped." })]
    [TestCase("PORT MAREN - The ferry stopped.", new[] { "PORT MAREN -", "The ferry stopped." })]
    [TestCase("NATO and the EU - a long story.", new[] { "NATO and the EU - a long story." })]
    [TestCase("The ferry (KESSEL) — stopped.", new[] { "The ferry (KESSEL) — stopped." })]
    public void Analyze_Text_SplitsSentences(string text, string[] expected)
    {
        Sentences(text).Should().Equal(expected);
    }

    [TestCase("First.\n\nSecond.", new[] { "First.", "Second." })]
    [TestCase("One line.\nSame paragraph.\n\nNew one.", new[] { "One line.\nSame paragraph.", "New one." })]
    [TestCase("A.\nB.\nC.", new[] { "A.", "B.", "C." })]
    [TestCase("A.\r\n\r\nB.", new[] { "A.", "B." })]
    [TestCase("A.\r\nB.", new[] { "A.", "B." })]
    [TestCase("  A.  \n \t \n  B.  ", new[] { "A.", "B." })]
    [TestCase("A.\n\n\n\nB.", new[] { "A.", "B." })]
    [TestCase("\n\nA.\n\n", new[] { "A." })]
    [TestCase("A.\u2029B.", new[] { "A.", "B." })]
    public void SplitParagraphs_Text_SplitsOnBlankLinesElseNewlines(string text, string[] expected)
    {
        TextAnalysis.SplitParagraphs(text).Select(p => text[p.Start..p.End]).Should().Equal(expected);
    }

    [TestCase("")]
    [TestCase(" \n\n \r\n")]
    public void Analyze_EmptyOrWhiteSpace_HasNoSentenceOrParagraph(string text)
    {
        var analysis = TextAnalysis.Analyze(text);

        analysis.Sentences.Should().BeEmpty();
        analysis.Paragraphs.Should().BeEmpty();
    }

    [Test]
    public void Analyze_TwoParagraphs_SentencesNeverCrossParagraphs()
    {
        const string text = "He said the pier was unsafe and\n\nthe council closed it. Later it reopened.";
        var analysis = TextAnalysis.Analyze(text);

        analysis.Paragraphs.Should().HaveCount(2);
        foreach (var sentence in analysis.Sentences)
        {
            var paragraph = analysis.Paragraphs[sentence.ParagraphIndex];
            sentence.Start.Should().BeGreaterThanOrEqualTo(paragraph.Start);
            sentence.End.Should().BeLessThanOrEqualTo(paragraph.End);
        }

        analysis.Sentences.Select(s => text[s.Start..s.End]).Should().Equal("He said the pier was unsafe and", "the council closed it.", "Later it reopened.");
    }

    [Test]
    public void Analyze_AnyText_EveryTokenHasItsSentence()
    {
        const string text = "“Why?” asked Mr. Lind. The U.S. Navy said no.\n\nDr. Hale left… Then rain.";
        var analysis = TextAnalysis.Analyze(text);

        for (int t = 0; t < analysis.Tokens.Length; t++)
        {
            var sentence = analysis.Sentences[analysis.SentenceOfToken[t]];
            t.Should().BeInRange(sentence.FirstToken, sentence.EndToken - 1);
        }
    }
}
