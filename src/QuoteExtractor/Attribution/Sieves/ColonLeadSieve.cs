using QuoteExtraction.Languages;

namespace QuoteExtraction.Attribution.Sieves;

/// <summary>A name and a colon right before the quote (<c>Jeffrey M. Jones: “…”</c>).</summary>
internal sealed class ColonLeadSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        int colon = quote.OpenToken - 1;
        // A quote that starts a sentence in the colon's paragraph follows a rubric (WATCH: “…”), not a speaker.
        var open = context.Tokens[quote.OpenToken];
        if (open.Has(TokenFlags.SentenceStart) && !open.Has(TokenFlags.ParagraphStart))
        {
            return null;
        }

        if (context.IsText(colon, ":") && colon > 0 && context.MentionEndingAt(colon - 1) >= 0 && !context.IsInsideQuote(colon - 1))
        {
            int named = context.MentionEndingAt(colon - 1);
            return context.Mentions[named].Type is MentionType.Name or MentionType.Description && !IsAddressee(context, context.Mentions[named].First)
                ? context.Propose(named, -1, -1, AttributionRules.ColonLead)
                : null;
        }

        return null;
    }

    /// <summary>
    /// Whether the name at <paramref name="first"/> is whom a speech verb or noun before it addressed (<c>précise à
    /// la radio X : « … »</c>, <c>delivered a blunt message to X: “…”</c>), not the source (<c>A lesson from X: “…”</c>).
    /// </summary>
    private static bool IsAddressee(AttributionContext context, int first)
    {
        if (!context.IsGoverned(first))
        {
            return false;
        }

        for (int verb = context.NextCueCandidate(context.SentenceOf(first).FirstToken); verb < first; verb = context.NextCueCandidate(verb + 1))
        {
            if (context.IsCue(verb) || context.Is(verb, WordClass.SpeechNoun))
            {
                return true;
            }
        }

        return false;
    }
}
