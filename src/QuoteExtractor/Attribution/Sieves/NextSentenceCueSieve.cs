namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// <c>« … » C'est ce qu'a déclaré le ministre.</c>, <c>“…” That is what Jane Roe said.</c>: the sentence right after the
/// quote opens with a phrase that takes up its words (<see cref="Languages.LanguageProfile.TakenUpLeads"/>), and the
/// speech verb that follows names who spoke them, after it (French stylistic inversion) or before it.
/// </summary>
internal sealed class NextSentenceCueSieve : IAttributionSieve
{
    /// <summary>How many tokens may stand between the phrase and the speech verb (<c>what Jane Roe has repeatedly said</c>).</summary>
    private const int MaxTokensBeforeVerb = 8;

    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        var tokens = context.Tokens;
        int next = quote.CloseToken + 1;
        if (quote.CloseToken < 0 || next + 1 >= tokens.Count)
        {
            return null;
        }

        // "« … ». C'est ce qu'…" starts a sentence; "« … », c'est ce qu'…" goes on with the quote's.
        bool comma = context.Document.IsText(next, ",");
        if (tokens[next].Kind == TokenKind.Punctuation)
        {
            next++;
        }

        if (tokens[next].Kind != TokenKind.Word || !(comma || tokens[next].Has(TokenFlags.SentenceStart))
            || context.Document.PhraseLengthAt(next, context.Profile.TakenUpLeads) is not (> 0 and int lead))
        {
            return null;
        }

        int start = next + lead;

        // "qu'a déclaré le ministre": the speaker follows the verb; "ce que Jean Roux a dit", "what she said": it comes before.
        int inverted = context.SkipAuxiliaries(start, forward: true);
        if (context.IsCue(inverted))
        {
            return context.SpeakerAfterAdjuncts(inverted + 1) is { } speaker
                ? context.Propose(speaker, inverted, inverted + 1, AttributionRules.NextSentenceCue)
                : null;
        }

        // "That is what the plan needs, Jane Doe said.": past a mark the verb reports the sentence, not the quote.
        int sentence = context.SentenceIndexOf(start);
        for (int verb = start + 1; verb < tokens.Count && verb <= start + MaxTokensBeforeVerb && context.SentenceIndexOf(verb) == sentence
            && tokens[verb].Kind != TokenKind.Punctuation; verb++)
        {
            if (context.IsCue(verb))
            {
                return context.SubjectBefore(verb) is { } subject ? context.Propose(subject, verb, verb + 1, AttributionRules.NextSentenceCue) : null;
            }
        }

        return null;
    }
}
