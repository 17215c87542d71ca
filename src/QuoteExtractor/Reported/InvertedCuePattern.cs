using QuoteExtraction.Attribution;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>The talks will go on, Jane Roe said.</c>, <c>…, said Jane Roe.</c>, <c>…, a indiqué le ministre.</c>,
/// <c>…, a-t-il précisé.</c>: the content opens the sentence, and a comma, the speaker and a reporting verb close it.
/// </summary>
internal sealed class InvertedCuePattern : IReportedPattern
{
    /// <summary>The most tokens after the verb before the sentence ends (<c>said in a statement on Monday.</c>).</summary>
    private const int MaxTailTokens = 8;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence)
    {
        for (int v = context.NextCueCandidate(sentence.FirstToken); v < sentence.EndToken; v = context.NextCueCandidate(v + 1))
        {
            if (sentence.EndToken - v > MaxTailTokens || !ComplementClausePattern.IsReportingVerb(context, v))
            {
                continue;
            }

            // "…, said Jane Roe": the verb right after the comma; "…, Jane Roe said", "…, a-t-il précisé": the speaker
            // (and the auxiliary of an inverted pronoun) after it.
            int before = context.SkipAuxiliaries(v - 1, forward: false);
            if (context.IsText(before, ",") && context.InvertedAfterComma(v) is { } inverted && EndsClause(context, sentence, context.Mentions[context.LastAdjacentMention(inverted)].End))
            {
                return ReportedSpeechFinder.Report(context, sentence.FirstToken, before, inverted, v, v + 1, AttributionRules.ReportedInverted);
            }

            if (EndsClause(context, sentence, v + 1) && context.SubjectBefore(v) is { } subject
                && context.SkipAuxiliaries(context.Mentions[subject].First - 1, forward: false) is int comma
                && comma > sentence.FirstToken && context.IsText(comma, ","))
            {
                return ReportedSpeechFinder.Report(context, sentence.FirstToken, comma, subject, v, v + 1, AttributionRules.ReportedInverted);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="k"/> end the sentence with at most an adjunct: its final mark, a phrase a
    /// preposition opens (<c>in a statement</c>), or one word (<c>Tuesday</c>). A clause of its own after the verb
    /// (<c>At her age, she said she …</c>) makes the comma an introduction's, not the end of reported words.
    /// </summary>
    private static bool EndsClause(AttributionContext context, Segment sentence, int k) =>
        k >= sentence.EndToken || context.Tokens[k].Kind == TokenKind.Punctuation || context.IsPreposition(k)
        || k + 1 >= sentence.EndToken || context.Tokens[k + 1].Kind == TokenKind.Punctuation;
}
