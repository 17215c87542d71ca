using QuoteExtraction.Languages;

namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// <c>“…,” an angry Jane Doe went on.</c>: a quote whose words a comma, question or exclamation mark leaves
/// open, followed by a speaker and a verb that closes the clause, is that speaker's, even when no list holds the
/// verb: the layout alone says who spoke.
/// </summary>
internal sealed class QuoteSpeakerVerbSieve : IAttributionSieve
{
    /// <summary>How many words may follow the verb before the clause ends (<c>went on</c>, <c>pressed him again</c>).</summary>
    private const int MaxWordsAfterVerb = 2;

    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        int close = quote.CloseToken;
        var tokens = context.Tokens;
        if (close < 1 || close + 1 >= tokens.Count || tokens[close + 1].Has(TokenFlags.ParagraphStart)
            || tokens[close - 1].Kind != TokenKind.Punctuation || context.Text[tokens[close - 1].Start] is not (',' or '?' or '!'))
        {
            return null;
        }

        if ((context.MentionAt(close + 1) ?? context.DescribedMention(close + 1)) is not { } speaker || context.Mentions[speaker] is not { Type: MentionType.Name or MentionType.Description or MentionType.Pronoun } mention
            || tokens[mention.End - 1].Has(TokenFlags.Possessive))
        {
            return null;
        }

        int verb = context.SkipAuxiliaries(mention.End, forward: true);
        return IsClauseVerb(context, verb) && ClosesClause(context, verb + 1)
            ? context.Propose(speaker, -1, -1, AttributionRules.QuoteSpeakerVerb)
            : null;
    }

    /// <summary>Whether token <paramref name="verb"/> may be a verb of its own: a lower-case word outside quotations, neither a function word nor a copula.</summary>
    private static bool IsClauseVerb(AttributionContext context, int verb) =>
        verb < context.Tokens.Count && context.Tokens[verb] is { Kind: TokenKind.Word } token && !token.Has(TokenFlags.Capitalized)
        && !context.IsInsideQuote(verb) && !context.Is(verb, WordClass.Function | WordClass.Copula | WordClass.Determiner);

    /// <summary>Whether the clause ends within a few words from <paramref name="k"/>: at a mark, a quote or the sentence's end.</summary>
    private static bool ClosesClause(AttributionContext context, int k)
    {
        var tokens = context.Tokens;
        int sentence = context.SentenceIndexOf(k - 1);
        for (int end = k + MaxWordsAfterVerb; k <= end; k++)
        {
            if (k >= tokens.Count || context.SentenceIndexOf(k) != sentence || tokens[k].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
            {
                return true;
            }

            if (tokens[k].Kind != TokenKind.Word || tokens[k].Has(TokenFlags.Capitalized))
            {
                return false;
            }
        }

        return false;
    }
}
