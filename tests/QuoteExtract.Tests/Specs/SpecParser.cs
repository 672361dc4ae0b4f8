using System.Globalization;
using System.Text;

namespace QuoteExtract.Tests.Specs;

/// <summary>What kind of span an inline mark stands for.</summary>
public enum MarkKind
{
    Content,
    Speaker,
    Cue,
}

/// <summary>One marked span of an example, in offsets of the stripped input.</summary>
public sealed record MarkedSpan(MarkKind Kind, int Quote, TextSpan Span);

/// <summary>
/// One example of a spec file: the input with the marks stripped, the marked spans, and the metadata
/// lines that followed it. <see cref="Error"/> is set when the example itself is malformed.
/// </summary>
public sealed record SpecExample(
    string File,
    int Line,
    string Section,
    string Marked,
    string Input,
    IReadOnlyList<MarkedSpan> Marks,
    IReadOnlyDictionary<string, string> Metadata,
    string? Error)
{
    /// <summary>A metadata value for quote <paramref name="quote"/> ("type 2: …"), else the plain key ("type: …").</summary>
    public string? Get(string key, int quote) =>
        Metadata.TryGetValue($"{key} {quote.ToString(CultureInfo.InvariantCulture)}", out var numbered) ? numbered
        : Metadata.TryGetValue(key, out var plain) ? plain
        : null;

    public string? Pending => Metadata.GetValueOrDefault("pending");

    public bool DirectOnly => Metadata.GetValueOrDefault("scope") == "direct-only";

    public override string ToString() => $"{File}:{Line}";
}

/// <summary>
/// Reads the phenomenon spec files (<c>Specs/*.md</c>). The format, described for writers in
/// <c>Specs/README.md</c>:
/// <list type="bullet">
/// <item>an example is a fenced block whose info string is <c>example</c>; its lines are the input;</item>
/// <item>inline marks give the expected spans: content ⟦…⟧, speaker ⟨…⟩, cue ⟪…⟫; a mark may start with a
/// quote number and a bar (⟦2|…⟧, ⟨2|…⟩) to tell several quotes apart; unnumbered marks belong to quote 1;
/// several content marks with one number are the parts of one split quote;</item>
/// <item>list lines <c>- key: value</c> right after the closing fence are metadata (type, entity,
/// speaker, cue, scope, pending), optionally for one quote (<c>- type 2: mixed</c>);</item>
/// <item>front matter (<c>---</c> … <c>---</c>) at the top of a file sets metadata for all its examples.</item>
/// </list>
/// </summary>
internal static class SpecParser
{
    private const string Fence = "```";

    private static readonly HashSet<string> Keys = ["type", "entity", "speaker", "cue", "scope", "pending"];

    public static IEnumerable<SpecExample> ParseFile(string path)
    {
        var name = Path.GetFileName(path);
        return Parse(name, File.ReadAllLines(path));
    }

    public static List<SpecExample> Parse(string file, IReadOnlyList<string> lines)
    {
        var examples = new List<SpecExample>();
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        int i = 0;
        if (lines.Count > 0 && lines[0].Trim() == "---")
        {
            for (i = 1; i < lines.Count && lines[i].Trim() != "---"; i++)
            {
                if (TryMetadata(lines[i], out var key, out var value))
                {
                    defaults[key] = value;
                }
            }

            i++;
        }

        string section = string.Empty;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                section = line.TrimStart('#').Trim();
                continue;
            }

            if (line.Trim() != Fence + "example")
            {
                continue;
            }

            int fenceLine = i + 1; // 1-based, as editors show it
            var body = new List<string>();
            for (i++; i < lines.Count && lines[i].Trim() != Fence; i++)
            {
                body.Add(lines[i]);
            }

            bool closed = i < lines.Count;
            i++; // past the closing fence
            var metadata = new Dictionary<string, string>(defaults, StringComparer.Ordinal);
            while (i < lines.Count && lines[i].StartsWith("- ", StringComparison.Ordinal) && TryMetadata(lines[i][2..], out var key, out var value))
            {
                metadata[key] = value;
                i++;
            }

            i--; // the loop's i++ moves to the first line after the metadata
            var example = Strip(file, fenceLine, section, string.Join('\n', body), metadata);
            examples.Add(closed ? example : example with { Error = "the example's fence is not closed" });
        }

        return examples;
    }

    /// <summary><c>key: value</c> or <c>key N: value</c> with a known key.</summary>
    private static bool TryMetadata(string line, out string key, out string value)
    {
        key = value = string.Empty;
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        key = line[..colon].Trim();
        value = line[(colon + 1)..].Trim();
        var bare = key.Split(' ')[0];
        return Keys.Contains(bare);
    }

    /// <summary>Removes the marks from <paramref name="marked"/>, recording the spans they enclosed.</summary>
    internal static SpecExample Strip(string file, int line, string section, string marked, IReadOnlyDictionary<string, string> metadata)
    {
        var input = new StringBuilder(marked.Length);
        var marks = new List<MarkedSpan>();
        var open = new Stack<(MarkKind Kind, int Quote, int Start)>();
        string? error = null;
        for (int i = 0; i < marked.Length && error is null; i++)
        {
            char c = marked[i];
            if (OpenKind(c) is { } openKind)
            {
                int quote = 1;
                int j = i + 1;
                while (j < marked.Length && char.IsAsciiDigit(marked[j]))
                {
                    j++;
                }

                if (j > i + 1 && j < marked.Length && marked[j] == '|')
                {
                    quote = int.Parse(marked.AsSpan(i + 1, j - i - 1), CultureInfo.InvariantCulture);
                    i = j;
                }

                open.Push((openKind, quote, input.Length));
            }
            else if (CloseKind(c) is { } closeKind)
            {
                if (open.Count == 0 || open.Peek().Kind != closeKind)
                {
                    error = $"mark '{c}' at {i} closes nothing (or the wrong kind of mark)";
                    break;
                }

                var (_, quote, start) = open.Pop();
                if (input.Length == start)
                {
                    error = $"empty {closeKind} mark at {i}";
                    break;
                }

                marks.Add(new MarkedSpan(closeKind, quote, new TextSpan(start, input.Length)));
            }
            else
            {
                input.Append(c);
            }
        }

        if (error is null && open.Count > 0)
        {
            error = $"{open.Count} mark(s) not closed";
        }

        if (error is null && metadata.TryGetValue("scope", out var scope) && scope is not ("direct-only" or "all"))
        {
            error = $"unknown scope '{scope}' (direct-only or all)";
        }

        marks.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new SpecExample(file, line, section, marked, input.ToString(), marks, metadata, error);
    }

    private static MarkKind? OpenKind(char c) => c switch
    {
        '⟦' => MarkKind.Content,
        '⟨' => MarkKind.Speaker,
        '⟪' => MarkKind.Cue,
        _ => null,
    };

    private static MarkKind? CloseKind(char c) => c switch
    {
        '⟧' => MarkKind.Content,
        '⟩' => MarkKind.Speaker,
        '⟫' => MarkKind.Cue,
        _ => null,
    };
}
