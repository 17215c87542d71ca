namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// <c>Mr Doe accused the chiefs of lying.</c> / <c>“…”</c>: a quote that stands alone as a paragraph after
/// a paragraph that reports someone's words without quoting them gives those words, and so is that
/// reporter's subject's.
/// </summary>
internal sealed class ReportedSpeakerSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        var tokens = context.Tokens;
        if (quote.OpenToken == 0 || !tokens[quote.OpenToken].Has(TokenFlags.ParagraphStart)
            || (quote.LastToken + 1 < tokens.Count && !tokens[quote.LastToken + 1].Has(TokenFlags.ParagraphStart)))
        {
            return null;
        }

        // The reporting sentence ends the previous paragraph and quotes nothing itself.
        var sentence = context.SentenceOf(quote.OpenToken - 1);
        if (index > 0 && context.Quotes[index - 1].LastToken >= sentence.FirstToken)
        {
            return null;
        }

        for (int verb = context.NextCueCandidate(sentence.FirstToken); verb < sentence.EndToken; verb = context.NextCueCandidate(verb + 1))
        {
            if (context.IsCue(verb))
            {
                return (context.InvertedAfterComma(verb) ?? context.SubjectBefore(verb)) is { } subject
                    && context.Mentions[subject] is { Type: MentionType.Name or MentionType.Description or MentionType.Pronoun, IsIndefinite: false }
                    ? context.Propose(subject, verb, verb + 1, AttributionRules.ReportedSpeaker)
                    : null;
            }
        }

        return null;
    }
}
