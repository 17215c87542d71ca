using BenchmarkDotNet.Attributes;

namespace QuoteExtraction.Benchmarks;

/// <summary>The news corpus through <see cref="QuoteExtractor.ExtractQuotesBatch"/> on one and on two threads.</summary>
[MemoryDiagnoser]
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
