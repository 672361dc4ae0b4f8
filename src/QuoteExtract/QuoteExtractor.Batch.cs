using System.Runtime.CompilerServices;

namespace QuoteExtract;

/// <summary>Batch extraction: many texts on several threads, results in input order.</summary>
public sealed partial class QuoteExtractor
{
    /// <summary>
    /// Extracts the quotes of each text in <paramref name="texts"/>, up to <paramref name="degreeOfParallelism"/> texts
    /// at a time, and yields the results in the order of the texts: the i-th result is <c>Extract(text i)</c>. The
    /// sequence is read lazily, at most three times <paramref name="degreeOfParallelism"/> texts ahead of the result last
    /// yielded, so a thread that finishes a short text starts the next while a longer one before it is still running.
    /// </summary>
    /// <param name="texts">The texts; none may be null.</param>
    /// <param name="degreeOfParallelism">How many texts are extracted at once: 1 runs on the calling thread; 0 (the default) means one per processor.</param>
    /// <param name="cancellationToken">Stops the batch: no text is started after it is cancelled, and enumeration throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null, or (when enumerated) one of the texts is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is negative.</exception>
    public IEnumerable<ExtractionResult> ExtractMany(IEnumerable<string> texts, int degreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        int parallelism = Parallelism(degreeOfParallelism);
        return parallelism == 1 ? Sequential(texts, cancellationToken) : Parallel(texts, parallelism, cancellationToken);
    }

    /// <summary>
    /// Extracts the quotes of each text of an asynchronous stream, up to <paramref name="degreeOfParallelism"/> texts at
    /// a time on the thread pool, and yields the results in the order of the texts.
    /// </summary>
    /// <param name="texts">The texts; none may be null.</param>
    /// <param name="degreeOfParallelism">How many texts are extracted at once; 0 (the default) means one per processor.</param>
    /// <param name="cancellationToken">Stops the batch: no text is started after it is cancelled, and enumeration throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null, or (when enumerated) one of the texts is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is negative.</exception>
    public IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IAsyncEnumerable<string> texts, int degreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return ParallelAsync(texts, Parallelism(degreeOfParallelism), cancellationToken);
    }

    private static int Parallelism(int degreeOfParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degreeOfParallelism);
        return degreeOfParallelism == 0 ? Environment.ProcessorCount : degreeOfParallelism;
    }

    private IEnumerable<ExtractionResult> Sequential(IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Extract(text);
        }
    }

    // A window of at most `WindowPerThread × parallelism` started extractions, of which at most `parallelism` run at
    // once (the gate); the oldest is awaited and yielded before another starts, so results keep input order and a
    // bounded number of texts is held. With a window of only `parallelism`, a thread that finished a short text waited
    // for the oldest, longer one before it could start another.
    private IEnumerable<ExtractionResult> Parallel(IEnumerable<string> texts, int parallelism, CancellationToken cancellationToken)
    {
        var window = new Queue<Task<ExtractionResult>>(WindowPerThread * parallelism);
        var gate = new SemaphoreSlim(parallelism);
        try
        {
            foreach (var text in texts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                window.Enqueue(Start(text, gate, cancellationToken));
                if (window.Count == WindowPerThread * parallelism)
                {
                    yield return window.Dequeue().GetAwaiter().GetResult();
                }
            }

            while (window.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            Drain(window);
            gate.Dispose();
        }
    }

    private async IAsyncEnumerable<ExtractionResult> ParallelAsync(
        IAsyncEnumerable<string> texts, int parallelism, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new Queue<Task<ExtractionResult>>(WindowPerThread * parallelism);
        var gate = new SemaphoreSlim(parallelism);
        try
        {
            await foreach (var text in texts.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                window.Enqueue(Start(text, gate, cancellationToken));
                if (window.Count == WindowPerThread * parallelism)
                {
                    yield return await window.Dequeue().ConfigureAwait(false);
                }
            }

            while (window.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return await window.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            Drain(window);
            gate.Dispose();
        }
    }

    /// <summary>How many texts a batch holds started for each thread: the window of results in input order.</summary>
    private const int WindowPerThread = 3;

    private Task<ExtractionResult> Start(string text, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text, nameof(text));
        return Task.Run(
            async () =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return Extract(text);
                }
                finally
                {
                    gate.Release();
                }
            },
            cancellationToken);
    }

    // When the caller stops early (break, cancellation, an exception), the extractions already started finish before
    // the enumerator is disposed, so none runs on after the batch is over.
    private static void Drain(Queue<Task<ExtractionResult>> window)
    {
        while (window.Count > 0)
        {
            var task = window.Dequeue();
            ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        }
    }
}
