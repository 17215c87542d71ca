namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// A quote with no cue of its own continues the previous quote's speaker when nobody else is named in
/// between; a heading between them (a short paragraph with no sentence punctuation) names nobody who speaks.
/// A quote that names the previous speaker is somebody else's.
/// </summary>
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
            if (mention.InsideQuote || mention.Type == MentionType.Pronoun || context.IsHeading(mention.First) || IsSetting(context, mention))
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

        // "“Van Damme must call me”": a speaker does not name themself in their own words.
        for (int m = context.FirstMentionAfter(quote.OpenToken); m < mentions.Count && mentions[m].First < quote.LastToken; m++)
        {
            if (mentions[m].Type == MentionType.Name && mentions[m].Entity == previous.Entity)
            {
                return null;
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

    /// <summary>
    /// Whether <paramref name="mention"/> is a one-word name, a place or a body that a preposition governs (<c>Sur
    /// l'engagement au Mali « … »</c>): it sets the scene, nobody speaks there; a person named in full may, and the
    /// owner of a noun the preposition governs (<c>of Trump's plan</c>) is the subject of what they own.
    /// </summary>
    private static bool IsSetting(AttributionContext context, MentionCandidate mention) =>
        mention.Type is MentionType.Name or MentionType.Organization && context.IsGoverned(mention.First)
        && !(mention.IsPerson && mention.NameEnd - mention.NameFirst >= 2) && !context.Tokens[mention.End - 1].Has(TokenFlags.Possessive);
}
