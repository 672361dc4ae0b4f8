using System.Text;

namespace QuoteExtract.Tests.Specs;

/// <summary>
/// Runs every example of the phenomenon spec files (<c>Specs/*.md</c>, format in <c>Specs/README.md</c>), one
/// test case an example. An example passes when every marked quote is found with the exact content span (and
/// parts, type, speaker, cue and entity where the example gives them) and no other quote of the checked types
/// is reported. Examples marked <c>pending</c> are reported as ignored with their reason.
/// </summary>
public sealed class SpecTests
{
    private static readonly QuoteExtractor Extractor = new();

    internal static string SpecDirectory => Path.Combine(AppContext.BaseDirectory, "Specs");

    internal static IReadOnlyList<SpecExample> AllExamples { get; } = LoadAll();

    public static IEnumerable<TestCaseData> Examples()
    {
        foreach (var example in AllExamples)
        {
            var file = string.Concat(Path.GetFileNameWithoutExtension(example.File).Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
            var data = new TestCaseData(example).SetName($"Extract_{file}Line{example.Line}{NameOf(example.Input)}_MatchesMarks");
            yield return data;
        }
    }

    [Test]
    public void SpecFiles_Loaded_EachHasExamples()
    {
        var files = Directory.GetFiles(SpecDirectory, "*.md").Select(Path.GetFileName).Where(f => f != "README.md").ToList();
        Assert.That(files, Is.SupersetOf(new[] { "quote-marks.md", "direct-quotes.md", "exclusions.md", "attribution.md", "indirect.md" }));
        foreach (var file in files)
        {
            Assert.That(AllExamples.Count(e => e.File == file), Is.GreaterThan(0), file);
        }
    }

    /// <summary>
    /// Pending is for behaviour being built now (attribution, indirect and mixed quotes, entities); marks,
    /// direct quotes and exclusions are never pending: a failure there is a bug to fix, not to hide.
    /// </summary>
    [Test]
    public void SpecFiles_PendingExamples_OnlyInAttributionAndIndirect()
    {
        var misplaced = AllExamples.Where(e => e.Pending is not null && e.File is not ("attribution.md" or "indirect.md")).Select(e => e.ToString());

        Assert.That(misplaced, Is.Empty);
    }

    [TestCaseSource(nameof(Examples))]
    public void Extract_SpecExample_MatchesMarks(SpecExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        Assert.That(example.Error, Is.Null, $"malformed example {example}: {example.Error}");

        var result = Extractor.Extract(example.Input);
        var problems = Compare(example, result);
        if (example.Pending is { } reason)
        {
            Assert.Ignore(problems.Count == 0
                ? $"pending ({reason}) but it now PASSES: remove the pending line at {example}"
                : $"pending: {reason} (now: {string.Join("; ", problems.Take(3))})");
        }

        Assert.That(problems, Is.Empty, () => Report(example, result, problems));
    }

    internal static List<string> Compare(SpecExample example, ExtractionResult result)
    {
        var text = example.Input;
        var problems = new List<string>();
        bool Checked(QuoteType type) => !example.DirectOnly || type == QuoteType.Direct;
        var quotes = result.Quotes.Where(q => Checked(q.Type)).ToList();
        var matched = new HashSet<Quote>(ReferenceEqualityComparer.Instance);
        foreach (var number in example.Marks.Where(m => m.Kind == MarkKind.Content).Select(m => m.Quote).Distinct())
        {
            var parts = example.Marks.Where(m => m.Kind == MarkKind.Content && m.Quote == number).Select(m => m.Span).ToList();
            var hull = new TextSpan(parts[0].Start, parts[^1].End);
            var label = $"quote {number} {Show(text, hull)}";
            var actual = quotes.FirstOrDefault(q => q.Span == hull);
            if (actual is null)
            {
                problems.Add($"{label}: not found");
                continue;
            }

            matched.Add(actual);
            var type = ExpectedType(example, number, text, parts);
            if (actual.Type != type)
            {
                problems.Add($"{label}: type {actual.Type}, expected {type}");
            }

            if (parts.Count > 1 && !actual.Parts.SequenceEqual(parts))
            {
                problems.Add($"{label}: parts {string.Join(" ", actual.Parts.Select(p => Show(text, p)))}, expected {string.Join(" ", parts.Select(p => Show(text, p)))}");
            }

            CheckSpan(problems, label, "speaker", text, actual.Speaker?.Span, Expected(example, MarkKind.Speaker, number), example.Get("speaker", number));
            CheckSpan(problems, label, "cue", text, actual.Cue?.Span, Expected(example, MarkKind.Cue, number), example.Get("cue", number));
            if (example.Get("entity", number) is { } entityName)
            {
                var entity = result.Entities.FirstOrDefault(e => e.Id == actual.EntityId);
                if (entity?.Name != entityName)
                {
                    problems.Add($"{label}: entity '{entity?.Name ?? "(none)"}', expected '{entityName}'");
                }
            }
        }

        foreach (var extra in quotes.Where(q => !matched.Contains(q)))
        {
            problems.Add($"unexpected {extra.Type} quote {Show(text, extra.Span)}");
        }

        return problems;
    }

    private static List<TextSpan> Expected(SpecExample example, MarkKind kind, int number) =>
        [.. example.Marks.Where(m => m.Kind == kind && m.Quote == number).Select(m => m.Span)];

    /// <summary>
    /// Several marks of one kind are alternatives (a doubled cue: "told … he said"); the metadata value
    /// <c>none</c> demands that nothing is reported.
    /// </summary>
    private static void CheckSpan(List<string> problems, string label, string what, string text, TextSpan? actual, List<TextSpan> expected, string? metadata)
    {
        if (metadata == "none")
        {
            if (actual is { } unexpected)
            {
                problems.Add($"{label}: {what} {Show(text, unexpected)}, expected none");
            }

            return;
        }

        if (expected.Count == 0)
        {
            return;
        }

        if (actual is not { } span || !expected.Contains(span))
        {
            problems.Add($"{label}: {what} {(actual is { } a ? Show(text, a) : "(none)")}, expected {string.Join(" or ", expected.Select(e => Show(text, e)))}");
        }
    }

    /// <summary>The type in the metadata, else: content that opens with a quote mark is direct; content that holds one is mixed; else indirect.</summary>
    private static QuoteType ExpectedType(SpecExample example, int number, string text, List<TextSpan> parts)
    {
        switch (example.Get("type", number))
        {
            case "direct":
                return QuoteType.Direct;
            case "indirect":
                return QuoteType.Indirect;
            case "mixed":
                return QuoteType.Mixed;
        }

        var content = text[parts[0].Start..parts[^1].End];
        return IsQuoteMark(content[0]) ? QuoteType.Direct
            : content.Any(IsQuoteMark) ? QuoteType.Mixed
            : QuoteType.Indirect;
    }

    private static bool IsQuoteMark(char c) => "\"'“”„«»‘’‚‹›「」『』".Contains(c, StringComparison.Ordinal);

    private static string Show(string text, TextSpan span) =>
        span.Start >= 0 && span.End <= text.Length && span.Start <= span.End
            ? $"{span} '{Shorten(text[span.Start..span.End], 60)}'"
            : $"{span} (out of bounds)";

    private static string Report(SpecExample example, ExtractionResult result, List<string> problems)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{example} ({example.Section})");
        sb.AppendLine($"example: {example.Marked}");
        foreach (var problem in problems)
        {
            sb.AppendLine($"  - {problem}");
        }

        sb.AppendLine("extractor reported:");
        foreach (var q in result.Quotes)
        {
            sb.AppendLine($"  {q.Type} {Show(example.Input, q.Span)} speaker {(q.Speaker is { } s ? Show(example.Input, s.Span) : "-")} cue {(q.Cue is { } c ? Show(example.Input, c.Span) : "-")}");
        }

        return sb.ToString();
    }

    /// <summary>
    /// The example's first words in PascalCase (ASCII letters and digits only, so runners and filters do not
    /// misparse the name): "“The tunnel will reopen" → "TheTunnelWillReopen".
    /// </summary>
    private static string NameOf(string input)
    {
        var sb = new StringBuilder();
        bool wordStart = true;
        foreach (char c in input)
        {
            if (sb.Length >= 32)
            {
                break;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                wordStart = true;
                continue;
            }

            sb.Append(wordStart ? char.ToUpperInvariant(c) : c);
            wordStart = false;
        }

        return sb.ToString();
    }

    private static string Shorten(string s, int max)
    {
        var flat = s.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : flat[..max] + "…";
    }

    private static List<SpecExample> LoadAll() =>
        [.. Directory.GetFiles(SpecDirectory, "*.md").Order(StringComparer.Ordinal).Where(f => Path.GetFileName(f) != "README.md").SelectMany(SpecParser.ParseFile)];
}
