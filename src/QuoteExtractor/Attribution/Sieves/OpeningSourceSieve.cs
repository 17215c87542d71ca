using QuoteExtraction.Quotes;
using QuoteExtraction.Segmentation;

namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// A sentence that opens with its source governs every quote in it: <c>Rush Limbaugh: Hillary …
/// ‘Reeks of Fear.’</c>, <c>According to Yahoo News, Clinton spokesman Jesse Lehrich said … “…”</c>.
/// </summary>
internal sealed class OpeningSourceSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        var sentence = context.SentenceOf(quote.OpenToken);

        // "Obama on Climate Change: The Trends Are ‘Terrifying.’" when the colon ended a sentence, unless
        // that sentence was a dateline or rubric ("NEW DELHI: …", "WATCH: …").
        if (sentence.FirstToken > 0 && context.IsText(sentence.FirstToken - 1, ":") && !context.Tokens[sentence.FirstToken].Has(TokenFlags.ParagraphStart)
            && !Segmenter.IsLabel(context.Document, context.SentenceOf(sentence.FirstToken - 1)))
        {
            sentence = context.SentenceOf(sentence.FirstToken - 1);
        }

        int first = sentence.FirstToken;
        if (context.SourceMarkerLength(first) is > 0 and int marker && context.MentionNear(first + marker) is { } source && context.Mentions[source].End < quote.OpenToken)
        {
            return context.Propose(source, first, first + marker, AttributionRules.SourceOpensSentence);
        }

        // "Pour l'analyste Thomas Berthier, ce sommet est « une occasion manquée »".
        if (context.Tokens[first].Kind == TokenKind.Word && context.Profile.OpinionMarkers.Contains(context.Tokens[first].GetText(context.Text)) && context.MentionAt(first + 1) is { } holder
            && context.Mentions[holder].Type != MentionType.Pronoun && context.IsText(context.SkipParenthesis(context.Mentions[holder].End), ",") && context.Mentions[holder].End < quote.OpenToken)
        {
            return context.Propose(holder, first, first + 1, AttributionRules.OpinionOpensSentence);
        }

        // "Rush Limbaugh: …", "Obama on Climate Change: …": a name, perhaps with a short topic, then a colon.
        if (context.MentionAt(first) is { } mention && context.Mentions[mention].Type is MentionType.Name or MentionType.Description)
        {
            int colon = context.Mentions[mention].End;
            if (context.IsPreposition(colon))
            {
                int limit = Math.Min(colon + 5, quote.OpenToken);
                while (colon < limit && !context.IsText(colon, ":"))
                {
                    colon++;
                }
            }

            if (context.IsText(colon, ":") && colon < quote.OpenToken)
            {
                return context.Propose(mention, -1, -1, AttributionRules.ColonLead);
            }

            // "Obama Sees ‘Personal Insult’ in …": a headline's words are most often those of the name that opens it.
            if (context.Mentions[mention].Type == MentionType.Name && context.Mentions[mention].End <= quote.OpenToken
                && QuoteClassifier.IsHeadline(context.Document, sentence, quote.OpenToken, quote.LastToken + 1))
            {
                return context.Propose(mention, -1, -1, AttributionRules.HeadlineSubject);
            }
        }

        return null;
    }
}
