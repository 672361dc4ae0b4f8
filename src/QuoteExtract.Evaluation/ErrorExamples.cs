namespace QuoteExtract.Evaluation;

/// <summary>
/// Prints examples of each kind of error so a person can see what goes wrong: missed quotes (gold without a
/// quote@0.3 match), spurious quotes (predictions without one), wrong speakers (a quote@0.3 pair whose speaker
/// spans do not overlap) and wrong boundaries (a quote@0.3 pair that is not a quote@0.8 pair). Examples come in
/// file order; each shows the spans with about 50 characters of context on either side.
/// </summary>
internal static class ErrorExamples
{
    private const int ContextChars = 50;
    private const int MaxSpanChars = 240;

    /// <summary>Writes up to <paramref name="count"/> examples of each kind of error.</summary>
    public static void Write(TextWriter writer, EvaluationReport report, int count)
    {
        var missed = new List<string>();
        var spurious = new List<string>();
        var speaker = new List<string>();
        var boundaries = new List<string>();
        int missedTotal = 0, spuriousTotal = 0, speakerTotal = 0, boundariesTotal = 0;

        foreach (var a in report.Alignments)
        {
            var text = a.Document.Text;
            var gold = a.Document.Quotes;
            var matchedGold = a.Match30.Select(m => m.Gold).ToHashSet();
            var matchedPredicted = a.Match30.Select(m => m.Predicted).ToHashSet();
            var pairs80 = a.Match80.ToHashSet();
            string id = a.Document.Id + (a.MissingPrediction ? " (no prediction for this document)" : string.Empty);

            for (int i = 0; i < gold.Count; i++)
            {
                if (!matchedGold.Contains(i) && missedTotal++ < count)
                {
                    missed.Add($"{id}\n  gold      {Describe(text, gold[i])}\n  context   {Context(text, gold[i].Start, gold[i].End)}");
                }
            }

            for (int j = 0; j < a.Predicted.Count; j++)
            {
                if (!matchedPredicted.Contains(j) && spuriousTotal++ < count)
                {
                    var p = a.Predicted[j];
                    spurious.Add($"{id}\n  predicted {Describe(text, p)}\n  context   {Context(text, p.Start, p.End)}");
                }
            }

            foreach (var (i, j) in a.Match30)
            {
                var g = gold[i];
                var p = a.Predicted[j];
                string pair = $"{id}\n  gold      {Describe(text, g)}\n  predicted {Describe(text, p)}\n"
                    + $"  context   {Context(text, Math.Min(g.Start, p.Start), Math.Max(g.End, p.End))}";
                if (g.Speaker is { } gs && !(p.Speaker is { } ps && gs.Overlaps(ps)) && speakerTotal++ < count)
                {
                    speaker.Add(pair);
                }

                if (!pairs80.Contains((i, j)) && boundariesTotal++ < count)
                {
                    boundaries.Add(pair);
                }
            }
        }

        Section(writer, "missed quotes (gold quotes without a quote@0.3 match)", missed, missedTotal);
        Section(writer, "spurious quotes (predictions without a quote@0.3 match)", spurious, spuriousTotal);
        Section(writer, "wrong speakers (quote@0.3 pairs whose speaker spans do not overlap)", speaker, speakerTotal);
        Section(writer, "wrong boundaries (quote@0.3 pairs that are not quote@0.8 pairs)", boundaries, boundariesTotal);
    }

    private static void Section(TextWriter writer, string title, List<string> examples, int total)
    {
        writer.WriteLine();
        writer.WriteLine($"== {title}: {total}{(total > examples.Count ? $", first {examples.Count} shown" : string.Empty)}");
        foreach (var example in examples)
        {
            writer.WriteLine();
            writer.WriteLine(example);
        }
    }

    private static string Describe(string text, EvalQuote quote) =>
        $"{quote.Type} [{quote.Start}, {quote.End}) {Shorten(Slice(text, quote.Start, quote.End))}\n"
        + $"            speaker {SpanText(text, quote.Speaker)}, cue {SpanText(text, quote.Cue)}";

    private static string SpanText(string text, TextSpan? span) =>
        span is { } s ? $"\"{Shorten(Slice(text, s.Start, s.End))}\" {s}" : "(none)";

    private static string Context(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        int left = Math.Max(0, start - ContextChars);
        int right = Math.Min(text.Length, end + ContextChars);
        return $"…{OneLine(text[left..start])}⟦{Shorten(text[start..end])}⟧{OneLine(text[end..right])}…";
    }

    private static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        return text[start..Math.Clamp(end, start, text.Length)];
    }

    private static string Shorten(string s)
    {
        s = OneLine(s);
        return s.Length <= MaxSpanChars ? s : string.Concat(s.AsSpan(0, MaxSpanChars / 2), " … ", s.AsSpan(s.Length - (MaxSpanChars / 2)));
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ¶ ");
}
