namespace QuoteExtraction.Attribution.Sieves;

/// <summary>A quote with no cue of its own continues the previous quote's speaker when nobody else is named in between.</summary>
internal sealed class FloatingQuoteSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        if (index == 0 || context.AttributionOf(index - 1) is not { } previous || previous.Entity < 0)
        {
            return null;
        }

        var quote = context.Quotes[index];
        var before = context.Quotes[index - 1];
        if (context.ParagraphOf(quote.OpenToken) - context.ParagraphOf(before.LastToken) > 2)
        {
            return null;
        }

        // Mentions in the previous quote's own attribution sentence (its speaker's apposition) do not count.
        var attributionSentence = context.SentenceOf(before.LastToken);
        int from = Math.Min(attributionSentence.EndToken - 1, quote.OpenToken - 1);
        var mentions = context.Mentions;
        int named = previous.Mention;
        for (int m = context.FirstMentionAfter(from); m < mentions.Count && mentions[m].First < quote.OpenToken; m++)
        {
            var mention = mentions[m];
            if (mention.InsideQuote || mention.Type == MentionType.Pronoun)
            {
                continue;
            }

            if (mention.Entity != previous.Entity && mention.Type != MentionType.Organization)
            {
                return null;
            }

            // The speaker named again between the quotes is the quote's nearer mention.
            if (mention.Entity == previous.Entity)
            {
                named = m;
            }
        }

        return previous with
        {
            Mention = named,
            CueFirst = -1,
            CueEnd = -1,
            Rule = AttributionRules.FloatingQuote,
            Confidence = Math.Min(previous.Confidence, AttributionRules.FloatingQuote.Confidence),
            LinkedPronoun = -1,
        };
    }
}
