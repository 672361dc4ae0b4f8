namespace QuoteExtract;

/// <summary>How a quote reports what was said.</summary>
public enum QuoteType
{
    /// <summary>The content is inside quotation marks: <c>"We will rebuild," Varga said.</c></summary>
    Direct,

    /// <summary>Reported speech without quotation marks: <c>Varga said the town would rebuild.</c></summary>
    Indirect,

    /// <summary>A paraphrase that holds a quoted fragment: <c>Varga said the plan was "a fantasy".</c></summary>
    Mixed,
}
