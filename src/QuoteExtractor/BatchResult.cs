namespace QuoteExtraction;

/// <summary>The outcome for one article of <see cref="QuoteExtractor.ExtractQuotesBatch"/>.</summary>
/// <param name="Index">The article's position in the input.</param>
/// <param name="Quotes">Its quotations; empty when it failed.</param>
/// <param name="Error">Why the article could not be read (null text, text too long), or null.</param>
public sealed record BatchResult(int Index, IReadOnlyList<Quote> Quotes, Exception? Error)
{
    /// <summary>Whether the article was read.</summary>
    public bool Succeeded => Error is null;
}
