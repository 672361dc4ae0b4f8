using Microsoft.Extensions.FileSystemGlobbing;

namespace QuoteExtract.Cli;

/// <summary>
/// Turns the inputs of the command line into a list of files, in a fixed order: <c>-</c> is standard input; a
/// directory stands for its <c>.txt</c>, <c>.jsonl</c> and <c>.ndjson</c> files, recursively; a path holding
/// <c>*</c> or <c>?</c> is a glob (<c>**</c> crosses folders); <c>@FILE</c> is a manifest of inputs, one a
/// line (blank lines and lines opening with <c>#</c> skipped). Ids: a file named directly is known by its name, one
/// found in a directory or by a glob by its path relative to that directory or the glob's fixed part, a manifest
/// entry by its path as written.
/// </summary>
internal static class InputExpander
{
    private static readonly string[] DirectoryPatterns = ["**/*.txt", "**/*.jsonl", "**/*.ndjson"];

    /// <summary>Expands <paramref name="inputs"/>; problems that leave no file (an empty directory) go to <paramref name="warn"/>.</summary>
    /// <exception cref="UsageException">A manifest cannot be read.</exception>
    public static List<InputItem> Expand(IEnumerable<string> inputs, Action<string> warn)
    {
        var items = new List<InputItem>();
        foreach (var input in inputs)
        {
            if (input.StartsWith('@') && input.Length > 1)
            {
                foreach (var entry in ReadManifest(input[1..]))
                {
                    Add(items, entry, fromManifest: true, warn);
                }
            }
            else
            {
                Add(items, input, fromManifest: false, warn);
            }
        }

        return items;
    }

    private static void Add(List<InputItem> items, string input, bool fromManifest, Action<string> warn)
    {
        if (input == InputItem.StandardInput)
        {
            items.Add(InputItem.Stdin);
        }
        else if (Directory.Exists(input))
        {
            var found = Match(input, DirectoryPatterns);
            if (found.Count == 0)
            {
                warn($"directory {input} holds no .txt, .jsonl or .ndjson file");
            }

            items.AddRange(found);
        }
        else if (!File.Exists(input) && input.AsSpan().IndexOfAny("*?") >= 0)
        {
            var (root, pattern) = SplitGlob(input);
            var found = Directory.Exists(root) ? Match(root, [pattern]) : [];
            if (found.Count == 0)
            {
                warn($"no file matches {input}");
            }

            items.AddRange(found);
        }
        else
        {
            string id = fromManifest && !Path.IsPathRooted(input) ? Normalize(input) : Path.GetFileName(input);
            items.Add(new InputItem(input, id));
        }
    }

    private static List<InputItem> Match(string root, string[] patterns)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        var relative = matcher.GetResultsInFullPath(root)
            .Select(full => Path.GetRelativePath(root, full))
            .Where(r => !r.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Select(Normalize)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. relative.Select(r => new InputItem(Path.Combine(root, r), r))];
    }

    /// <summary>Splits a glob into the folder before its first wildcard and the pattern after it.</summary>
    internal static (string Root, string Pattern) SplitGlob(string glob)
    {
        var parts = glob.Replace('\\', '/').Split('/');
        int first = Array.FindIndex(parts, p => p.AsSpan().IndexOfAny("*?") >= 0);
        string root = string.Join('/', parts[..first]);
        if (root.Length == 0)
        {
            root = glob.StartsWith('/') ? "/" : ".";
        }

        return (root, string.Join('/', parts[first..]));
    }

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return normalized;
    }

    private static IEnumerable<string> ReadManifest(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read manifest {path}: {e.Message}");
        }

        return lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
    }
}
