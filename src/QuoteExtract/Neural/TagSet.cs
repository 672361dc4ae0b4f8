namespace QuoteExtract.Neural;

/// <summary>
/// The tagger's labels, one per token, BIO over the three roles PolNeAR annotates: the source (speaker), the cue and
/// the content. The order is the order of the model's output columns.
/// </summary>
internal static class TagSet
{
    public const int Outside = 0;
    public const int BeginSource = 1;
    public const int InsideSource = 2;
    public const int BeginCue = 3;
    public const int InsideCue = 4;
    public const int BeginContent = 5;
    public const int InsideContent = 6;

    /// <summary>How many labels there are.</summary>
    public const int Count = 7;

    /// <summary>The role of a label: 0 outside, 1 source, 2 cue, 3 content.</summary>
    public static int Role(int label) => (label + 1) / 2;

    /// <summary>Whether a label begins a span.</summary>
    public static bool Begins(int label) => label is BeginSource or BeginCue or BeginContent;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/>: an inside label only continues its own role.</summary>
    public static bool Allowed(int previous, int next) =>
        next is not (InsideSource or InsideCue or InsideContent) || (previous != Outside && Role(previous) == Role(next));
}
