using CsCheck;
using FluentAssertions;
using QuoteExtract.Attribution;

namespace QuoteExtract.Tests.Performance;

/// <summary>
/// The span index answers as a scan of the list would, and its look-ups that step on from the previous answer (a hint)
/// give the binary search's answer whatever the order of the queries.
/// </summary>
public sealed class SpanIndexTests
{
    private static readonly Gen<TextSpan> Span = Gen.Select(Gen.Int[0, 60], Gen.Int[0, 12]).Select((start, length) => new TextSpan(start, start + length));

    [Test]
    public void HintedLookups_AnyQueries_AnswerAsTheBinarySearch()
    {
        Gen.Select(Span.Array[0, 40], Gen.Int[-2, 80].Array[1, 30], Gen.Bool).Sample((spans, positions, sortQueries) =>
        {
            var index = new SpanIndex(spans.Length, i => spans[i]);
            var queries = sortQueries ? [.. positions.Order()] : positions; // mostly forward, as the attributor asks, or any order
            int countHint = 0, endHint = 0, overlapHint = 0;
            foreach (int q in queries)
            {
                index.CountStartingBefore(q, ref countHint).Should().Be(index.CountStartingBefore(q));
                index.FirstEndingAfter(q, ref endHint).Should().Be(index.FirstEndingAfter(q));
                var probe = new TextSpan(Math.Max(0, q), Math.Max(0, q) + 5);
                index.FirstOverlapping(probe, ref overlapHint).Should().Be(index.FirstOverlapping(probe));
            }
        });
    }

    [Test]
    public void FirstOverlapping_AnySpans_IsTheFirstInListOrder()
    {
        Gen.Select(Span.Array[0, 40], Span).Sample((spans, probe) =>
        {
            var index = new SpanIndex(spans.Length, i => spans[i]);
            int expected = Array.FindIndex(spans, s => s.Overlaps(probe));

            index.FirstOverlapping(probe).Should().Be(expected);
        });
    }
}
