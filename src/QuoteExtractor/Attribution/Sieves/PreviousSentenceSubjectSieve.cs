using QuoteExtraction.Languages;

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
        if (quote.Kind != QuoteKind.Direct || quote.OpenToken == 0)
        {
            return null;
        }

        // "In an interview with the Herald: “…”": a lead-in that names nobody opens the quote's sentence as well.
        int first = context.Tokens[quote.OpenToken].Has(TokenFlags.SentenceStart) ? quote.OpenToken : LeadInStart(context, quote.OpenToken);
        if (first <= 0)
        {
            return null;
        }

        var open = context.Tokens[first];
        var previous = context.SentenceOf(first - 1);

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

    /// <summary>
    /// The first token of the sentence of the quote that opens at <paramref name="open"/> when the words before the quote are an
    /// adjunct that a preposition opens and a colon ends, with no subject nor speech verb (<c>Dans un entretien au Soir : « … »</c>); else -1.
    /// </summary>
    private static int LeadInStart(AttributionContext context, int open)
    {
        var sentence = context.SentenceOf(open);
        if (!context.IsText(open - 1, ":") || open - 1 == sentence.FirstToken || !context.IsAdjunctPreposition(sentence.FirstToken))
        {
            return -1;
        }

        for (int k = sentence.FirstToken + 1; k < open - 1; k++)
        {
            // A speech verb there would name the speaker; after an article the word is a noun ("In an interview"). A person the
            // adjunct's preposition governs is who heard the words ("in an interview with Jane Roe").
            bool verb = context.IsCue(k) && !context.Is(k - 1, WordClass.Determiner);
            if (context.IsInsideQuote(k) || verb || (context.MentionAt(k) is { } mention && context.Mentions[mention].IsPerson && !context.IsGoverned(k)))
            {
                return -1;
            }
        }

        return sentence.FirstToken;
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
