using QuoteExtraction.Languages;

namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// "Fiorina routinely characterizes herself as a “change warrior”": a fragment in a sentence with no
/// speech verb is most often the words of the person or body that opens the sentence and acts in it.
/// </summary>
internal sealed class SentenceOpenerSieve : IAttributionSieve
{
    /// <summary>
    /// How far after the opener the comma that closes its apposition or relative clause may stand
    /// (<c>Rep. Jane Doe, who was elected in the wave of 2010, casts Trump as …</c>).
    /// </summary>
    private const int MaxAppositionTokens = 16;

    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        if (quote.Kind != QuoteKind.Partial)
        {
            return null;
        }

        var sentence = context.SentenceOf(quote.OpenToken);
        if ((context.MentionAt(sentence.FirstToken) ?? context.AfterIntroduction(sentence, quote.OpenToken)) is not { } subject)
        {
            return null;
        }

        var mention = context.Mentions[subject];

        // "Harry Reid (D-Nev.), in particular, has been pounding Trump as a “con artist”", "Jane Doe, who …, casts Trump as a “…”",
        // "Senator Jane Doe of Maryland, a Democrat …, advocates a “…”".
        int verb = context.SkipPrepositionalPhrases(context.SkipParenthesis(mention.End));
        if (context.IsText(verb, ","))
        {
            int comma = verb + 1;
            while (comma < quote.OpenToken && comma < verb + MaxAppositionTokens && !context.IsText(comma, ","))
            {
                comma++;
            }

            verb = context.IsText(comma, ",") ? comma + 1 : verb;
        }

        verb = context.SkipAuxiliaries(verb, forward: true);

        // "Officials did not say “never”": what the subject did not say is not its words.
        bool acts = verb < quote.OpenToken && context.Tokens[verb].Kind == TokenKind.Word && !context.Tokens[verb].Has(TokenFlags.Capitalized)
            && !context.Is(verb, WordClass.Function) && !context.IsNegated(mention.End, Math.Min(quote.OpenToken, verb + 4));
        return acts && !context.Tokens[mention.End - 1].Has(TokenFlags.Possessive) && mention.Type != MentionType.Description
            ? context.Propose(subject, -1, -1, AttributionRules.SentenceOpener)
            : null;
    }
}
