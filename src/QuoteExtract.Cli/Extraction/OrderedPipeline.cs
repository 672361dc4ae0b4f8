using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace QuoteExtract.Cli;

/// <summary>
/// Runs a function over a sequence on up to <c>jobs</c> threads and yields the results in input order, each as soon
/// as it and all before it are done. Items go to the threads in batches of about <c>batchWeight</c> (by the weight the
/// caller gives each item; 0: one item a batch), so that thousands of small documents a second do not cost thousands
/// of hand-offs between threads. Memory is bounded: at most <c>2 × jobs</c> batches are read ahead. The input is read
/// on a thread of its own, so a slow pipe delays only the records that wait for it (a pipe reads one item a batch).
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>A batch never holds more items than this, however light they are.</summary>
    private const int MaxBatchItems = 256;

    public static async IAsyncEnumerable<TResult> Run<TItem, TResult>(
        IEnumerable<TItem> items, Func<TItem, TResult> process, int jobs, [EnumeratorCancellation] CancellationToken cancellation,
        Func<TItem, long>? weight = null, long batchWeight = 0)
    {
        var pending = Channel.CreateBounded<Task<TResult[]>>(new BoundedChannelOptions(2 * jobs) { SingleReader = true, SingleWriter = true });
        // Not disposed: a worker may still release its slot after the reader stopped; no wait handle is ever made.
        var slots = new SemaphoreSlim(jobs);

        // Cancelled when the reader stops early (a write failed), so the producer does not wait on a full channel forever.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var feeder = new Feeder<TItem, TResult>(items, process, weight, batchWeight, pending.Writer, slots, stop);
        var producer = Task.Factory.StartNew(feeder.Produce, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            await foreach (var task in pending.Reader.ReadAllAsync(cancellation))
            {
                foreach (var result in await task)
                {
                    yield return result;
                }
            }

            await producer;
        }
        finally
        {
            stop.Cancel();
        }
    }

    /// <summary>
    /// Reads the items on a thread of its own, cuts them into batches and starts each on a thread of the pool, handing
    /// the batches' tasks to the reader in input order.
    /// </summary>
    private sealed class Feeder<TItem, TResult>(
        IEnumerable<TItem> items, Func<TItem, TResult> process, Func<TItem, long>? weight, long batchWeight,
        ChannelWriter<Task<TResult[]>> pending, SemaphoreSlim slots, CancellationTokenSource stop)
    {
        public void Produce()
        {
            try
            {
                var batch = new List<TItem>();
                long batchSize = 0;
                foreach (var item in items)
                {
                    batch.Add(item);
                    batchSize += weight?.Invoke(item) ?? 0;
                    if (batchSize >= batchWeight || batch.Count >= MaxBatchItems)
                    {
                        if (!Start(batch))
                        {
                            return;
                        }

                        batch = [];
                        batchSize = 0;
                    }
                }

                if (batch.Count > 0 && !Start(batch))
                {
                    return;
                }

                pending.Complete();
            }
#pragma warning disable CA1031 // Handed to the reader of the channel, which rethrows it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                pending.Complete(e);
            }
        }

        /// <summary>Starts one batch on a thread of the pool; false when the reader has stopped.</summary>
        private bool Start(List<TItem> batch)
        {
            slots.Wait(stop.Token);
            var task = Task.Run(
                () =>
                {
                    try
                    {
                        var results = new TResult[batch.Count];
                        for (int i = 0; i < results.Length; i++)
                        {
                            results[i] = process(batch[i]);
                        }

                        return results;
                    }
                    finally
                    {
                        slots.Release();
                    }
                },
                CancellationToken.None);
            while (!pending.TryWrite(task))
            {
                if (!pending.WaitToWriteAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                {
                    return false;
                }
            }

            return true;
        }
    }
}
