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
    private readonly QuoteExtractorOptions _options = new() { Language = Language.English };
    private readonly PairingResult _pairing = new();
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
            Segmenter.Segment(article.Document);
            count += article.Document.Sentences.Count;
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
            LanguageProfile.English.ClassifyWords(article.Document);
            count += article.Document.Tokens.Count;
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
            QuoteScanner.Scan(article.Document, _options.IncludeNonSpeech, _pairing);
            count += article.Document.Quotes.Count;
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
            var (document, workspace) = (article.Document, article.Workspace);
            MentionFinder.Find(document, workspace.Mentions, CancellationToken.None);
            var resolver = EntityResolver.Resolve(document, workspace.Mentions, workspace.Entities);
            count += Attributor.Attribute(document, resolver, workspace.Texts, _options.MinimumConfidence, _options.IncludeIndirect, CancellationToken.None).Speakers.Count;
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

    /// <summary>The article tokenized, segmented, with its word classes and quotes, in a workspace of its own.</summary>
    private Prepared Prepare(string text)
    {
        var workspace = new Workspace();
        Tokenizer.Tokenize(text, LanguageProfile.English, workspace.Tokens, CancellationToken.None);
        var document = new Document(text, LanguageProfile.English, workspace);
        Segmenter.Segment(document);
        LanguageProfile.English.ClassifyWords(document);
        QuoteScanner.Scan(document, _options.IncludeNonSpeech, new PairingResult());
        return new Prepared(workspace, document);
    }

    private sealed record Prepared(Workspace Workspace, Document Document);
}
