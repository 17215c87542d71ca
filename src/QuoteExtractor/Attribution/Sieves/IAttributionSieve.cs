namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// One way of finding who speaks a quote. A sieve reads the <see cref="AttributionContext"/> and changes
/// nothing, so that it can be tested alone and the order of the sieves (<see cref="SieveOrder"/>) is the
/// only thing that decides between them.
/// </summary>
internal interface IAttributionSieve
{
    /// <summary>The attribution of quote <paramref name="index"/> of <paramref name="context"/>, or null when the sieve's patterns do not apply.</summary>
    /// <param name="context">The document and what the earlier quotes' attributions tell.</param>
    /// <param name="index">The quote's index in <see cref="AttributionContext.Quotes"/>.</param>
    QuoteAttribution? Attribute(AttributionContext context, int index);
}
