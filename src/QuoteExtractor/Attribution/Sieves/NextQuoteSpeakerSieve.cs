namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// <c>Why wait eight years? “…”, he says, feeling betrayed. Then he gave in “…”, his lawyer, Jane Doe, replied.</c>:
/// a quote that no sieve attributes, followed in its paragraph by a quote whose cue names its speaker, with
/// nobody else named between them, is that speaker's: the writer gives the source once, after the last part.
/// It reads the attribution of the quote after it, so it runs once all quotes have passed the other sieves.
/// </summary>
internal sealed class NextQuoteSpeakerSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quotes = context.Quotes;
        if (index + 1 >= quotes.Count || context.AttributionOf(index + 1) is not { Entity: >= 0, CueFirst: >= 0 } next)
        {
            return null;
        }

        // A question is most often another's turn: the interviewer asks, the speaker named after answers.
        var quote = quotes[index];
        int open = quotes[index + 1].OpenToken;
        if (context.ParagraphOf(open) != context.ParagraphOf(quote.LastToken) || (quote.CloseToken > 0 && context.IsText(quote.CloseToken - 1, "?")))
        {
            return null;
        }

        var mentions = context.Mentions;
        for (int m = context.FirstMentionAfter(quote.LastToken); m < mentions.Count && mentions[m].First < open; m++)
        {
            if (!mentions[m].InsideQuote && mentions[m].Type != MentionType.Pronoun && mentions[m].Entity != next.Entity)
            {
                return null;
            }
        }

        return next with
        {
            CueFirst = -1,
            CueEnd = -1,
            Rule = AttributionRules.NextQuoteSpeaker,
            Confidence = Math.Min(next.Confidence, AttributionRules.NextQuoteSpeaker.Confidence),
            LinkedPronoun = -1,
        };
    }
}
