using QuoteExtract.Lexicons;
using QuoteExtract.Tokenization;

namespace QuoteExtract.Detection;

/// <summary>
/// Pairs quotation marks by a language's <see cref="QuoteConvention"/> (German „…“ and »…«, French « … »): an opening
/// mark of the convention opens a quotation that only its own closing mark ends; marks of other pairs inside it are
/// nested and stay inside. A quotation left open at a paragraph's end continues when the next paragraph opens with one
/// of the convention's re-opening marks (French », German „); otherwise it ends there, unclosed. English text keeps
/// <see cref="QuoteMarkScanner"/>, which reads marks by position because English uses the same mark both ways.
/// </summary>
internal static class ConventionQuoteScanner
{
    public static List<QuotedSpan> Scan(TextAnalysis analysis, QuoteConvention convention)
    {
        var text = analysis.Text;
        var tokens = analysis.Tokens;
        var result = new List<QuotedSpan>();
        int open = -1, paragraphsOpen = 0;
        char closing = '\0';
        List<int>? reopenings = null;
        for (int p = 0; p < analysis.Paragraphs.Length; p++)
        {
            var paragraph = analysis.Paragraphs[p];
            int t = paragraph.FirstToken;
            if (open >= 0)
            {
                if (tokens[t].Kind == TokenKind.QuoteMark && convention.Reopenings.Contains(text[tokens[t].Start], StringComparison.Ordinal))
                {
                    (reopenings ??= []).Add(tokens[t].Start);
                    paragraphsOpen++;
                    t++;
                }
                else
                {
                    result.Add(new QuotedSpan(open, analysis.Paragraphs[p - 1].End, false, false, paragraphsOpen, reopenings ?? []));
                    open = -1;
                }
            }

            for (; t < paragraph.EndToken; t++)
            {
                if (tokens[t].Kind != TokenKind.QuoteMark || tokens[t].Length != 1)
                {
                    continue;
                }

                char c = text[tokens[t].Start];
                if (open >= 0)
                {
                    if (c == closing)
                    {
                        result.Add(new QuotedSpan(open, tokens[t].End, true, false, paragraphsOpen, reopenings ?? []));
                        open = -1;
                    }
                }
                else if (convention.ClosingOf.TryGetValue(c, out var close) && t + 1 < paragraph.EndToken)
                {
                    (open, closing, paragraphsOpen, reopenings) = (tokens[t].Start, close, 1, null);
                }
            }
        }

        if (open >= 0 && analysis.Paragraphs.Length > 0)
        {
            result.Add(new QuotedSpan(open, analysis.Paragraphs[^1].End, false, false, paragraphsOpen, reopenings ?? []));
        }

        return result;
    }
}
