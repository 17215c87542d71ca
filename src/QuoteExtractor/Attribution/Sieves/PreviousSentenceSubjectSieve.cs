namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// "Sen. Bernie Sanders identified … as one of the reasons. “The younger people are …”": a quote that
/// follows, in the same paragraph, a sentence opened by a person is most often that person's words; so
/// is one after a sentence whose subject, past a long introduction, is a person, or whose opinion
/// marker names one (<c>Pour Jean Roux, le parti sort indemne. « … »</c>). A quote that opens its paragraph
/// follows so the last sentence of the paragraph before when that sentence neither quotes nor reports
/// anyone (<c>Jane Doe is upbeat about the vote.</c> / <c>“We can win.”</c>).
/// </summary>
internal sealed class PreviousSentenceSubjectSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        var open = context.Tokens[quote.OpenToken];
        if (quote.Kind != QuoteKind.Direct || !open.Has(TokenFlags.SentenceStart) || quote.OpenToken == 0)
        {
            return null;
        }

        var previous = context.SentenceOf(quote.OpenToken - 1);

        // Across a paragraph break, only after a sentence that neither quotes nor reports words (ReportedSpeakerSieve reads those),
        // and for a quote whose own sentence has no speech verb, which would name its speaker.
        if (open.Has(TokenFlags.ParagraphStart) && (HasCue(context, previous) || HasCue(context, context.SentenceOf(quote.OpenToken)) || (index > 0 && context.Quotes[index - 1].LastToken >= previous.FirstToken)))
        {
            return null;
        }

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

    /// <summary>Whether a speech verb stands in <paramref name="sentence"/>, outside quotations: its subject is not the one who speaks next.</summary>
    private static bool HasCue(AttributionContext context, Segment sentence)
    {
        for (int verb = context.NextCueCandidate(sentence.FirstToken); verb < sentence.EndToken; verb = context.NextCueCandidate(verb + 1))
        {
            if (context.IsCue(verb))
            {
                return true;
            }
        }

        return false;
    }
}
