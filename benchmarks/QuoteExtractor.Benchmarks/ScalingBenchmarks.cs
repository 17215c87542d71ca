using BenchmarkDotNet.Attributes;

namespace QuoteExtraction.Benchmarks;

/// <summary>One article of news from 1 KB to 10 MB: the cost per byte must stay flat.</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private readonly QuoteExtractor _extractor = new(new QuoteExtractorOptions { Language = Language.English });
    private string _text = string.Empty;

    /// <summary>The article's length in characters.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000, 10_000_000)]
    public int Size { get; set; }

    /// <summary>Builds the article from the news corpus.</summary>
    [GlobalSetup]
    public void Setup() => _text = NewsCorpus.OfLength(Size);

    /// <summary>The whole pipeline on the one article.</summary>
    [Benchmark]
    public int ExtractQuotes() => _extractor.ExtractQuotes(_text).Count;
}
