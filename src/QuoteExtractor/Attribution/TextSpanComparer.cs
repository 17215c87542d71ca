namespace QuoteExtraction.Attribution;

/// <summary>
/// Compares spans of one text by their characters, ignoring case, so that the coreference indexes are
/// keyed by where a surname or an organization's words stand in the article rather than by a string
/// made for each. The hash is the runtime's randomized one: the keys come from untrusted text.
/// </summary>
internal sealed class TextSpanComparer : IEqualityComparer<TextSpan>
{
    /// <summary>The text the spans point into: the current call's article, empty between calls.</summary>
    public string Text { get; set; } = string.Empty;

    /// <inheritdoc />
    public bool Equals(TextSpan x, TextSpan y) => x.Slice(Text).Equals(y.Slice(Text), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public int GetHashCode(TextSpan obj) => string.GetHashCode(obj.Slice(Text), StringComparison.OrdinalIgnoreCase);
}
