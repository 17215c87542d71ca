namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// The second part of <c>“A,” he said. “B.”</c>, with no cue of its own, takes the speaker of its
/// group's first part (<see cref="Quote.Group"/>), a little less surely.
/// </summary>
internal sealed class SplitQuoteSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        int group = context.Quotes[index].Group;
        return group != index && context.AttributionOf(group) is { } head
            ? head with
            {
                Rule = AttributionRules.SplitQuote,
                Confidence = head.Confidence * AttributionRules.SplitQuote.Confidence,
                LinkedPronoun = -1,
            }
            : null;
    }
}
