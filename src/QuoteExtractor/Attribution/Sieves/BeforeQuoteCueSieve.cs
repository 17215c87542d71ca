using QuoteExtraction.Languages;

namespace QuoteExtraction.Attribution.Sieves;

/// <summary><c>X said: “…”</c>, <c>X told reporters “…”</c>, and a lead-in that ends the previous paragraph.</summary>
internal sealed class BeforeQuoteCueSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        int k = quote.OpenToken - 1;
        bool leadIn = context.Tokens[quote.OpenToken].Has(TokenFlags.ParagraphStart);
        if (leadIn && (k < 0 || !context.IsText(k, ":")))
        {
            return null;
        }

        while (k >= 0 && (context.IsText(k, ":") || context.IsText(k, ",") || context.IsDash(k)))
        {
            k--;
        }

        if (k >= 0 && !leadIn && context.Tokens[k].Kind is TokenKind.Punctuation or TokenKind.Ellipsis or TokenKind.QuoteMark)
        {
            // After a full stop or another quote the lead-in belongs to something else.
            return null;
        }

        int sentence = k >= 0 ? context.SentenceIndexOf(k) : -1;
        QuoteAttribution? unresolved = null;
        for (int v = k; v >= 0 && v > k - AttributionContext.MaxLeadInTokens && context.SentenceIndexOf(v) == sentence && !context.IsInsideQuote(v); v--)
        {
            // "…, a précisé le policier, « … »": an incise just before the quote puts its subject after the verb.
            if (context.IsCue(v) && (context.InvertedSubjectAfter(v) ?? context.SubjectBefore(v)) is { } subject
                && context.Propose((quote.Kind == QuoteKind.Partial ? context.OuterReporter(subject) : null) ?? subject, v, v + 1, leadIn ? AttributionRules.LeadIn : AttributionRules.SpeakerCueQuote) is { } found)
            {
                // "…, said it would tell an American story, one of ''…''": an unresolved pronoun
                // yields to a verb further back with a known speaker.
                if (found.Entity >= 0)
                {
                    return found;
                }

                unresolved ??= found;
                continue;
            }

            if (context.Document.SourceMarkerEndingAt(v) is >= 0 and int markerStart && context.MentionNear(v + 1) is { } source)
            {
                return context.Propose(source, markerStart, v + 1, AttributionRules.SourceBeforeQuote);
            }
        }

        // "Sanders made the following comment: “…”", "Obama is rolling out a new message: “…”":
        // a speech noun before the colon belongs to the sentence's subject.
        if (unresolved is null && k >= 0 && context.IsText(k + 1, ":") && context.Tokens[k].Kind == TokenKind.Word
            && context.Is(k, WordClass.SpeechNoun) && context.SentenceSubject(context.Sentences[sentence], k) is { } owner)
        {
            return context.Propose(owner, k, k + 1, leadIn ? AttributionRules.SpeechNounLeadIn : AttributionRules.SpeechNounBeforeQuote);
        }

        return unresolved;
    }
}
