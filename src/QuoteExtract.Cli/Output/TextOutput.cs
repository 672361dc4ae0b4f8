namespace QuoteExtract.Cli;

/// <summary>A readable listing of a document's quotes, for a person at a terminal.</summary>
internal static class TextOutput
{
    public static void Write(TextWriter writer, string id, string text, ExtractionResult result)
    {
        writer.WriteLine($"== {id}: {result.Quotes.Count} quote(s), {result.Entities.Count} entit{(result.Entities.Count == 1 ? "y" : "ies")}");
        int n = 0;
        foreach (var quote in result.Quotes)
        {
            n++;
            writer.WriteLine();
            writer.WriteLine($"[{n}] {JsonOutput.TypeName(quote.Type)} {quote.Span} confidence {quote.Confidence:0.00}");
            writer.WriteLine($"    {Shorten(quote.Text, 300)}");
            var who = quote.Speaker is { } s ? $"\"{s.Text}\" {s.Span}" : "(none)";
            var entity = quote.EntityId is { } e && result.Entities.FirstOrDefault(x => x.Id == e) is { } ent
                ? $" -> {ent.Name}{(ent.Titles.Count > 0 ? " (" + string.Join("; ", ent.Titles) + ")" : string.Empty)}"
                : string.Empty;
            writer.WriteLine($"    speaker: {who}{entity}");
            writer.WriteLine($"    cue:     {(quote.Cue is { } c ? $"\"{c.Text}\" {c.Span} {JsonOutput.ClassName(c.Class)}" : "(none)")}");
        }

        writer.WriteLine();
    }

    private static string Shorten(string s, int max)
    {
        s = s.ReplaceLineEndings(" ¶ ");
        return s.Length <= max ? s : string.Concat(s.AsSpan(0, max / 2), " … ", s.AsSpan(s.Length - max / 2));
    }
}
