using BenchmarkDotNet.Attributes;

namespace QuoteExtraction.Benchmarks;

/// <summary>
/// One megabyte of each hostile shape against one megabyte of news: every shape must cost no more
/// than a few times news, which shows the pipeline is linear whatever the input.
/// </summary>
[MemoryDiagnoser]
public class AdversarialBenchmarks
{
    /// <summary>The size of each input, in characters.</summary>
    public const int Size = 1 << 20;

    private readonly QuoteExtractor _extractor = new(new QuoteExtractorOptions { IncludeNonSpeech = true });
    private string _text = string.Empty;

    [ParamsSource(nameof(AllShapes))]
    public string Shape { get; set; } = "news";

    public static IEnumerable<string> AllShapes => AdversarialInputs.Shapes;

    [GlobalSetup]
    public void Setup() => _text = AdversarialInputs.Make(Shape, Size);

    [Benchmark]
    public int ExtractOneMegabyte() => _extractor.ExtractQuotes(_text).Count;
}
