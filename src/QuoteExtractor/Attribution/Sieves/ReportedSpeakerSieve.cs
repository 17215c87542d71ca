using QuoteExtraction.Quotes;

namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// <c>Mr Doe accused the chiefs of lying.</c> / <c>“…”</c>: a quote that stands alone as a paragraph after
/// a paragraph that reports someone's words without quoting them gives those words, and so is that
/// reporter's subject's. So is a quote in a sentence that names nobody, right after a sentence of its
/// paragraph that reports someone's words (<c>He said timing mattered. And “…”</c>).
/// </summary>
internal sealed class ReportedSpeakerSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        var tokens = context.Tokens;
        if (quote.OpenToken == 0)
        {
            return null;
        }

        if (!tokens[quote.OpenToken].Has(TokenFlags.ParagraphStart))
        {
            return InParagraph(context, index, quote);
        }

        if (quote.LastToken + 1 < tokens.Count && !tokens[quote.LastToken + 1].Has(TokenFlags.ParagraphStart))
        {
            return null;
        }

        // The reporting sentence ends the previous paragraph and quotes nothing itself.
        var sentence = context.SentenceOf(quote.OpenToken - 1);
        if (index > 0 && context.Quotes[index - 1].LastToken >= sentence.FirstToken)
        {
            return null;
        }

        return Reporter(context, sentence, reportedFirst: false, AttributionRules.ReportedSpeaker);
    }

    /// <summary>
    /// The quote's sentence names nobody outside quotations and follows, in its paragraph, a sentence that
    /// reports someone's words: that someone speaks.
    /// </summary>
    private static QuoteAttribution? InParagraph(AttributionContext context, int index, ScannedQuote quote)
    {
        var own = context.SentenceOf(quote.OpenToken);
        if (own.FirstToken == 0 || context.ParagraphOf(own.FirstToken - 1) != context.ParagraphOf(quote.OpenToken))
        {
            return null;
        }

        // Read as far as a cue would be sought around the quote, so that a quote costs the same however long its sentence.
        int before = Math.Max(own.FirstToken, quote.OpenToken - AttributionContext.MaxSentenceReach);
        int after = Math.Min(own.EndToken, quote.LastToken + 1 + AttributionContext.MaxSentenceReach);
        if (NamesSomebody(context, before, quote.OpenToken) || NamesSomebody(context, quote.LastToken + 1, after))
        {
            return null;
        }

        // A sentence that quotes someone itself is a split quote's or a run of quotes', which other sieves read.
        var previous = context.SentenceOf(own.FirstToken - 1);
        if (index > 0 && context.Quotes[index - 1].LastToken >= previous.FirstToken)
        {
            return null;
        }

        return Reporter(context, previous, reportedFirst: true, AttributionRules.ReportedSpeakerInParagraph);
    }

    /// <summary>Whether a mention outside quotations starts among the tokens <c>[first, end)</c>.</summary>
    private static bool NamesSomebody(AttributionContext context, int first, int end)
    {
        var mentions = context.Mentions;
        for (int m = context.FirstMentionAfter(first - 1); m < mentions.Count && mentions[m].First < end; m++)
        {
            if (!mentions[m].InsideQuote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of the first speech verb of <paramref name="sentence"/> (among its first tokens, so that the cost per quote is bounded), a person or someone described, proposed by
    /// <paramref name="rule"/>; null when none. With <paramref name="reportedFirst"/>, the subject before the verb is
    /// sought first (<c>Jane Doe, the ambassador, told Acme News …</c>), else the speaker of an inverted verb.
    /// </summary>
    private static QuoteAttribution? Reporter(AttributionContext context, Segment sentence, bool reportedFirst, AttributionRule rule)
    {
        int end = Math.Min(sentence.EndToken, sentence.FirstToken + (2 * AttributionContext.MaxSentenceReach));
        for (int verb = context.NextCueCandidate(sentence.FirstToken); verb < end; verb = context.NextCueCandidate(verb + 1))
        {
            if (context.IsCue(verb))
            {
                var subject = reportedFirst ? context.SubjectBefore(verb) ?? context.InvertedAfterComma(verb) : context.InvertedAfterComma(verb) ?? context.SubjectBefore(verb);
                return subject is { } reporter
                    && context.Mentions[reporter] is { Type: MentionType.Name or MentionType.Description or MentionType.Pronoun, IsIndefinite: false }
                    ? context.Propose(reporter, verb, verb + 1, rule)
                    : null;
            }
        }

        return null;
    }
}
