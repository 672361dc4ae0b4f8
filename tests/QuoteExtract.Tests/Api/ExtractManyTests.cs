using System.Text.Json;
using System.Runtime.CompilerServices;
using FluentAssertions;

namespace QuoteExtract.Tests.Api;

/// <summary><see cref="QuoteExtractor.ExtractMany"/> and <see cref="QuoteExtractor.ExtractManyAsync"/>: the results of <c>Extract</c>, in input order.</summary>
public sealed class ExtractManyTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static readonly string[] Invented =
    [
        "“We will rebuild the pier before summer,” Mayor Ilse Varga said on Monday.",
        "No quotes here at all.",
        string.Empty,
        "The foreman wrote that the night shift would end in March.",
        "“The ferry will run again from the first of May,” said harbourmaster Ilse Moravec.",
    ];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(7)]
    [TestCase(0)]
    public void ExtractMany_PolnearDev_EqualsSequentialExtractInOrder(int degreeOfParallelism)
    {
        var texts = File.ReadLines(SharedData.RequireFile("eval/data/polnear-dev.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToList();
        var sequential = texts.Select(Extractor.Extract).ToList();

        var batch = Extractor.ExtractMany(texts, degreeOfParallelism).ToList();

        texts.Should().HaveCountGreaterThan(50);
        batch.Should().HaveCount(texts.Count);
        for (int i = 0; i < texts.Count; i++)
        {
            QuoteJson.Serialize("d", batch[i]).Should().Be(QuoteJson.Serialize("d", sequential[i]), "result {0} of the batch is Extract(text {0})", i);
        }
    }

    [Test]
    public async Task ExtractManyAsync_PolnearDev_EqualsSequentialExtractInOrder()
    {
        var texts = File.ReadLines(SharedData.RequireFile("eval/data/polnear-dev.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToList();
        var sequential = texts.Select(t => QuoteJson.Serialize("d", Extractor.Extract(t))).ToList();

        var batch = new List<string>();
        await foreach (var result in Extractor.ExtractManyAsync(Async(texts), 3))
        {
            batch.Add(QuoteJson.Serialize("d", result));
        }

        batch.Should().Equal(sequential);
    }

    [Test]
    public void ExtractMany_InventedTexts_KeepsInputOrder()
    {
        var batch = Extractor.ExtractMany(Invented, 3).ToList();

        batch.Select(r => QuoteJson.Serialize("d", r)).Should().Equal(Invented.Select(t => QuoteJson.Serialize("d", Extractor.Extract(t))));
        batch[0].Quotes.Should().ContainSingle().Which.Speaker!.Text.Should().Be("Mayor Ilse Varga");
        batch[2].Should().Be(ExtractionResult.Empty);
    }

    [Test]
    public void ExtractMany_CancelledAfterTwoResults_ThrowsAndStartsNoMore()
    {
        using var cancellation = new CancellationTokenSource();
        int read = 0;
        var texts = Enumerable.Range(0, 1000).Select(i =>
        {
            Interlocked.Increment(ref read);
            return Invented[i % Invented.Length];
        });
        var results = new List<ExtractionResult>();

        var run = () =>
        {
            foreach (var result in Extractor.ExtractMany(texts, 2, cancellation.Token))
            {
                results.Add(result);
                if (results.Count == 2)
                {
                    cancellation.Cancel();
                }
            }
        };

        run.Should().Throw<OperationCanceledException>();
        results.Should().HaveCount(2);
        read.Should().BeLessThan(10, "the sequence is read at most three times the degree of parallelism ahead");
    }

    [Test]
    public async Task ExtractManyAsync_CancelledAfterOneResult_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var results = new List<ExtractionResult>();

        var run = async () =>
        {
            await foreach (var result in Extractor.ExtractManyAsync(Async(Enumerable.Repeat(Invented[0], 1000)), 2, cancellation.Token))
            {
                results.Add(result);
                await cancellation.CancelAsync();
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
        results.Should().HaveCount(1);
    }

    [Test]
    public void ExtractMany_AlreadyCancelled_ThrowsBeforeAnyResult()
    {
        var run = () => Extractor.ExtractMany(Invented, 1, new CancellationToken(canceled: true)).ToList();

        run.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void ExtractMany_BadArguments_ThrowAtTheCall()
    {
        var nullTexts = () => Extractor.ExtractMany(null!);
        var negative = () => Extractor.ExtractMany(Invented, -1);
        var nullText = () => Extractor.ExtractMany(["a", null!], 2).ToList();

        nullTexts.Should().Throw<ArgumentNullException>();
        negative.Should().Throw<ArgumentOutOfRangeException>();
        nullText.Should().Throw<ArgumentNullException>();
    }

    private static async IAsyncEnumerable<string> Async(IEnumerable<string> texts, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return text;
        }
    }
}
