namespace QuoteExtract.Cli;

/// <summary>What <c>quotex extract</c> writes (<c>--format</c>).</summary>
internal enum OutputFormat
{
    /// <summary>A readable listing for a person at a terminal.</summary>
    Text,

    /// <summary>One indented JSON array of documents.</summary>
    Json,

    /// <summary>One JSON document a line.</summary>
    Jsonl,

    /// <summary>One row per quote (one per document without quotes), RFC 4180, with a header row.</summary>
    Csv,

    /// <summary>The rows of <see cref="Csv"/> in an Apache Parquet file.</summary>
    Parquet,

    /// <summary>One self-contained HTML page: the articles with their quotes highlighted, speakers linked to entities.</summary>
    Html,
}
