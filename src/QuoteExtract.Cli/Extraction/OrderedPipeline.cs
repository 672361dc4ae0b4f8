using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace QuoteExtract.Cli;

/// <summary>
/// Runs a function over a sequence on <c>jobs</c> threads and yields the results in input order, each as soon as it
/// and all before it are done. Items go to the threads in batches of about <c>batchWeight</c> (by the weight the caller
/// gives each item; 0: one item a batch), so that thousands of small documents a second do not cost thousands of
/// hand-offs between threads.
/// </summary>
/// <remarks>
/// The input is read on a thread of its own, which keeps up to <c>2 × jobs</c> batches read ahead of the threads that
/// process them, so a thread that finishes a batch takes the next at once instead of waiting while it is read (input
/// is parsed, and documents differ in length, so a thread that waits for the reader leaves a core idle). The
/// processing threads are threads of their own too, not the shared pool's, so no batch waits for the pool to wake a
/// thread. Memory is bounded: at most <c>4 × jobs</c> batches are between the reader and the output. A slow pipe
/// delays only the records that wait for it (a pipe reads one item a batch).
/// </remarks>
internal static class OrderedPipeline
{
    /// <summary>A batch never holds more items than this, however light they are.</summary>
    private const int MaxBatchItems = 256;

    public static async IAsyncEnumerable<TResult> Run<TItem, TResult>(
        IEnumerable<TItem> items, Func<TItem, TResult> process, int jobs, [EnumeratorCancellation] CancellationToken cancellation,
        Func<TItem, long>? weight = null, long batchWeight = 0)
    {
        // Every batch in input order, from when it is read until its results are written.
        var pending = Channel.CreateBounded<Batch<TItem, TResult>>(new BoundedChannelOptions(4 * jobs) { SingleReader = true, SingleWriter = true });

        // The batches read and not yet taken by a thread. Not disposed: a thread may still be leaving it after the
        // reader stopped; no wait handle is ever made.
#pragma warning disable CA2000
        var ready = new BlockingCollection<Batch<TItem, TResult>>(new ConcurrentQueue<Batch<TItem, TResult>>(), 2 * jobs);
#pragma warning restore CA2000

        // Cancelled when the reader stops early (a write failed), so that neither the producer nor a thread waits forever.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        for (int i = 0; i < jobs; i++)
        {
            _ = Task.Factory.StartNew(() => Work(ready, process, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        var feeder = new Feeder<TItem, TResult>(items, weight, batchWeight, pending.Writer, ready, stop.Token);
        var producer = Task.Factory.StartNew(feeder.Produce, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            await foreach (var batch in pending.Reader.ReadAllAsync(cancellation))
            {
                // Cancellation ends the wait at once: the threads stop taking batches, so a batch still queued would
                // never be done.
                foreach (var result in await batch.Results.Task.WaitAsync(cancellation))
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

    /// <summary>One processing thread: takes batches as they are read, until the input ends or the reader stops.</summary>
    private static void Work<TItem, TResult>(BlockingCollection<Batch<TItem, TResult>> ready, Func<TItem, TResult> process, CancellationToken stop)
    {
        try
        {
            foreach (var batch in ready.GetConsumingEnumerable(stop))
            {
                try
                {
                    var results = new TResult[batch.Items.Count];
                    for (int i = 0; i < results.Length; i++)
                    {
                        results[i] = process(batch.Items[i]);
                    }

                    batch.Results.SetResult(results);
                }
#pragma warning disable CA1031 // Handed to the reader through the batch, which rethrows it.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    batch.Results.SetException(e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The reader stopped: no one waits for more results.
        }
    }

    /// <summary>A batch of items and, once a thread has processed it, their results.</summary>
    private sealed class Batch<TItem, TResult>(List<TItem> items)
    {
        public List<TItem> Items { get; } = items;

        public TaskCompletionSource<TResult[]> Results { get; } = new();
    }

    /// <summary>
    /// Reads the items on a thread of its own, cuts them into batches and hands each both to the reader (in input order)
    /// and to the processing threads.
    /// </summary>
    private sealed class Feeder<TItem, TResult>(
        IEnumerable<TItem> items, Func<TItem, long>? weight, long batchWeight,
        ChannelWriter<Batch<TItem, TResult>> pending, BlockingCollection<Batch<TItem, TResult>> ready, CancellationToken stop)
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
            finally
            {
                ready.CompleteAdding();
            }
        }

        /// <summary>Queues one batch for the reader and the threads; false when the reader has stopped.</summary>
        private bool Start(List<TItem> items)
        {
            var batch = new Batch<TItem, TResult>(items);
            while (!pending.TryWrite(batch))
            {
                if (!pending.WaitToWriteAsync(stop).AsTask().GetAwaiter().GetResult())
                {
                    return false;
                }
            }

            try
            {
                ready.Add(batch, stop);
            }
            catch (OperationCanceledException)
            {
                return false;
            }

            return true;
        }
    }
}
