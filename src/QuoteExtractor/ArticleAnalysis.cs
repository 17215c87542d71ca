namespace QuoteExtraction;

/// <summary>Everything the extractor found in one article: tokens, sentences, paragraphs, quotes and speakers.</summary>
public sealed class ArticleAnalysis
{
    internal ArticleAnalysis(string text, Language language, IReadOnlyList<Token> tokens, IReadOnlyList<Segment> sentences,
        IReadOnlyList<Segment> paragraphs, IReadOnlyList<Quote> quotes, IReadOnlyList<Speaker> speakers)
    {
        Text = text;
        Language = language;
        Tokens = tokens;
        Sentences = sentences;
        Paragraphs = paragraphs;
        Quotes = quotes;
        Speakers = speakers;
    }

    /// <summary>The article's text, as given; every span points into it.</summary>
    public string Text { get; }

    /// <summary>The language profile used: the one set in the options, or the detected one.</summary>
    public Language Language { get; }

    /// <summary>The tokens, in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences, in text order.</summary>
    public IReadOnlyList<Segment> Sentences { get; }

    /// <summary>The paragraphs, in text order.</summary>
    public IReadOnlyList<Segment> Paragraphs { get; }

    /// <summary>The quotations, in text order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The distinct speakers, each with all its mentions.</summary>
    public IReadOnlyList<Speaker> Speakers { get; }
}
