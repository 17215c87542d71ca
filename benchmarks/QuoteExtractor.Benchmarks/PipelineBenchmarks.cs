using BenchmarkDotNet.Attributes;
using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;
using QuoteExtraction.Quotes;
using QuoteExtraction.Segmentation;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Benchmarks;

/// <summary>
/// Each pipeline stage alone, then the whole extraction, over a corpus read one article at a time on
/// one thread. A stage reads the previous stages' output, prepared before measuring.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly QuoteExtractor _extractor = new(new QuoteExtractorOptions { Language = Language.English });
    private readonly List<Token> _tokens = new(1 << 16);
    private readonly List<Segment> _paragraphs = new(1024);
    private readonly List<Segment> _sentences = new(4096);
    private readonly QuoteExtractorOptions _options = new() { Language = Language.English };
    private readonly MentionStore _mentions = new();
    private readonly PairingResult _pairing = new();
    private readonly List<ScannedQuote> _scanned = [];
    private IReadOnlyList<string> _texts = [];
    private Prepared[] _prepared = [];

    /// <summary>The corpus: <c>seed</c> (the seed article) or <c>news</c> (see <see cref="NewsCorpus"/>).</summary>
    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = "news";

    /// <summary>The corpus names.</summary>
    public static IEnumerable<string> CorpusNames => NewsCorpus.Names;

    /// <summary>Loads the corpus and runs every stage once per article, for the later stages to start from.</summary>
    [GlobalSetup(Targets = [nameof(Segment), nameof(ClassifyWords), nameof(ScanQuotes), nameof(Attribute)])]
    public void SetupStages()
    {
        _texts = NewsCorpus.Get(Corpus);
        _prepared = [.. _texts.Select(Prepare)];
    }

    /// <summary>Loads the corpus only: the whole pipeline and the tokenizer start from the text, as users do.</summary>
    [GlobalSetup(Targets = [nameof(Tokenize), nameof(ExtractQuotes)])]
    public void SetupText() => _texts = NewsCorpus.Get(Corpus);

    /// <summary>The tokenizer alone.</summary>
    [Benchmark]
    public int Tokenize()
    {
        int count = 0;
        foreach (var text in _texts)
        {
            _tokens.Clear();
            Tokenizer.Tokenize(text, LanguageProfile.English, _tokens, CancellationToken.None);
            count += _tokens.Count;
        }

        return count;
    }

    /// <summary>Sentences and paragraphs from the tokens.</summary>
    [Benchmark]
    public int Segment()
    {
        int count = 0;
        foreach (var article in _prepared)
        {
            _paragraphs.Clear();
            _sentences.Clear();
            Segmenter.Segment(article.Text, article.Tokens, LanguageProfile.English, _paragraphs, _sentences);
            count += Segmenter.IndexTokens(article.Tokens.Count, _sentences).Length;
        }

        return count;
    }

    /// <summary>Each word's lexicon classes, one lookup per word.</summary>
    [Benchmark]
    public int ClassifyWords()
    {
        int count = 0;
        foreach (var article in _prepared)
        {
            LanguageProfile.English.ClassesOf(article.Text, article.Tokens, article.Classes);
            count += article.Tokens.Count;
        }

        return count;
    }

    /// <summary>Quote spans and kinds from the tokens and sentences.</summary>
    [Benchmark]
    public int ScanQuotes()
    {
        int count = 0;
        foreach (var article in _prepared)
        {
            QuoteScanner.Scan(article.Text, article.Tokens, article.Paragraphs, article.Sentences, article.SentenceOf, article.Classes, LanguageProfile.English, _options, _pairing, _scanned);
            count += _scanned.Count;
        }

        return count;
    }

    /// <summary>Mentions, coreference and speakers for the scanned quotes.</summary>
    [Benchmark]
    public int Attribute()
    {
        int count = 0;
        foreach (var article in _prepared)
        {
            using var attributor = new Attributor(article.Text, article.Tokens, article.Paragraphs, article.Sentences, article.SentenceOf,
                article.Classes, article.Quotes, LanguageProfile.English, _mentions, CancellationToken.None);
            count += attributor.Attribute(article.Quotes, _options.MinimumConfidence).Speakers.Count;
        }

        return count;
    }

    /// <summary>The whole pipeline, as users call it.</summary>
    [Benchmark]
    public int ExtractQuotes()
    {
        int count = 0;
        foreach (var text in _texts)
        {
            count += _extractor.ExtractQuotes(text).Count;
        }

        return count;
    }

    private Prepared Prepare(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, LanguageProfile.English, tokens, CancellationToken.None);
        var paragraphs = new List<Segment>();
        var sentences = new List<Segment>();
        Segmenter.Segment(text, tokens, LanguageProfile.English, paragraphs, sentences);
        var sentenceOf = Segmenter.IndexTokens(tokens.Count, sentences);
        var classes = new WordClass[tokens.Count];
        LanguageProfile.English.ClassesOf(text, tokens, classes);
        var quotes = new List<ScannedQuote>();
        QuoteScanner.Scan(text, tokens, paragraphs, sentences, sentenceOf, classes, LanguageProfile.English, _options, new PairingResult(), quotes);
        return new Prepared(text, tokens, paragraphs, sentences, sentenceOf, classes, quotes);
    }

    private sealed record Prepared(string Text, List<Token> Tokens, List<Segment> Paragraphs, List<Segment> Sentences, int[] SentenceOf,
        WordClass[] Classes, List<ScannedQuote> Quotes);
}
