namespace QuoteExtract.Cli;

/// <summary>How input is read (<c>--input-format</c>).</summary>
internal enum InputFormat
{
    /// <summary>Files by extension (<c>.jsonl</c>, <c>.ndjson</c>: JSONL; others: one text); standard input line by line (a line opening with <c>{</c> is JSON, others one text each).</summary>
    Auto,

    /// <summary>Every line a JSON object <c>{"id", "text"}</c>; any other line is an error record.</summary>
    Jsonl,

    /// <summary>Each file, or all of standard input, is one document.</summary>
    Text,
}
