using QuoteExtraction.Quotes;

namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// <c>Jane Doe, after the vote, paid tribute to her staff: “…”</c>: a quote right after the colon that
/// ends a clause with no speech verb is most often the words of that clause's subject, a person or a
/// named body (<c>The city council was firm in its ruling: “…”</c>); so is a whole sentence quoted after
/// a comma (<c>Jane Doe shared her worries with donors, “…”</c>), where a fragment would be the writer's.
/// </summary>
internal sealed class ColonSubjectSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        int colon = quote.OpenToken - 1;
        if (colon < 1 || !(context.IsText(colon, ":") || (context.IsText(colon, ",") && quote.Kind == QuoteKind.Direct)) || context.IsInsideQuote(colon - 1) || context.Tokens[quote.OpenToken].Has(TokenFlags.ParagraphStart))
        {
            return null;
        }

        // "Asked whether X would go, he demurred: “…”": the subject after the clause's last comma, when one
        // stands there, rather than a mention of the introduction.
        var sentence = context.SentenceOf(colon);
        if ((SubjectAfterLastComma(context, sentence, colon) ?? context.SentenceSubject(sentence, colon)) is not { } subject)
        {
            return null;
        }

        var mention = context.Mentions[subject];
        bool speaks = mention.Type == MentionType.Pronoun ? !mention.IsPlural && !mention.IsIndefinite
            : mention.Type == MentionType.Organization
                || (mention.Type is MentionType.Name or MentionType.Description && mention.Entity >= 0 && context.Entities[mention.Entity].IsPerson);
        return speaks && !context.Tokens[mention.End - 1].Has(TokenFlags.Possessive)
            ? context.Propose(subject, -1, -1, AttributionRules.ColonSubject)
            : null;
    }

    /// <summary>The mention right after the last comma of <paramref name="sentence"/> before <paramref name="colon"/>, or null.</summary>
    private static int? SubjectAfterLastComma(AttributionContext context, Segment sentence, int colon)
    {
        for (int k = colon - 1; k > sentence.FirstToken && k > colon - AttributionContext.MaxSentenceReach; k--)
        {
            if (context.IsText(k, ","))
            {
                return context.IsInsideQuote(k) ? null : context.MentionAt(k + 1);
            }
        }

        return null;
    }
}
