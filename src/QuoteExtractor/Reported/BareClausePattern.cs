using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>Jane Roe said the talks would go on</c>: a reporting verb whose clause may follow with no complementizer (its
/// list's <see cref="LanguageProfile.BareClauseTag"/>), right before a clause's subject (a mention or a determiner);
/// the verb's subject speaks.
/// </summary>
internal sealed class BareClausePattern : IReportedPattern
{
    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence)
    {
        for (int v = context.NextCueCandidate(sentence.FirstToken); v < sentence.EndToken; v = context.NextCueCandidate(v + 1))
        {
            int next = v + 1;
            if (next < sentence.EndToken && context.Is(v, WordClass.BareClauseVerb) && ComplementClausePattern.IsReportingVerb(context, v)
                && OpensClause(context, next)
                && (context.InvertedAfterComma(v) is null || ReportedSpeechFinder.SetOffSubject(context, sentence, v) is not null)
                && !ReportedSpeechFinder.IsPassive(context, v) && !ReportedSpeechFinder.InOpeningClause(context, sentence, v)
                && ReportedSpeechFinder.Subject(context, sentence, v) is { } subject)
            {
                return ReportedSpeechFinder.Report(context, next, ReportedSpeechFinder.ClauseEnd(context, sentence, next), subject, v, v + 1, AttributionRules.ReportedBare);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a clause's subject may open at token <paramref name="k"/>: a mention, a determiner or a possessive one
    /// (<c>said her father was …</c>), a number (<c>said 40 people …</c>), or a pronoun with its verb's contraction
    /// (<c>said he's …</c>); not an adverb or a phrase of time (<c>said Monday</c>, <c>said earlier</c>).
    /// </summary>
    public static bool OpensClause(AttributionContext context, int k)
    {
        return context.MentionAt(k) is not null || context.Is(k, WordClass.Determiner) || context.Tokens[k].Kind == TokenKind.Number
            || context.IsListed(k, context.Profile.PossessiveDeterminers) || ReportedSpeechFinder.IsContractedPronoun(context, k);
    }
}
