using QuoteExtraction.Languages;
using QuoteExtraction.Quotes;
using QuoteExtraction.Segmentation;

namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// A sentence that opens with its source governs every quote in it: <c>Rush Limbaugh: Hillary …
/// ‘Reeks of Fear.’</c>, <c>According to Yahoo News, Clinton spokesman Jesse Lehrich said … “…”</c>.
/// </summary>
internal sealed class OpeningSourceSieve : IAttributionSieve
{
    /// <summary>The most tokens of a topic between its first word and its colon (<c>on Climate Change</c>).</summary>
    private const int MaxTopicTokens = 5;

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

        // "Said Jane Doe, who watched the count, “It is over.”": a speech verb inverted before its speaker opens the sentence.
        if (InvertedOpeningSpeaker(context, first, quote.OpenToken) is { } speaker)
        {
            return context.Propose(speaker, first, first + 1, AttributionRules.CueOpensSentence);
        }

        // "Pour l'analyste Thomas Berthier, ce sommet est « une occasion manquée »".
        if (context.OpinionHolder(first, quote.OpenToken) is { } holder)
        {
            return context.Propose(holder, first, first + 1, AttributionRules.OpinionOpensSentence);
        }

        // "Annulation du concert : le syndicat fait part de sa « colère »": an opening word that names no one (no
        // mention) and its complement name a topic; the subject after the colon speaks, and with none the quote's own
        // cue decides ("Basket : « … », lâche X").
        if (context.MentionAt(first) is null && context.Is(first + 1, WordClass.ComplementPreposition)
            && ColonWithin(context, first + 1, quote.OpenToken) is int topicColon)
        {
            return context.MentionAt(topicColon + 1) is { } subject
                && context.Mentions[subject] is { Type: not MentionType.Pronoun } after && after.End <= quote.OpenToken
                ? context.Propose(subject, -1, -1, AttributionRules.TopicColonSubject)
                : null;
        }

        // "Rush Limbaugh: …", "Obama on Climate Change: …": a name, perhaps with a short topic, then a colon.
        if (context.MentionAt(first) is { } mention && context.Mentions[mention].Type is MentionType.Name or MentionType.Description)
        {
            int colon = context.Mentions[mention].End;
            if (context.IsPreposition(colon))
            {
                colon = ColonWithin(context, colon, quote.OpenToken) ?? colon;
            }

            if (context.IsText(colon, ":") && colon < quote.OpenToken)
            {
                // "Basket : « … », lâche X": the quote's own cue after it names the speaker.
                return HasCueAfter(context, quote.LastToken) ? null : context.Propose(mention, -1, -1, AttributionRules.ColonLead);
            }

            // "Obama Sees ‘Personal Insult’ in …": a headline's words are most often those of the name that opens it;
            // after a topic and its colon ("Covid-19: Obama Sees ‘…’"), of the name that opens the part after the colon.
            if (context.Mentions[mention].Type == MentionType.Name && context.Mentions[mention].End <= quote.OpenToken
                && QuoteClassifier.IsHeadline(context.Document, sentence, quote.OpenToken, quote.LastToken + 1))
            {
                int headlineSubject = ColonWithin(context, colon, quote.OpenToken) is int topicEnd
                    && context.MentionAt(topicEnd + 1) is { } named && context.Mentions[named] is { Type: MentionType.Name } after && after.First < quote.OpenToken
                    ? named
                    : mention;
                return context.Propose(headlineSubject, -1, -1, AttributionRules.HeadlineSubject);
            }
        }

        return null;
    }

    /// <summary>
    /// The speaker of a past-tense speech verb that opens the sentence at <paramref name="first"/>, when no other speech
    /// verb stands between the speaker and the quote at <paramref name="quote"/> (<c>Citing X, the paper said …</c>).
    /// </summary>
    private static int? InvertedOpeningSpeaker(AttributionContext context, int first, int quote)
    {
        if (!context.IsCue(first) || !context.Tokens[first].Has(TokenFlags.SentenceStart | TokenFlags.Capitalized) || context.IsParticiple(first)
            || context.MentionAt(first + 1) is not { } speaker || context.Mentions[speaker].Type == MentionType.Pronoun || context.Mentions[speaker].End >= quote)
        {
            return null;
        }

        for (int v = context.NextCueCandidate(context.Mentions[speaker].End); v < quote; v = context.NextCueCandidate(v + 1))
        {
            if (context.IsCue(v))
            {
                return null;
            }
        }

        return speaker;
    }

    /// <summary>The colon among the few tokens from <paramref name="start"/> before the quote at <paramref name="quote"/> (a short topic), if any.</summary>
    private static int? ColonWithin(AttributionContext context, int start, int quote)
    {
        for (int i = start; i <= Math.Min(start + MaxTopicTokens, quote - 1); i++)
        {
            if (context.IsText(i, ":"))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Whether a speech verb follows the quote that ends at <paramref name="last"/>, past a comma and auxiliaries (<c>», lâche X</c>, <c>,” she said</c>).</summary>
    private static bool HasCueAfter(AttributionContext context, int last)
    {
        int i = context.IsText(last + 1, ",") ? last + 2 : last + 1;
        if (i >= context.Tokens.Count || context.Tokens[i].Has(TokenFlags.SentenceStart))
        {
            return false;
        }

        int verb = context.SkipAuxiliaries(i, forward: true);
        return context.IsCue(verb) || (context.MentionAt(i) is { } speaker && context.IsCue(context.SkipAuxiliaries(context.Mentions[speaker].End, forward: true)));
    }
}
