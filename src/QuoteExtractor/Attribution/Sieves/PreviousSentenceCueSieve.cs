namespace QuoteExtraction.Attribution.Sieves;

/// <summary><c>…, Schiff said. “The other factor …”</c>: a quote right after a sentence that ends with its attribution.</summary>
internal sealed class PreviousSentenceCueSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        int k = quote.OpenToken - 1;
        if (k < 1 || !context.Tokens[quote.OpenToken].Has(TokenFlags.SentenceStart) || context.Tokens[quote.OpenToken].Has(TokenFlags.ParagraphStart)
            || context.Tokens[k].Kind != TokenKind.Punctuation || context.Text[context.Tokens[k].Start] != '.')
        {
            return null;
        }

        // A speech verb among the last tokens of the previous sentence ("…, Schiff said.").
        var previous = context.SentenceOf(k);
        for (int verb = k - 1; verb >= previous.FirstToken && verb >= k - 4 && !context.IsInsideQuote(verb); verb--)
        {
            if (!context.IsCue(verb))
            {
                continue;
            }

            if ((context.InvertedAfterComma(verb) ?? context.SubjectBefore(verb) ?? context.MentionAt(verb + 1)) is not { } subject
                || context.Propose(subject, verb, verb + 1, AttributionRules.PreviousSentenceCue) is not { } found)
            {
                return null;
            }

            // "“A,” X, the former governor, told CNN. “B.”": the verb closing the first part of a split quote
            // may have its object after it; the first part's speaker, when another, decides (SplitQuoteSieve).
            int group = quote.Group;
            return group != index && context.AttributionOf(group) is { } head && head.Entity != found.Entity ? null : found;
        }

        return null;
    }
}
