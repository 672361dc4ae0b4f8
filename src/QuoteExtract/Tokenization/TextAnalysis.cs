using QuoteExtract.Lexicons;

namespace QuoteExtract.Tokenization;

/// <summary>
/// A text cut into tokens, sentences and paragraphs, every piece an offset range into the text.
/// Paragraphs are separated by blank lines; in a text without any blank line, by single newlines.
/// Sentences never cross a paragraph boundary, and none is longer than <see cref="ProseLimits.MaxSentenceTokens"/>.
/// </summary>
internal sealed partial class TextAnalysis
{
    /// <summary>The sentences that are pieces of one longer than <see cref="ProseLimits.MaxSentenceTokens"/>.</summary>
    private readonly HashSet<int> cutSentences;

    /// <summary>Counts of word tokens and of quote marks before each token, made on first use (<see cref="CountWords"/>, <see cref="HoldsQuoteMark"/>).</summary>
    private KindCheckpoints? wordsBefore;
    private KindCheckpoints? marksBefore;
    private TokenCounts? counts;

    private TextAnalysis(string text, Token[] tokens, Sentence[] sentences, Paragraph[] paragraphs, int[] sentenceOfToken, HashSet<int> cutSentences)
    {
        this.cutSentences = cutSentences;
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Paragraphs = paragraphs;
        SentenceOfToken = sentenceOfToken;
    }

    public string Text { get; }

    /// <summary>The lexicon set of the text's language, chosen once when the text is analysed.</summary>
    /// <remarks>Set by <see cref="Analyze"/> right after construction (detection reads the analysis's tokens), never after.</remarks>
    public LanguageLexicons Lexicons { get; private set; } = null!;

    /// <summary>Whether sentence <paramref name="index"/> is a piece of a sentence longer than <see cref="ProseLimits.MaxSentenceTokens"/>: not prose.</summary>
    public bool IsCut(int index) => cutSentences.Count > 0 && cutSentences.Contains(index);

    public Token[] Tokens { get; }

    public Sentence[] Sentences { get; }

    public Paragraph[] Paragraphs { get; }

    /// <summary>For each token, the index of its sentence.</summary>
    public int[] SentenceOfToken { get; }

    /// <summary>
    /// How many times the stages read a token's text or looked a position up: a measure of the work done on this text
    /// that does not depend on the machine, for tests that check the work grows linearly with the input.
    /// </summary>
    public long TokenReads { get; private set; }

    private (int Words, int English, int German, int French)? functionWordCounts;

    /// <summary>
    /// The number of words sampled from the text's start (<see cref="LanguageDetector.SampleWords"/> at most) and how many
    /// of them are English, German and French function words: counted once, on first use, for the language choice and
    /// for hybrid mode's language test alike.
    /// </summary>
    public (int Words, int English, int German, int French) FunctionWordCounts => functionWordCounts ??= LanguageDetector.Count(this);

    /// <summary><see cref="FunctionWordCounts"/> if they have been counted already, else null.</summary>
    internal (int Words, int English, int German, int French)? KnownFunctionWordCounts => functionWordCounts;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> TokenText(int index)
    {
        TokenReads++;
        return Tokens[index].Slice(Text);
    }

    /// <summary>Counts of commas, question marks, quote marks and quoted tokens over long runs of tokens, made on first use.</summary>
    internal TokenCounts Counts => counts ??= new TokenCounts(this);

    /// <summary>
    /// Over the tokens <paramref name="first"/> to <paramref name="last"/> (inclusive): the tokens inside quote marks
    /// opened within them, the quote marks, the commas, and whether a question mark is among them.
    /// </summary>
    /// <remarks>A run of up to <see cref="ShortSpanTokens"/> tokens is read; a longer one is answered from counts made once per text.</remarks>
    internal (int Quoted, int Marks, int Commas, bool Question) CountPunctuation(int first, int last) =>
        last - first + 1 <= ShortSpanTokens ? TokenCounts.Read(this, first, last) : Counts.Of(first, last);

    /// <summary>Whether a quotation mark token lies inside <paramref name="span"/>.</summary>
    /// <remarks>A span of up to <see cref="ShortSpanTokens"/> tokens is read; a longer one is answered from counts made once per text.</remarks>
    public bool HoldsQuoteMark(TextSpan span)
    {
        var (from, to) = TokenRange(span);
        if (to - from <= ShortSpanTokens)
        {
            for (int t = from; t < to; t++)
            {
                if (Tokens[t].Kind == TokenKind.QuoteMark)
                {
                    return true;
                }
            }

            return false;
        }

        marksBefore ??= new KindCheckpoints(Tokens, words: false);
        return marksBefore.Before(to) > marksBefore.Before(from);
    }

    /// <summary>The words (and numbers, addresses) among the tokens inside <paramref name="span"/>.</summary>
    /// <remarks>A span of up to <see cref="ShortSpanTokens"/> tokens is read; a longer one is answered from counts made once per text.</remarks>
    public int CountWords(TextSpan span)
    {
        var (from, to) = TokenRange(span);
        if (to - from <= ShortSpanTokens)
        {
            int count = 0;
            for (int t = from; t < to; t++)
            {
                count += Tokens[t].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Url or TokenKind.Email ? 1 : 0;
            }

            return count;
        }

        wordsBefore ??= new KindCheckpoints(Tokens, words: true);
        return wordsBefore.Before(to) - wordsBefore.Before(from);
    }

    /// <summary>Spans up to this many tokens are counted by reading them: cheaper than a table for the clauses of news.</summary>
    private const int ShortSpanTokens = 64;

    /// <summary>The tokens [from, to) of <paramref name="span"/>: from the first that ends after its start to the first that starts at or after its end.</summary>
    internal (int From, int To) TokenRange(TextSpan span)
    {
        int from = TokenAtOrAfter(span.Start);
        return (from, Math.Max(from, Positions.FirstStartingAtOrAfter(span.End)));
    }

    /// <summary>
    /// How many tokens before a token are words (or numbers, addresses), or quote marks: kept at every 16th token and
    /// read on from there, so the table takes a sixteenth of the memory of a count per token (a 50 MB text has about
    /// ten million tokens) and a look-up reads at most 15 tokens.
    /// </summary>
    private sealed class KindCheckpoints
    {
        private const int Shift = 4;

        private readonly Token[] tokens;
        private readonly bool words;
        private readonly int[] checkpoints;

        public KindCheckpoints(Token[] tokens, bool words)
        {
            this.tokens = tokens;
            this.words = words;
            checkpoints = new int[(tokens.Length >> Shift) + 1];
            int count = 0;
            for (int t = 0; t < tokens.Length; t++)
            {
                if ((t & ((1 << Shift) - 1)) == 0)
                {
                    checkpoints[t >> Shift] = count;
                }

                count += Counted(tokens[t]) ? 1 : 0;
            }

            if ((tokens.Length & ((1 << Shift) - 1)) == 0)
            {
                checkpoints[tokens.Length >> Shift] = count;
            }
        }

        /// <summary>How many of the tokens before token <paramref name="t"/> (0 to the token count) are counted.</summary>
        public int Before(int t)
        {
            int count = checkpoints[t >> Shift];
            for (int i = t & ~((1 << Shift) - 1); i < t; i++)
            {
                count += Counted(tokens[i]) ? 1 : 0;
            }

            return count;
        }

        private bool Counted(in Token token) => words
            ? token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Url or TokenKind.Email
            : token.Kind == TokenKind.QuoteMark;
    }

    /// <summary>The index of the paragraph of the token at (or first after) <paramref name="position"/>.</summary>
    public int ParagraphAt(int position) => Sentences[SentenceOfToken[Math.Min(TokenAtOrAfter(position), Tokens.Length - 1)]].ParagraphIndex;

    /// <summary>The index of the first token that ends after <paramref name="position"/>.</summary>
    public int TokenAtOrAfter(int position)
    {
        TokenReads++;
        return Positions.FirstEndingAfter(position);
    }

    /// <summary>Token look-up by character position, made on first use.</summary>
    private PositionIndex Positions => positions ??= new PositionIndex(Tokens, Text.Length);

    private PositionIndex? positions;

    /// <summary>Cuts <paramref name="text"/> into tokens, sentences and paragraphs, and chooses its lexicon set.</summary>
    /// <param name="text">The document.</param>
    /// <param name="language">
    /// The language of the text, or <see cref="TextLanguage.Auto"/> to detect it from the tokens; English by default, the
    /// language of the English rules and of the learned models' training.
    /// </param>
    public static TextAnalysis Analyze(string text, TextLanguage language = TextLanguage.English)
    {
        var tokens = Tokenizer.Tokenize(text);
        var paragraphRanges = SplitParagraphs(text);
        var sentences = new List<Sentence>(paragraphRanges.Count * 3);
        var cutSentences = new HashSet<int>();
        var paragraphs = new List<Paragraph>(paragraphRanges.Count);
        var sentenceOfToken = new int[tokens.Length];
        int tokenIndex = 0;
        foreach (var (pStart, pEnd) in paragraphRanges)
        {
            while (tokenIndex < tokens.Length && tokens[tokenIndex].End <= pStart)
            {
                tokenIndex++;
            }

            int first = tokenIndex;
            while (tokenIndex < tokens.Length && tokens[tokenIndex].Start < pEnd)
            {
                tokenIndex++;
            }

            if (tokenIndex == first)
            {
                continue;
            }

            int firstSentence = sentences.Count;
            SplitSentences(text, tokens, first, tokenIndex, paragraphs.Count, sentences, cutSentences);
            for (int s = firstSentence; s < sentences.Count; s++)
            {
                for (int t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
                {
                    sentenceOfToken[t] = s;
                }
            }

            paragraphs.Add(new Paragraph(tokens[first].Start, tokens[tokenIndex - 1].End, first, tokenIndex, firstSentence, sentences.Count));
        }

        var analysis = new TextAnalysis(text, tokens, [.. sentences], [.. paragraphs], sentenceOfToken, cutSentences);
        analysis.Lexicons = LanguageDetector.Choose(language, analysis);
        return analysis;
    }
}
