using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace QuoteExtract.Cli;

/// <summary>
/// Runs a function over a sequence on up to <c>jobs</c> threads and yields the results in input order, each as soon
/// as it and all before it are done. Memory is bounded: at most <c>2 × jobs</c> items are read ahead. The input is
/// read on a thread of its own, so a slow pipe delays only the records that wait for it.
/// </summary>
internal static class OrderedPipeline
{
    public static async IAsyncEnumerable<TResult> Run<TItem, TResult>(
        IEnumerable<TItem> items, Func<TItem, TResult> process, int jobs, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var pending = Channel.CreateBounded<Task<TResult>>(new BoundedChannelOptions(2 * jobs) { SingleReader = true, SingleWriter = true });
        // Not disposed: a worker may still release its slot after the reader stopped; no wait handle is ever made.
        var slots = new SemaphoreSlim(jobs);

        // Cancelled when the reader stops early (a write failed), so the producer does not wait on a full channel forever.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var item in items)
                    {
                        slots.Wait(stop.Token);
                        var task = Task.Run(
                            () =>
                            {
                                try
                                {
                                    return process(item);
                                }
                                finally
                                {
                                    slots.Release();
                                }
                            },
                            CancellationToken.None);
                        while (!pending.Writer.TryWrite(task))
                        {
                            if (!pending.Writer.WaitToWriteAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                            {
                                return;
                            }
                        }
                    }

                    pending.Writer.Complete();
                }
#pragma warning disable CA1031 // Handed to the reader of the channel, which rethrows it.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    pending.Writer.Complete(e);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            await foreach (var task in pending.Reader.ReadAllAsync(cancellation))
            {
                yield return await task;
            }

            await producer;
        }
        finally
        {
            stop.Cancel();
        }
    }
}
