namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// "Sen. Bernie Sanders identified … as one of the reasons. “The younger people are …”": a quote that
/// follows, in the same paragraph, a sentence opened by a person is most often that person's words; so
/// is one after a sentence whose subject, past a long introduction, is a person, or whose opinion
/// marker names one (<c>Pour Jean Roux, le parti sort indemne. « … »</c>).
/// </summary>
internal sealed class PreviousSentenceSubjectSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        var open = context.Tokens[quote.OpenToken];
        if (quote.Kind != QuoteKind.Direct || !open.Has(TokenFlags.SentenceStart) || open.Has(TokenFlags.ParagraphStart) || quote.OpenToken == 0)
        {
            return null;
        }

        var previous = context.SentenceOf(quote.OpenToken - 1);
        if ((context.OpinionHolder(previous.FirstToken, previous.EndToken) ?? context.MentionAt(previous.FirstToken) ?? context.AfterIntroduction(previous, previous.EndToken) ?? context.SentenceSubject(previous, previous.EndToken)) is not { } subject)
        {
            return null;
        }

        var mention = context.Mentions[subject];
        return mention.Type == MentionType.Name && context.Entities[mention.Entity].IsPerson && !context.Tokens[mention.End - 1].Has(TokenFlags.Possessive)
            && !context.IsNegated(mention.End, Math.Min(previous.EndToken, mention.End + AttributionContext.MaxSentenceReach))
            ? context.Propose(subject, -1, -1, AttributionRules.PreviousSentenceSubject)
            : null;
    }
}
