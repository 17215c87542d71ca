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
                && (context.MentionAt(next) is not null || context.Is(next, WordClass.Determiner))
                && context.InvertedAfterComma(v) is null
                && !ReportedSpeechFinder.IsPassive(context, v) && !ReportedSpeechFinder.InOpeningClause(context, sentence, v)
                && ReportedSpeechFinder.Subject(context, sentence, v) is { } subject)
            {
                return ReportedSpeechFinder.Report(context, next, ReportedSpeechFinder.ClauseEnd(context, sentence, next), subject, v, v + 1, AttributionRules.ReportedBare);
            }
        }

        return null;
    }
}
