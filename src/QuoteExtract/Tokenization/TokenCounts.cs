namespace QuoteExtract.Tokenization;

/// <summary>
/// Counts over a long run of a text's tokens without reading every token: at every 64th token, how many commas,
/// question marks and quote marks come before it, and how many other tokens before it stand after an odd number of
/// quote marks. A run is read token by token only up to the first checkpoint and from the last, so a query reads at
/// most 128 tokens, and the tables take a sixteenth of the memory of the tokens themselves.
/// </summary>
internal sealed class TokenCounts
{
    private const int Shift = 6;
    private const int Step = 1 << Shift;

    private readonly TextAnalysis analysis;
    private readonly int[] commas;
    private readonly int[] questions;
    private readonly int[] marks;
    private readonly int[] afterOddMarks;

    public TokenCounts(TextAnalysis analysis)
    {
        this.analysis = analysis;
        int checkpoints = (analysis.Tokens.Length >> Shift) + 1;
        commas = new int[checkpoints];
        questions = new int[checkpoints];
        marks = new int[checkpoints];
        afterOddMarks = new int[checkpoints];
        var (c, q, m, odd) = (0, 0, 0, 0);
        for (int t = 0; t <= analysis.Tokens.Length; t++)
        {
            if ((t & (Step - 1)) == 0)
            {
                (commas[t >> Shift], questions[t >> Shift], marks[t >> Shift], afterOddMarks[t >> Shift]) = (c, q, m, odd);
            }

            if (t == analysis.Tokens.Length)
            {
                break;
            }

            var (isComma, isQuestion, isMark) = Kinds(analysis, t);
            c += isComma ? 1 : 0;
            q += isQuestion ? 1 : 0;
            odd += !isMark && (m & 1) == 1 ? 1 : 0;
            m += isMark ? 1 : 0;
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
        int from = (first + Step - 1) >> Shift, to = end >> Shift; // the whole blocks [from, to) within the run
        var run = new Run();
        if (from >= to)
        {
            Read(analysis, first, end, ref run);
        }
        else
        {
            Read(analysis, first, from << Shift, ref run);

            // Inside the blocks a token is quoted when the marks before it, counted from the run's first token, are odd.
            int blockMarks = marks[to] - marks[from];
            int nonMarks = ((to - from) << Shift) - blockMarks;
            int odd = afterOddMarks[to] - afterOddMarks[from];
            bool flipped = ((marks[from] - run.Marks) & 1) == 1; // the marks before the run's first token were odd
            run.Quoted += flipped ? nonMarks - odd : odd;
            run.Marks += blockMarks;
            run.Commas += commas[to] - commas[from];
            run.Question |= questions[to] > questions[from];
            Read(analysis, to << Shift, end, ref run);
        }

        return (run.Quoted, run.Marks, run.Commas, run.Question);
    }

    /// <summary>The same counts, read token by token (without the tables), for a short run.</summary>
    public static (int Quoted, int Marks, int Commas, bool Question) Read(TextAnalysis analysis, int first, int last)
    {
        var run = new Run();
        Read(analysis, first, last + 1, ref run);
        return (run.Quoted, run.Marks, run.Commas, run.Question);
    }

    private static void Read(TextAnalysis analysis, int from, int to, ref Run run)
    {
        for (int t = from; t < to; t++)
        {
            var (isComma, isQuestion, isMark) = Kinds(analysis, t);
            run.Quoted += !isMark && (run.Marks & 1) == 1 ? 1 : 0;
            run.Marks += isMark ? 1 : 0;
            run.Commas += isComma ? 1 : 0;
            run.Question |= isQuestion;
        }
    }

    private static (bool Comma, bool Question, bool Mark) Kinds(TextAnalysis analysis, int t)
    {
        var text = analysis.TokenText(t);
        return (text is ",", text is "?", analysis.Tokens[t].Kind == TokenKind.QuoteMark);
    }

    private struct Run
    {
        public int Quoted;
        public int Marks;
        public int Commas;
        public bool Question;
    }
}
