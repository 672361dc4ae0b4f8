using System.Runtime.CompilerServices;
using QuoteExtract.Lexicons;

namespace QuoteExtract.Tokenization;

/// <summary>How <see cref="Analyze"/> cuts a text into paragraphs and sentences: blank lines, sentence ends, datelines, pieces of over-long sentences.</summary>
internal sealed partial class TextAnalysis
{
    private static readonly Lexicon SentenceOpeners = Lexicon.FromResource("sentence-openers.txt", ignoreCase: false);

    /// <summary>German month names: after a day number and its period ("am 3. August") the period marks an ordinal.</summary>
    private static readonly Lexicon OrdinalMonths = Lexicon.FromResource("months.txt", ignoreCase: false, language: "de");

    /// <summary>Paragraph ranges: blank lines separate paragraphs; without any blank line, newlines do.</summary>
    internal static List<(int Start, int End)> SplitParagraphs(string text)
    {
        var result = new List<(int, int)>();
        bool hasBlankLine = HasBlankLine(text);
        int start = 0;
        int i = 0;
        while (i < text.Length)
        {
            int next = text.AsSpan(i).IndexOfAny(ParagraphBreakChars);
            if (next < 0)
            {
                break;
            }

            i += next;
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

    /// <summary>The characters that may end a paragraph; <see cref="SplitParagraphs"/> skips to the next with a vectorised search.</summary>
    private static readonly System.Buffers.SearchValues<char> ParagraphBreakChars = System.Buffers.SearchValues.Create("\n\r\u2029");

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
            if (!MayEndSentence(text, tokens[t]) || !IsSentenceEnd(text, tokens, t, end, out int lastToken))
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

    /// <summary>
    /// The quick test in front of <see cref="IsSentenceEnd"/>, inlined in the loop over every token: an end mark, an
    /// ellipsis, or a word that kept its period. Any other token ends no sentence.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayEndSentence(string text, Token token) => token.Kind switch
    {
        TokenKind.Ellipsis => true,
        TokenKind.Punctuation => token.Length == 1 && text[token.Start] is '.' or '!' or '?',
        TokenKind.Word => token.Length > 1 && text[token.End - 1] == '.',
        _ => false,
    };

    /// <summary>Whether token <paramref name="t"/>, one that <see cref="MayEndSentence"/> lets through, ends its sentence.</summary>
    private static bool IsSentenceEnd(string text, Token[] tokens, int t, int end, out int lastToken)
    {
        lastToken = t;
        var token = tokens[t];
        bool abbreviation = token.Kind == TokenKind.Word;
        if (abbreviation)
        {
            // A word token that kept its period: an abbreviation or an initial.
            var bare = token.Slice(text)[..^1];
            if (Abbreviations.NeverEndsSentence(bare) || (bare.Length == 1 && char.IsUpper(bare[0])))
            {
                return false;
            }
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

        if (t > 0 && tokens[t - 1].Kind == TokenKind.Number && tokens[t - 1].Length <= 2 && tokens[t - 1].End == token.Start
            && next.Kind == TokenKind.Word && OrdinalMonths.Contains(nextText))
        {
            return false; // "am 3. August": a German ordinal date
        }

        char c = nextText[0];
        if (token.Kind == TokenKind.Ellipsis)
        {
            return char.IsUpper(c) && next.Kind == TokenKind.Word && SentenceOpeners.Contains(nextText);
        }

        return char.IsUpper(c) || char.IsDigit(c) || next.Kind is TokenKind.QuoteMark or TokenKind.Dash || c is '(' or '[' || (text[token.Start] is '?' or '!' && next.Kind == TokenKind.Word && !char.IsLower(c));
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
