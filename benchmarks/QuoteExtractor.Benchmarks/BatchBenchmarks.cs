using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace QuoteExtraction.Benchmarks;

/// <summary>
/// The news corpus through <see cref="QuoteExtractor.ExtractQuotesBatch"/> on one and on two threads,
/// with the workstation garbage collector (the default) and with the server one, which suits a process
/// that keeps every core busy with batches.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GarbageCollectorJobs))]
public class BatchBenchmarks
{
    private readonly QuoteExtractor _extractor = new(new QuoteExtractorOptions { Language = Language.English });
    private IReadOnlyList<string> _texts = [];

    /// <summary>How many articles at a time.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Loads the news corpus.</summary>
    [GlobalSetup]
    public void Setup() => _texts = NewsCorpus.Get("news");

    /// <summary>The whole corpus as one batch.</summary>
    [Benchmark]
    public int ExtractBatch() => _extractor.ExtractQuotesBatch(_texts, Threads).Sum(result => result.Quotes.Count);
}

/// <summary>The default job with each garbage collector.</summary>
public sealed class GarbageCollectorJobs : ManualConfig
{
    /// <summary>Adds the workstation and the server job.</summary>
    public GarbageCollectorJobs()
    {
        AddJob(Job.Default.WithGcServer(false).WithId("WorkstationGC"));
        AddJob(Job.Default.WithGcServer(true).WithId("ServerGC"));
    }
}
