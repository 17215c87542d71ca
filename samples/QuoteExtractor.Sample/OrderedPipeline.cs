using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace QuoteExtraction.Sample;

/// <summary>
/// Processes a stream of items on several threads and hands the results on in input order. The calling
/// thread reads; the workers process and, one at a time, pass on every result whose turn has come. At
/// most <see cref="MaxItemsPerThread"/> items per thread and <paramref name="maxBytes"/> of input are
/// held at once (one item is always let in), so memory stays bounded whatever the input's size.
/// </summary>
internal sealed class OrderedPipeline<TIn, TOut>(int threads, long maxBytes, Func<TIn, long> size, Func<TIn, TOut> process, Action<TOut> consume)
{
    /// <summary>How many items per thread may be read ahead of the output: enough to keep every thread busy while one waits for a long article.</summary>
    public const int MaxItemsPerThread = 16;

    private readonly object _gate = new();
    private readonly Dictionary<long, (TOut Result, long Size)> _done = [];
    private readonly BlockingCollection<(long Index, TIn Item, long Size)> _queue = [];
    private long _next;
    private int _inFlight;
    private long _bytesInFlight;
    private ExceptionDispatchInfo? _failure;

    /// <summary>
    /// Processes every item of <paramref name="items"/> and passes the results on in order. With one thread
    /// everything runs on the calling thread, one item after the other. The first exception from processing
    /// or consuming stops the run and is thrown once every worker has stopped; one from reading
    /// <paramref name="items"/> is thrown once the items read before it have been passed on.
    /// </summary>
    public void Run(IEnumerable<TIn> items)
    {
        if (threads == 1)
        {
            foreach (var item in items)
            {
                consume(process(item));
            }

            return;
        }

        var workers = new Thread[threads];
        for (int k = 0; k < workers.Length; k++)
        {
            workers[k] = new Thread(Work) { IsBackground = true, Name = $"worker {k + 1}" };
            workers[k].Start();
        }

        // A failure to read (a missing file) stops the reading only: the items read before it are still
        // processed and passed on, as on one thread.
        ExceptionDispatchInfo? readFailure = null;
        try
        {
            long index = 0;
            foreach (var item in items)
            {
                long itemSize = size(item);
                if (!Admit(itemSize))
                {
                    break;
                }

                _queue.Add((index++, item, itemSize));
            }
        }
        catch (Exception e)
        {
            readFailure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _queue.CompleteAdding();
            foreach (var worker in workers)
            {
                worker.Join();
            }
        }

        _failure?.Throw();
        readFailure?.Throw();
    }

    /// <summary>Waits until the item fits in the limits; false when the run has failed.</summary>
    private bool Admit(long itemSize)
    {
        lock (_gate)
        {
            while (_failure is null && _inFlight > 0
                && (_inFlight >= MaxItemsPerThread * threads || _bytesInFlight + itemSize > maxBytes))
            {
                Monitor.Wait(_gate);
            }

            _inFlight++;
            _bytesInFlight += itemSize;
            return _failure is null;
        }
    }

    private void Work()
    {
        foreach (var (index, item, itemSize) in _queue.GetConsumingEnumerable())
        {
            try
            {
                if (Volatile.Read(ref _failure) is not null)
                {
                    continue;
                }

                var result = process(item);
                lock (_gate)
                {
                    _done.Add(index, (result, itemSize));
                    while (_failure is null && _done.Remove(_next, out var ready))
                    {
                        _next++;
                        _inFlight--;
                        _bytesInFlight -= ready.Size;
                        consume(ready.Result);
                    }

                    Monitor.PulseAll(_gate);
                }
            }
            catch (Exception e)
            {
                Fail(e);
            }
        }
    }

    private void Fail(Exception e)
    {
        lock (_gate)
        {
            _failure ??= ExceptionDispatchInfo.Capture(e);
            Monitor.PulseAll(_gate);
        }
    }
}
