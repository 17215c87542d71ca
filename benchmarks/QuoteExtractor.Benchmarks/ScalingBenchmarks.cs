using BenchmarkDotNet.Attributes;

namespace QuoteExtraction.Benchmarks;

/// <summary>
/// The same ten million characters of news read as articles of 1 KB up to one article of 10 MB: the cost
/// per byte must stay flat. Every size reads the same text, so that only the article length differs
/// (one small article read again and again would stay in the processor's caches and flatter small sizes).
/// </summary>
/// <remarks>
/// No full collection is forced between iterations: a process reading article after article does not
/// collect between them, and a forced one drops the huge article's workspace, which a thread keeps
/// weakly for its next call.
/// </remarks>
[MemoryDiagnoser]
[GcForce(false)]
public class ScalingBenchmarks
{
    /// <summary>The characters of news every size reads.</summary>
    public const int Total = 10_000_000;

    private readonly QuoteExtractor _extractor = new(new QuoteExtractorOptions { Language = Language.English });
    private string[] _articles = [];

    /// <summary>The length of each article in characters.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000, 10_000_000)]
    public int Size { get; set; }

    /// <summary>Cuts the news into articles of <see cref="Size"/> characters.</summary>
    [GlobalSetup]
    public void Setup() => _articles = NewsCorpus.CutInto(Total, Size);

    /// <summary>The whole pipeline on every article, one after another on one thread.</summary>
    [Benchmark]
    public int ExtractQuotes()
    {
        int quotes = 0;
        foreach (var article in _articles)
        {
            quotes += _extractor.ExtractQuotes(article).Count;
        }

        return quotes;
    }

    /// <summary>
    /// The same articles as one batch on one thread (<see cref="QuoteExtractor.ExtractQuotesBatch"/>), which
    /// keeps every article's results until it returns, as the call on a 10 MB article keeps its own: the
    /// collector then promotes the results at every size, and the sizes differ only in the article length.
    /// </summary>
    [Benchmark]
    public int ExtractQuotesBatch() => _extractor.ExtractQuotesBatch(_articles, 1).Sum(result => result.Quotes.Count);
}
