namespace QuoteExtract.Tokenization;

/// <summary>
/// Counts over a text's tokens made once, so that a long run of tokens is counted in constant time: for each token
/// index, how many commas, question marks and quote marks come before it, and how many other tokens before it stand
/// after an odd or an even number of quote marks (inside or outside a quotation, counted from any token on).
/// </summary>
internal sealed class TokenCounts
{
    private readonly int[] commas;
    private readonly int[] questions;
    private readonly int[] marks;
    private readonly int[] afterOddMarks;
    private readonly int[] afterEvenMarks;

    public TokenCounts(TextAnalysis analysis)
    {
        int n = analysis.Tokens.Length;
        commas = new int[n + 1];
        questions = new int[n + 1];
        marks = new int[n + 1];
        afterOddMarks = new int[n + 1];
        afterEvenMarks = new int[n + 1];
        for (int t = 0; t < n; t++)
        {
            var token = analysis.Tokens[t];
            bool mark = token.Kind == TokenKind.QuoteMark;
            var text = token.Slice(analysis.Text);
            commas[t + 1] = commas[t] + (text is "," ? 1 : 0);
            questions[t + 1] = questions[t] + (text is "?" ? 1 : 0);
            marks[t + 1] = marks[t] + (mark ? 1 : 0);
            bool odd = (marks[t] & 1) == 1;
            afterOddMarks[t + 1] = afterOddMarks[t] + (!mark && odd ? 1 : 0);
            afterEvenMarks[t + 1] = afterEvenMarks[t] + (!mark && !odd ? 1 : 0);
        }
    }

    /// <summary>
    /// Over the tokens <paramref name="first"/> to <paramref name="last"/> (inclusive): the tokens inside quote marks
    /// opened within the run (a mark toggles inside and out), the quote marks, the commas, and whether a question mark
    /// is among them.
    /// </summary>
    public (int Quoted, int Marks, int Commas, bool Question) Of(int first, int last)
    {
        int end = last + 1;
        int quoted = (marks[first] & 1) == 0 ? afterOddMarks[end] - afterOddMarks[first] : afterEvenMarks[end] - afterEvenMarks[first];
        return (quoted, marks[end] - marks[first], commas[end] - commas[first], questions[end] > questions[first]);
    }
}
