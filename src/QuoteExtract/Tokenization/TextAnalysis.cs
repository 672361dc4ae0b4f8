using QuoteExtract.Lexicons;

namespace QuoteExtract.Tokenization;

/// <summary>A paragraph: a range of the text and of its tokens and sentences.</summary>
internal readonly record struct Paragraph(int Start, int End, int FirstToken, int EndToken, int FirstSentence, int EndSentence);

/// <summary>A sentence: a range of the text and of its tokens, and the paragraph it is in.</summary>
internal readonly record struct Sentence(int Start, int End, int FirstToken, int EndToken, int ParagraphIndex);

/// <summary>
/// A text cut into tokens, sentences and paragraphs, every piece an offset range into the text.
/// Paragraphs are separated by blank lines; in a text without any blank line, by single newlines.
/// Sentences never cross a paragraph boundary, and none is longer than <see cref="ProseLimits.MaxSentenceTokens"/>.
/// </summary>
internal sealed class TextAnalysis
{
    private static readonly Lexicon SentenceOpeners = Lexicon.FromResource("sentence-openers.txt", ignoreCase: false);

    /// <summary>The sentences that are pieces of one longer than <see cref="ProseLimits.MaxSentenceTokens"/>.</summary>
    private readonly HashSet<int> cutSentences;

    /// <summary>Counts of word tokens and of quote marks before each token, made on first use (<see cref="CountWords"/>, <see cref="HoldsQuoteMark"/>).</summary>
    private int[]? wordsBefore;
    private int[]? marksBefore;

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

    public ReadOnlySpan<char> TokenText(int index)
    {
        TokenReads++;
        return Tokens[index].Slice(Text);
    }

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

        marksBefore ??= CountBefore(Tokens, words: false);
        return marksBefore[to] > marksBefore[from];
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

        wordsBefore ??= CountBefore(Tokens, words: true);
        return wordsBefore[to] - wordsBefore[from];
    }

    /// <summary>Spans up to this many tokens are counted by reading them: cheaper than a table for the clauses of news.</summary>
    private const int ShortSpanTokens = 64;

    /// <summary>The tokens [from, to) of <paramref name="span"/>: from the first that ends after its start to the first that starts at or after its end.</summary>
    private (int From, int To) TokenRange(TextSpan span)
    {
        int from = TokenAtOrAfter(span.Start);

        // Gallop from the first token (spans are mostly short), then a binary search within the last step.
        int lo = from, hi = from, step = 1;
        while (hi < Tokens.Length && Tokens[hi].Start < span.End)
        {
            lo = hi + 1;
            hi += step;
            step *= 2;
        }

        hi = Math.Min(hi, Tokens.Length);
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return (from, lo);
    }

    /// <summary>For each token index (and one past the last), how many tokens before it are words (or numbers, addresses), or quote marks.</summary>
    private static int[] CountBefore(Token[] tokens, bool words)
    {
        var before = new int[tokens.Length + 1];
        for (int t = 0; t < tokens.Length; t++)
        {
            var kind = tokens[t].Kind;
            bool counted = words ? kind is TokenKind.Word or TokenKind.Number or TokenKind.Url or TokenKind.Email : kind == TokenKind.QuoteMark;
            before[t + 1] = before[t] + (counted ? 1 : 0);
        }

        return before;
    }

    /// <summary>The index of the first token that ends after <paramref name="position"/>.</summary>
    /// <remarks>
    /// Look-ups come in runs near one another (a cue, its speaker, its content), so the search starts from the answer
    /// before and gallops outward, a few steps instead of a binary search over every token of a long text.
    /// </remarks>
    public int TokenAtOrAfter(int position)
    {
        TokenReads++;
        var tokens = Tokens;
        int finger = Math.Min(lastTokenAtOrAfter, tokens.Length);
        int lo, hi;
        if (finger < tokens.Length && tokens[finger].End <= position)
        {
            // The answer lies after the finger: gallop right.
            lo = finger + 1;
            int step = 1;
            hi = lo;
            while (hi < tokens.Length && tokens[hi].End <= position)
            {
                lo = hi + 1;
                hi += step;
                step *= 2;
            }

            hi = Math.Min(hi, tokens.Length);
        }
        else
        {
            // The answer is the finger or before it: gallop left.
            hi = finger;
            int step = 1;
            lo = hi - 1;
            while (lo >= 0 && tokens[lo].End > position)
            {
                hi = lo;
                lo -= step;
                step *= 2;
            }

            lo = Math.Max(lo + 1, 0);
        }

        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        lastTokenAtOrAfter = lo;
        return lo;
    }

    /// <summary>The last answer of <see cref="TokenAtOrAfter"/>, where the next search starts.</summary>
    private int lastTokenAtOrAfter;

    public static TextAnalysis Analyze(string text)
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

        return new TextAnalysis(text, tokens, [.. sentences], [.. paragraphs], sentenceOfToken, cutSentences);
    }

    /// <summary>Paragraph ranges: blank lines separate paragraphs; without any blank line, newlines do.</summary>
    internal static List<(int Start, int End)> SplitParagraphs(string text)
    {
        var result = new List<(int, int)>();
        bool hasBlankLine = HasBlankLine(text);
        int start = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\n' || text[i] == '\r')
            {
                int lineEnd = i;
                int j = SkipNewline(text, i);
                bool isBreak = !hasBlankLine;
                if (hasBlankLine)
                {
                    // A break needs a following line that is empty or white space only.
                    int k = j;
                    while (k < text.Length && text[k] is ' ' or '\t' or '\u00a0')
                    {
                        k++;
                    }

                    isBreak = k >= text.Length || text[k] is '\n' or '\r';
                }

                if (isBreak)
                {
                    Add(result, text, start, lineEnd);
                    start = j;
                }

                i = j;
                continue;
            }

            if (text[i] is '\u2029')
            {
                Add(result, text, start, i);
                start = i + 1;
            }

            i++;
        }

        Add(result, text, start, text.Length);
        return result;

        static void Add(List<(int, int)> list, string text, int s, int e)
        {
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                list.Add((s, e));
            }
        }
    }

    private static int SkipNewline(string text, int i) =>
        text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;

    private static bool HasBlankLine(string text)
    {
        int i = text.IndexOfAny(['\n', '\r']);
        while (i >= 0 && i < text.Length)
        {
            int j = SkipNewline(text, i);
            int k = j;
            while (k < text.Length && text[k] is ' ' or '\t' or '\u00a0')
            {
                k++;
            }

            if (k < text.Length && text[k] is '\n' or '\r')
            {
                return true;
            }

            if (k >= text.Length)
            {
                return false;
            }

            int next = text.AsSpan(k).IndexOfAny('\n', '\r');
            i = next < 0 ? -1 : k + next;
        }

        return false;
    }

    private static void SplitSentences(string text, Token[] tokens, int first, int end, int paragraph, List<Sentence> sentences, HashSet<int> cutSentences)
    {
        int sentenceStart = first;
        if (DatelineEnd(text, tokens, first, end) is int dash and >= 0)
        {
            // "WASHINGTON (AP) — The senator said …": the dateline is a segment of its own, so the sentence (its
            // subject, a trailing report's content) starts after the dash.
            AddSentence(tokens, first, dash + 1, paragraph, sentences, cutSentences);
            sentenceStart = dash + 1;
        }

        for (int t = first; t < end; t++)
        {
            if (!IsSentenceEnd(text, tokens, t, end, out int lastToken))
            {
                continue;
            }

            AddSentence(tokens, sentenceStart, lastToken + 1, paragraph, sentences, cutSentences);
            sentenceStart = lastToken + 1;
            t = lastToken;
        }

        if (sentenceStart < end)
        {
            AddSentence(tokens, sentenceStart, end, paragraph, sentences, cutSentences);
        }
    }

    /// <summary>Adds the sentence of tokens [<paramref name="first"/>, <paramref name="end"/>), cut into pieces of <see cref="ProseLimits.MaxSentenceTokens"/> when longer.</summary>
    private static void AddSentence(Token[] tokens, int first, int end, int paragraph, List<Sentence> sentences, HashSet<int> cutSentences)
    {
        for (int from = first; from < end; from += ProseLimits.MaxSentenceTokens)
        {
            int to = Math.Min(end, from + ProseLimits.MaxSentenceTokens);
            if (end - first > ProseLimits.MaxSentenceTokens)
            {
                cutSentences.Add(sentences.Count);
            }

            sentences.Add(new Sentence(tokens[from].Start, tokens[to - 1].End, from, to, paragraph));
        }
    }

    /// <summary>
    /// The dash ending a wire-story dateline that opens a paragraph ("WASHINGTON (AP) —", "BEDFORD, N.H. (AP) —",
    /// "BRUSSELS -"): a place in capitals, an optional region after a comma and an optional agency in brackets; -1
    /// when the paragraph has none.
    /// </summary>
    private static int DatelineEnd(string text, Token[] tokens, int first, int end)
    {
        int t = first;
        int capitals = 0;
        while (t < end && t < first + 4 && tokens[t].Kind == TokenKind.Word && IsCapitalsWord(tokens[t].Slice(text)))
        {
            t++;
            capitals++;
        }

        if (capitals == 0)
        {
            return -1;
        }

        if (t + 1 < end && tokens[t].Slice(text) is ",")
        {
            // ", N.H." / ", Va." / ", Calif." / ", Florida": one or two capitalized words.
            int k = t + 1;
            while (k < end && k < t + 3 && tokens[k].Kind == TokenKind.Word && char.IsUpper(tokens[k].Slice(text)[0]))
            {
                k++;
            }

            t = k > t + 1 ? k : t;
        }

        if (t + 2 < end && tokens[t].Slice(text) is "(")
        {
            int k = t + 1;
            while (k < end && k < t + 4 && tokens[k].Kind == TokenKind.Word && char.IsUpper(tokens[k].Slice(text)[0]))
            {
                k++;
            }

            if (k == t + 1 || k >= end || tokens[k].Slice(text) is not ")")
            {
                return -1;
            }

            t = k + 1;
        }

        return t + 1 < end && (tokens[t].Kind == TokenKind.Dash || tokens[t].Slice(text) is "-" or "--") ? t : -1;
    }

    /// <summary>A word in capitals, two letters or more ("BRUSSELS", "ST.", "D.C."), as a dateline's place is written.</summary>
    private static bool IsCapitalsWord(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not ('.' or '\'' or '’' or '-'))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    private static bool IsSentenceEnd(string text, Token[] tokens, int t, int end, out int lastToken)
    {
        lastToken = t;
        var token = tokens[t];
        var s = token.Slice(text);
        bool abbreviation = false;
        if (token.Kind == TokenKind.Word && s.Length > 1 && s[^1] == '.')
        {
            // A word token that kept its period: an abbreviation or an initial.
            var bare = s[..^1];
            if (Abbreviations.NeverEndsSentence(bare) || (bare.Length == 1 && char.IsUpper(bare[0])))
            {
                return false;
            }

            abbreviation = true;
        }
        else if (!(token.Kind == TokenKind.Ellipsis || (token.Kind == TokenKind.Punctuation && s.Length == 1 && s[0] is '.' or '!' or '?')))
        {
            return false;
        }

        // Closing quote marks and brackets after the end mark belong to the sentence: ?” .") .’”
        int j = t + 1;
        while (j < end && IsCloser(text, tokens[j]))
        {
            j++;
        }

        lastToken = j - 1;
        if (j >= end)
        {
            return true;
        }

        var next = tokens[j];
        var nextText = next.Slice(text);
        if (next.Start == tokens[lastToken].End && next.Kind is TokenKind.Word or TokenKind.Number)
        {
            return false; // no space: 3.5, file.txt, "?!"
        }

        if (abbreviation)
        {
            return next.Kind == TokenKind.Word && SentenceOpeners.Contains(nextText);
        }

        char c = nextText[0];
        if (token.Kind == TokenKind.Ellipsis)
        {
            return char.IsUpper(c) && next.Kind == TokenKind.Word && SentenceOpeners.Contains(nextText);
        }

        return char.IsUpper(c) || char.IsDigit(c) || next.Kind is TokenKind.QuoteMark or TokenKind.Dash || c is '(' or '[' || (s[0] is '?' or '!' && next.Kind == TokenKind.Word && !char.IsLower(c));
    }

    /// <summary>A quote mark or bracket that closes: attached to the preceding text, followed by space or end.</summary>
    private static bool IsCloser(string text, Token token)
    {
        if (token.Length == 2 && token.Kind == TokenKind.QuoteMark)
        {
            return token.Start > 0 && !char.IsWhiteSpace(text[token.Start - 1]); // a closing ''
        }

        if (token.Length != 1)
        {
            return false;
        }

        char c = text[token.Start];
        if (c is ')' or ']')
        {
            return true;
        }

        if (token.Kind != TokenKind.QuoteMark || QuoteMarks.IsOpening(c))
        {
            return false;
        }

        bool attachedBefore = token.Start > 0 && !char.IsWhiteSpace(text[token.Start - 1]);
        bool spaceAfter = token.End >= text.Length || char.IsWhiteSpace(text[token.End]) || QuoteMarks.Any.Contains(text[token.End]) || text[token.End] is ')' or ']';
        return attachedBefore && spaceAfter;
    }
}
