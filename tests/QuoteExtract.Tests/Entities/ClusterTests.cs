using CsCheck;
using FluentAssertions;
using QuoteExtract.Entities;

namespace QuoteExtract.Tests.Entities;

/// <summary>
/// The nearest mention of an entity to a description ("the diplomat"): found by binary search once an entity has many
/// mentions, it must be the distance a scan of every mention gives.
/// </summary>
public sealed class ClusterTests
{
    private static readonly Gen<TextSpan> Span = Gen.Select(Gen.Int[0, 400], Gen.Int[0, 12]).Select((start, length) => new TextSpan(start, start + length));

    [Test]
    public void NearestMentionDistance_SortedIndex_EqualsAScanOfEveryMention()
    {
        Gen.Select(Span.Array[1, 60], Span.Array[1, 20]).Sample((mentions, descriptions) =>
        {
            var scanned = new Cluster();
            var indexed = new Cluster();
            foreach (var mention in mentions)
            {
                scanned.Mentions.Add(mention);
                indexed.Mentions.Add(mention);
                indexed.IndexMention(mention);
            }

            foreach (var description in descriptions)
            {
                indexed.NearestMentionDistance(description).Should().Be(scanned.NearestMentionDistance(description), $"{description} against [{string.Join(", ", mentions)}]");
            }
        });
    }

    [TestCase(50, 60, 10)]           // a mention ends 10 characters before the description, the next starts 25 after it
    [TestCase(75, 80, 4 * 5)]        // the mention after is nearer, counted four times: 20 against 35 before
    [TestCase(35, 88, int.MaxValue)] // every mention overlaps it
    public void NearestMentionDistance_GapBeforeOrFourTimesTheGapAfter(int start, int end, int expected)
    {
        var cluster = new Cluster();
        foreach (var mention in new[] { new TextSpan(30, 40), new TextSpan(85, 90) })
        {
            cluster.Mentions.Add(mention);
            cluster.IndexMention(mention);
        }

        cluster.NearestMentionDistance(new TextSpan(start, end)).Should().Be(expected);
    }
}
