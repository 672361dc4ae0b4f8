using FluentAssertions;

namespace QuoteExtract.Cli.Tests;

/// <summary>
/// The ordered pipeline behind <c>quotex extract</c>: results in input order from several threads, and a cancellation
/// that ends the run even while batches wait in its queue.
/// </summary>
public sealed class OrderedPipelineTests
{
    [Test]
    public async Task Run_ItemsOfUnevenCost_YieldsInInputOrder()
    {
        var items = Enumerable.Range(0, 200).ToList();

        var results = new List<int>();
        await foreach (var r in OrderedPipeline.Run(items, i => { Thread.SpinWait((i % 7) * 2000); return i * 2; }, jobs: 3, CancellationToken.None, _ => 1, batchWeight: 4))
        {
            results.Add(r);
        }

        results.Should().Equal(items.Select(i => i * 2));
    }

    [Test]
    public async Task Run_CancelledWhileItsOnlyThreadIsBusy_EndsWithoutWaitingForQueuedBatches()
    {
        // One thread, held on the first item until the test lets it go; the second item waits in the queue, and the
        // thread stops taking batches once the run is cancelled. The reader must not wait for that batch forever.
        using var cancellation = new CancellationTokenSource();
        using var firstStarted = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        int Process(int i)
        {
            if (i == 0)
            {
                firstStarted.Set();
                release.Wait(TimeSpan.FromSeconds(30));
            }

            return i;
        }

        var results = new List<int>();
        var run = Task.Run(async () =>
        {
            await foreach (var r in OrderedPipeline.Run(new[] { 0, 1 }, Process, jobs: 1, cancellation.Token))
            {
                results.Add(r);
            }
        });

        firstStarted.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue();
        await cancellation.CancelAsync();
        release.Set(); // the thread finishes item 0, then sees the cancellation and takes no more
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));

        finished.Should().BeSameAs(run, "a cancelled run ends instead of waiting for a batch no thread will take");
        await FluentActions.Awaiting(() => run).Should().ThrowAsync<OperationCanceledException>();
        results.Should().BeEmpty();
    }
}
