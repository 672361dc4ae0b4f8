using QuoteExtract.Attribution;
using QuoteExtract.Detection;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Neural;

/// <summary>
/// What the tagger reads beside the encoder, one row per token: the casing and layout the uncased encoder cannot see,
/// the quotation marks the scanner paired, and where the rules (and the relaxed proposals of hybrid mode) put a
/// speaker, a cue and content. Training and extraction compute these rows with this one method.
/// </summary>
internal static class RuleInputs
{
    /// <summary>Columns of a row.</summary>
    public const int Count = 20;

    /// <summary>Fills <paramref name="rows"/> (tokens × <see cref="Count"/>, zeroed) for the analysed text.</summary>
    public static void Compute(TextAnalysis analysis, IReadOnlyList<QuotedSpan> quotations, IReadOnlyList<QuoteCandidate> candidates, Span<float> rows)
    {
        TokenShapes(analysis, rows);
        QuotationMarks(analysis, quotations, rows);
        Layout(analysis, rows);
        foreach (var c in candidates)
        {
            int at = c.Relaxed ? 15 : 11;
            bool firstPart = true;
            foreach (var part in c.Parts)
            {
                Mark(analysis, part, rows, at, firstPart ? at + 1 : -1);
                firstPart = false;
            }

            if (c.Cue is { } cue)
            {
                Mark(analysis, cue, rows, at + 2, -1);
            }

            if (c.Speaker is { } speaker)
            {
                Mark(analysis, speaker.Span, rows, at + 3, -1);
            }
        }
    }

    /// <summary>Columns 0-4 and 19: casing, not a word, quote mark, number.</summary>
    private static void TokenShapes(TextAnalysis analysis, Span<float> rows)
    {
        var tokens = analysis.Tokens;
        string text = analysis.Text;
        for (int t = 0; t < tokens.Length; t++)
        {
            var row = rows.Slice(t * Count, Count);
            var token = tokens[t];
            var word = token.Slice(text);
            if (token.Kind == TokenKind.Word && word.Length > 0)
            {
                bool upper = char.IsUpper(word[0]);
                row[upper ? 1 : 0] = 1;
                row[2] = upper && word.Length > 1 && !word.ContainsAnyInRange('a', 'z') ? 1 : 0;
            }
            else
            {
                row[3] = 1;
            }

            row[4] = token.Kind == TokenKind.QuoteMark ? 1 : 0;
            row[19] = token.Kind == TokenKind.Number ? 1 : 0;
        }
    }

    /// <summary>Columns 5-7: inside a quotation, its opening mark, its closing mark.</summary>
    private static void QuotationMarks(TextAnalysis analysis, IReadOnlyList<QuotedSpan> quotations, Span<float> rows)
    {
        var tokens = analysis.Tokens;
        var quoted = QuotedTokens(analysis, quotations);
        for (int t = 0; t < tokens.Length; t++)
        {
            rows[(t * Count) + 5] = quoted[t] ? 1 : 0;
        }

        foreach (var q in quotations)
        {
            int first = analysis.TokenAtOrAfter(q.Start);
            if (first < tokens.Length)
            {
                rows[(first * Count) + 6] = 1;
            }

            if (q.Closed && analysis.TokenAtOrAfter(q.End - 1) is int last && last < tokens.Length)
            {
                rows[(last * Count) + 7] = 1;
            }
        }
    }

    /// <summary>Columns 8-10: first token of a paragraph, first and last of a sentence.</summary>
    private static void Layout(TextAnalysis analysis, Span<float> rows)
    {
        int count = analysis.Tokens.Length;
        foreach (var p in analysis.Paragraphs)
        {
            if (p.FirstToken < count)
            {
                rows[(p.FirstToken * Count) + 8] = 1;
            }
        }

        foreach (var s in analysis.Sentences)
        {
            if (s.FirstToken < count)
            {
                rows[(s.FirstToken * Count) + 9] = 1;
            }

            if (s.EndToken > 0 && s.EndToken <= count)
            {
                rows[((s.EndToken - 1) * Count) + 10] = 1;
            }
        }
    }

    /// <summary>Which tokens lie inside a quotation (between paired marks, the marks included); the decoder types quotes by it.</summary>
    public static bool[] QuotedTokens(TextAnalysis analysis, IReadOnlyList<QuotedSpan> quotations)
    {
        var tokens = analysis.Tokens;
        var quoted = new bool[tokens.Length];
        foreach (var q in quotations)
        {
            for (int t = analysis.TokenAtOrAfter(q.Start); t < tokens.Length && tokens[t].Start < q.End; t++)
            {
                quoted[t] = true;
            }
        }

        return quoted;
    }

    /// <summary>
    /// A quote's type from the words of its token ranges [First, Last]: direct when every word lies inside a quotation
    /// (<paramref name="quoted"/>, from <see cref="QuotedTokens"/>), indirect when none does, mixed otherwise.
    /// </summary>
    public static QuoteType TypeOf(TextAnalysis analysis, bool[] quoted, ReadOnlySpan<(int First, int Last)> ranges)
    {
        int inside = 0, outside = 0;
        foreach (var (first, last) in ranges)
        {
            for (int t = first; t <= last; t++)
            {
                if (analysis.Tokens[t].Kind is TokenKind.Word or TokenKind.Number)
                {
                    _ = quoted[t] ? inside++ : outside++;
                }
            }
        }

        return inside == 0 ? QuoteType.Indirect : outside == 0 ? QuoteType.Direct : QuoteType.Mixed;
    }

    /// <summary>A quote's type from the words of its parts (character spans), as for token ranges.</summary>
    public static QuoteType TypeOf(TextAnalysis analysis, bool[] quoted, IReadOnlyList<TextSpan> parts)
    {
        var ranges = new (int First, int Last)[parts.Count];
        for (int i = 0; i < ranges.Length; i++)
        {
            var (from, to) = analysis.TokenRange(parts[i]);
            ranges[i] = (from, to - 1);
        }

        return TypeOf(analysis, quoted, ranges);
    }

    private static void Mark(TextAnalysis analysis, TextSpan span, Span<float> rows, int column, int startColumn)
    {
        var tokens = analysis.Tokens;
        int first = analysis.TokenAtOrAfter(span.Start);
        for (int t = first; t < tokens.Length && tokens[t].Start < span.End; t++)
        {
            rows[(t * Count) + column] = 1;
        }

        if (startColumn >= 0 && first < tokens.Length && tokens[first].Start < span.End)
        {
            rows[(first * Count) + startColumn] = 1;
        }
    }
}
