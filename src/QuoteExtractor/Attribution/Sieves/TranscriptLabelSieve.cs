namespace QuoteExtraction.Attribution.Sieves;

/// <summary>A transcript turn: the quote opens with a speaker label in capitals (<c>"PENCE: …</c>).</summary>
internal sealed class TranscriptLabelSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        int first = quote.OpenToken + 1;
        if (first >= context.Tokens.Count || context.MentionStartingAt(first) < 0)
        {
            return null;
        }

        var label = context.Mentions[context.MentionStartingAt(first)];
        return label.End < context.Tokens.Count && context.IsText(label.End, ":") && context.Tokens[first].Has(TokenFlags.AllCaps)
            ? new QuoteAttribution(context.MentionStartingAt(first), label.Entity, -1, -1, AttributionRules.TranscriptLabel, AttributionRules.TranscriptLabel.Confidence)
            : null;
    }
}
