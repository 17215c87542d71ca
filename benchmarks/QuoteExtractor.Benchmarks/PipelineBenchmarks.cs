using BenchmarkDotNet.Attributes;
using QuoteExtraction.Languages;
using QuoteExtraction.Segmentation;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Benchmarks;

/// <summary>Each pipeline stage and the whole extraction on the seed article.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly QuoteExtractor _extractor = new();
    private readonly List<Token> _tokens = new(4096);
    private readonly List<Segment> _paragraphs = new(256);
    private readonly List<Segment> _sentences = new(256);
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = Articles.Seed;

    [Benchmark]
    public int Tokenize()
    {
        _tokens.Clear();
        Tokenizer.Tokenize(_text, LanguageProfile.English, _tokens);
        return _tokens.Count;
    }

    [Benchmark]
    public int TokenizeAndSegment()
    {
        _tokens.Clear();
        _paragraphs.Clear();
        _sentences.Clear();
        Tokenizer.Tokenize(_text, LanguageProfile.English, _tokens);
        Segmenter.Segment(_text, _tokens, LanguageProfile.English, _paragraphs, _sentences);
        return _sentences.Count;
    }

    [Benchmark]
    public int ExtractQuotes() => _extractor.ExtractQuotes(_text).Count;
}
