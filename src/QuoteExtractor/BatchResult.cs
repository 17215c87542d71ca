namespace QuoteExtraction;

/// <summary>
/// The outcome for one article of <see cref="QuoteExtractor.ExtractQuotesBatch"/>. Compares by value, its
/// quotes element by element and its <see cref="Error"/> by type and message, so that two batches of the
/// same articles give equal results, failed articles included.
/// </summary>
/// <param name="Index">The article's position in the input.</param>
/// <param name="Quotes">Its quotations; empty when it failed.</param>
/// <param name="Error">Why the article could not be read (null text, text too long), or null.</param>
public sealed record BatchResult(int Index, IReadOnlyList<Quote> Quotes, Exception? Error)
{
    /// <summary>Whether the article was read.</summary>
    public bool Succeeded => Error is null;

    /// <summary>
    /// True when <paramref name="other"/> has the same index, equal quotes in the same order, and an error of
    /// the same type with the same message (or none). An exception has no value equality of its own: two
    /// failures of the same article are two instances, with stack traces that differ.
    /// </summary>
    /// <param name="other">The result to compare with.</param>
    /// <returns>Whether the two results are equal.</returns>
    public bool Equals(BatchResult? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Index == other.Index
            && Error?.GetType() == other.Error?.GetType() && Error?.Message == other.Error?.Message
            && ValueComparison.SequenceEqual(Quotes, other.Quotes));

    /// <summary>A hash of the index, the number of quotes, and the error's type and message.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Index, Quotes.Count, Error?.GetType(), Error?.Message);

    /// <summary>The result on one line: the article's index and its number of quotes, or its error.</summary>
    /// <returns>For example <c>Article 2: 5 quotes</c> or <c>Article 3: ArgumentNullException: Value cannot be null. (Parameter 'text')</c>.</returns>
    public override string ToString() =>
        Error is null
            ? $"Article {Index}: {Quotes.Count} quote{(Quotes.Count == 1 ? "" : "s")}"
            : $"Article {Index}: {Error.GetType().Name}: {Error.Message.ReplaceLineEndings(" ")}";
}
