using QuoteExtract.Tokenization;

namespace QuoteExtract.Detection;

/// <summary>
/// Pairs quotation marks into <see cref="QuotedSpan"/>s. Marks are told apart by family (double: " “ ” „ « »
/// 「 」; single: ' ‘ ’ ‚ ‹ ›) and by position (a mark after space opens, a mark before space closes), so mixed
/// styles pair up (an ASCII " closed by a curly ”; German „…“ and »…«). Marks of the other family inside a
/// quote are nested and stay inside it. A paragraph that ends inside a quote continues it when the next
/// paragraph re-opens with a mark (the English convention); otherwise the quote ends at the paragraph end and
/// is marked unclosed. Apostrophes inside words never reach here (the tokenizer keeps them in the word);
/// a trailing apostrophe after "s" (the farmers' union) is a possessive unless a single quote is open.
/// </summary>
internal static class QuoteMarkScanner
{
    private enum Role : byte
    {
        None,
        Open,
        Close,
        Either,
    }

    private struct OpenMark
    {
        public int Position;
        public bool IsSingle;
        public char Char;
        public int Paragraphs;
        public List<int>? Reopenings;
    }

    public static List<QuotedSpan> Scan(TextAnalysis analysis)
    {
        var text = analysis.Text;
        var tokens = analysis.Tokens;
        var result = new List<QuotedSpan>();
        OpenMark? outer = null;
        OpenMark? inner = null;
        var paragraphs = analysis.Paragraphs;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            int firstToken = paragraph.FirstToken;
            if (outer is { } continuing)
            {
                // The quote was left open by the previous paragraph: continued if this one re-opens it.
                var first = tokens[firstToken];
                if (first.Kind == TokenKind.QuoteMark && (first.Length == 1 && QuoteMarks.IsSingle(text[first.Start])) == continuing.IsSingle
                    && Classify(text, first.Start, first.Length, first.Length == 2 ? '"' : text[first.Start], inner is null && outer is null, false) is Role.Open or Role.Either)
                {
                    continuing.Paragraphs++;
                    (continuing.Reopenings ??= []).Add(first.Start);
                    outer = continuing;
                    firstToken++;
                }
                else
                {
                    EmitUnclosed(result, continuing, paragraphs[p - 1].End);
                    outer = null;
                }

                inner = null;
            }

            for (int t = firstToken; t < paragraph.EndToken; t++)
            {
                var token = tokens[t];
                if (token.Kind != TokenKind.QuoteMark)
                {
                    continue;
                }

                int pos = token.Start;
                char c = token.Length == 2 ? '"' : text[pos]; // '' and `` act as a straight double mark
                bool single = QuoteMarks.IsSingle(c);
                bool singleOpen = (outer is { IsSingle: true }) || (inner is { IsSingle: true });
                var role = Classify(text, pos, token.Length, c, outer is null, singleOpen);
                if (role == Role.None)
                {
                    continue;
                }

                if (single && role is Role.Close or Role.Either && IsWordFinalApostrophe(text, tokens, t, paragraph.EndToken))
                {
                    continue;
                }

                if (outer is { } o)
                {
                    ReadInsideQuote(text, result, o, ref outer, ref inner, token, c, single, role);
                    continue;
                }

                if (role is Role.Open or Role.Either)
                {
                    outer = new OpenMark { Position = pos, IsSingle = single, Char = c, Paragraphs = 1 };
                }
            }
        }

        if (outer is { } last && paragraphs.Length > 0)
        {
            EmitUnclosed(result, last, paragraphs[^1].End);
        }

        return result;
    }

    /// <summary>A mark while the quote <paramref name="o"/> is open: it closes the inner or the outer quote, opens an inner one, or re-opens the outer one.</summary>
    private static void ReadInsideQuote(string text, List<QuotedSpan> result, OpenMark o, ref OpenMark? outer, ref OpenMark? inner, Token token, char c, bool single, Role role)
    {
        int pos = token.Start;
        if (inner is { } i && i.IsSingle == single && role is Role.Close or Role.Either && ClosesOpen(i.Char, c))
        {
            inner = null;
            return;
        }

        if (o.IsSingle == single && role is Role.Close or Role.Either && ClosesOpen(o.Char, c))
        {
            result.Add(new QuotedSpan(o.Position, token.End, true, o.IsSingle, o.Paragraphs, o.Reopenings ?? (IReadOnlyList<int>)[]));
            outer = null;
            inner = null;
            return;
        }

        if (role is Role.Open or Role.Either)
        {
            if (o.IsSingle != single && inner is null)
            {
                inner = new OpenMark { Position = pos, IsSingle = single, Char = c, Paragraphs = 1 };
            }
            else if (o.IsSingle == single && !single && pos > 0 && text[pos - 1] is '\n' or '\r')
            {
                // A line that re-opens the quote continues it (paragraphs separated by single newlines).
                var reopened = o;
                reopened.Paragraphs++;
                (reopened.Reopenings ??= []).Add(pos);
                outer = reopened;
            }
            else if (o.IsSingle == single && !single)
            {
                // A second opening double mark: the first quote lost its closing mark.
                EmitUnclosed(result, o, LastNonSpaceBefore(text, pos));
                outer = new OpenMark { Position = pos, IsSingle = single, Char = c, Paragraphs = 1 };
                inner = null;
            }
        }
    }

    /// <summary>
    /// An apostrophe at the end of a word and before a lowercase word (the growers' union, goin’ down) while a
    /// single quote is open: a possessive or elision, not the closing mark, when a later single mark in the
    /// paragraph can close the quote before any single mark opens a new one (‘We were goin’ down to the
    /// harbour’). Without such a mark it is taken for the closing mark; before an opening mark (‘Yes’ and
    /// ‘no’) it closes as usual.
    /// </summary>
    private static bool IsWordFinalApostrophe(string text, Token[] tokens, int t, int endToken)
    {
        int pos = tokens[t].Start;
        if (pos == 0 || !char.IsLetter(text[pos - 1]) || !CharClass.IsApostropheLike(text[pos])
            || pos + 2 >= text.Length || text[pos + 1] != ' ' || !char.IsLower(text[pos + 2]))
        {
            return false;
        }

        for (int k = t + 1; k < endToken; k++)
        {
            int later = tokens[k].Start;
            if (tokens[k].Kind != TokenKind.QuoteMark || !QuoteMarks.IsSingle(text[later]))
            {
                continue;
            }

            switch (Classify(text, later, tokens[k].Length, text[later], false, true))
            {
                case Role.Close or Role.Either:
                    return true;
                case Role.Open:
                    return false;
            }
        }

        return false;
    }

    private static void EmitUnclosed(List<QuotedSpan> result, OpenMark open, int end)
    {
        // An unclosed single mark is far more often a stray apostrophe than a quote.
        if (open.IsSingle || end <= open.Position + 1)
        {
            return;
        }

        result.Add(new QuotedSpan(open.Position, end, false, false, open.Paragraphs, open.Reopenings ?? (IReadOnlyList<int>)[]));
    }

    private static int LastNonSpaceBefore(string text, int pos)
    {
        while (pos > 0 && char.IsWhiteSpace(text[pos - 1]))
        {
            pos--;
        }

        return pos;
    }

    /// <summary>Whether <paramref name="close"/> can close a quote opened by <paramref name="open"/>.</summary>
    private static bool ClosesOpen(char open, char close) => open switch
    {
        '«' => close != '«',
        '»' => close != '»',
        '‹' => close != '‹',
        '›' => close != '›',
        '「' => close is '」' or '"' or '”',
        '『' => close is '』' or '"' or '”',
        _ => close is not ('«' or '‹' or '「' or '『'),
    };

    /// <summary>Decide from the mark and its neighbours whether it opens, closes, either, or is not a quote mark.</summary>
    private static Role Classify(string text, int pos, int length, char c, bool nothingOpen, bool singleOpen)
    {
        char prev = pos > 0 ? text[pos - 1] : ' ';
        char next = pos + length < text.Length ? text[pos + length] : ' ';
        bool spaceBefore = char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–' or '-' or '/' || (QuoteMarks.Any.Contains(prev) && prev != c);
        bool spaceAfter = char.IsWhiteSpace(next) || char.IsPunctuation(next) && next is not ('(' or '[' or '\'' or '‘' or '“' or '"' or '«' or '„') || QuoteMarks.Any.Contains(next) && next != c;
        switch (c)
        {
            case '“':
                // German „…“ closes with “; English opens with it.
                return nothingOpen ? Role.Open : (spaceAfter && !spaceBefore ? Role.Either : Role.Open);
            case '”':
                return spaceBefore && !spaceAfter && nothingOpen ? Role.Open : Role.Close;
            case '„':
            case '‚':
            case '「':
            case '『':
            case '«':
            case '‹':
                return c is '«' or '‹' && !nothingOpen && spaceAfter && !spaceBefore ? Role.Close : Role.Open;
            case '」':
            case '』':
                return Role.Close;
            case '»':
            case '›':
                // French/English «…», German »…«.
                return nothingOpen && !spaceAfter ? Role.Open : Role.Close;
            case '‘':
                return !nothingOpen && spaceAfter && !spaceBefore ? Role.Either : Role.Open;
            case '"':
            case '‟':
                return spaceBefore && !spaceAfter ? Role.Open : !spaceBefore && spaceAfter ? Role.Close : Role.Either;
            case '\'':
            case '’':
            case '‛':
                if (!spaceBefore && spaceAfter)
                {
                    // Closes an open single quote; otherwise a possessive or elision (the farmers' union, goin’).
                    return singleOpen ? Role.Close : Role.None;
                }

                if (spaceBefore && !spaceAfter)
                {
                    return Role.Open;
                }

                return Role.None;
            default:
                return Role.None;
        }
    }
}
