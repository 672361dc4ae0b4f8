namespace QuoteExtract.Tests;

/// <summary>
/// Locates <c>../shared</c> (the seed article and the evaluation corpora) beside the repository. Tests that
/// need it call <see cref="RequireFile"/>, which marks the test ignored with the reason when it is absent.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? Directory => Root.Value;

    public static string RequireFile(string relativePath)
    {
        var root = Root.Value;
        if (root is null)
        {
            Assert.Ignore($"skipped: ../shared (beside the repository) is not on this machine, so {relativePath} cannot be read");
        }

        var path = Path.Combine(root!, relativePath);
        if (!File.Exists(path))
        {
            Assert.Ignore($"skipped: {path} does not exist");
        }

        return path;
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QuoteExtract.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("QuoteExtract.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? FindRoot()
    {
        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return System.IO.Directory.Exists(candidate) ? candidate : null;
    }
}
