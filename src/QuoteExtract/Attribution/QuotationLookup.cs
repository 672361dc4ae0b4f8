using QuoteExtract.Detection;

namespace QuoteExtract.Attribution;

/// <summary>
/// The quotations of one kind (whole quotes or fragments) looked up by position: by exact bounds, by start, by end,
/// by overlap and by containment, each answer the one a scan of the list in order would give.
/// </summary>
internal sealed class QuotationLookup
{
    private readonly List<QuotedSpan> spans;
    private readonly SpanIndex index;
    private readonly Dictionary<(int Start, int End), int> byBounds = [];
    private readonly Dictionary<int, int> byStart = [];
    private readonly HashSet<int> ends = [];

    public QuotationLookup(List<QuotedSpan> spans)
    {
        this.spans = spans;
        index = new SpanIndex(spans.Count, i => new TextSpan(spans[i].Start, spans[i].End));
        for (int i = 0; i < spans.Count; i++)
        {
            byBounds.TryAdd((spans[i].Start, spans[i].End), i);
            byStart.TryAdd(spans[i].Start, i);
            ends.Add(spans[i].End);
        }
    }

    /// <summary>The first quotation with exactly these bounds, or -1.</summary>
    public int IndexOf(int start, int end) => byBounds.TryGetValue((start, end), out int i) ? i : -1;

    /// <summary>The first quotation that starts at <paramref name="start"/>, or -1.</summary>
    public int IndexOfStart(int start) => byStart.TryGetValue(start, out int i) ? i : -1;

    /// <summary>Whether a quotation ends at <paramref name="end"/>.</summary>
    public bool AnyEndsAt(int end) => ends.Contains(end);

    /// <summary>The first quotation in list order that overlaps <paramref name="span"/>, or -1.</summary>
    public int FirstOverlapping(TextSpan span) => spans.Count == 0 ? -1 : index.FirstOverlapping(span);

    /// <summary>The quotations that lie inside <paramref name="span"/>.</summary>
    public List<int> Inside(TextSpan span)
    {
        var result = new List<int>();
        index.Inside(span, result);
        return result;
    }
}
