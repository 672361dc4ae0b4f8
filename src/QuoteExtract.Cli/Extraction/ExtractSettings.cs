namespace QuoteExtract.Cli;

/// <summary>The parsed command line of <c>quotex extract</c>.</summary>
internal sealed record ExtractSettings
{
    /// <summary>Default of <c>--max-document-bytes</c>: far above any news article, far below what would exhaust memory.</summary>
    public const long DefaultMaxDocumentBytes = 64L * 1024 * 1024;

    public IReadOnlyList<string> Inputs { get; init; } = [];

    public InputFormat InputFormat { get; init; } = InputFormat.Auto;

    public OutputFormat Format { get; init; } = OutputFormat.Text;

    public string? Output { get; init; }

    public string? OutputDirectory { get; init; }

    public Shard? Shard { get; init; }

    public bool Resume { get; init; }

    public bool KeepGoing { get; init; }

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public bool Quiet { get; init; }

    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    public QuoteExtractorOptions Options { get; init; } = QuoteExtractorOptions.Default;
}
