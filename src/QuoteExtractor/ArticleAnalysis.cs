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

    /// <summary>The tokens, in text order, with <see cref="TokenFlags.SentenceStart"/> and <see cref="TokenFlags.ParagraphStart"/> set.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences, in text order.</summary>
    public IReadOnlyList<Segment> Sentences { get; }

    /// <summary>The paragraphs, in text order.</summary>
    public IReadOnlyList<Segment> Paragraphs { get; }

    /// <summary>The quotations, in text order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The distinct speakers, each with all its mentions, in the order of their first attributed quote's entity.</summary>
    public IReadOnlyList<Speaker> Speakers { get; }

    /// <summary>
    /// The quotes attributed to <paramref name="speaker"/>, in text order. The speaker is matched by reference,
    /// not by value: a speaker of another article, even one equal to a speaker of this one, has no quotes here.
    /// </summary>
    /// <param name="speaker">One of <see cref="Speakers"/>.</param>
    /// <returns>The speaker's quotes; empty for a speaker of another article.</returns>
    public IReadOnlyList<Quote> QuotesOf(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return [.. Quotes.Where(q => ReferenceEquals(q.Speaker, speaker))];
    }
}
