using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>The bridge, Jane Roe said, will reopen in May.</c>, <c>Le pont, a précisé le maire, rouvrira en mai.</c>: the speaker
/// and the verb, set off by commas, interrupt the reported words; the content is the whole sentence, the aside included,
/// as the words run on both sides of it.
/// </summary>
internal sealed class ParentheticalCuePattern : IReportedPattern
{
    /// <inheritdoc />
    public WordClass CueClasses => WordClass.ReportingVerb;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence, SentenceCues cues)
    {
        int first = sentence.FirstToken;
        foreach (int v in cues.Verbs)
        {
            if (!context.Is(v, WordClass.ReportingVerb))
            {
                continue;
            }

            int before = context.SkipAuxiliaries(v - 1, forward: false);
            if (context.IsText(before, ",") && (context.InvertedAfterComma(v) ?? InvertedCuePattern.InvertedPronoun(context, v)) is { } inverted
                && context.IsText(context.Mentions[context.LastAdjacentMention(inverted)].End, ","))
            {
                int rest = context.Mentions[context.LastAdjacentMention(inverted)].End + 1;
                return ReportedSpeechFinder.Report(context, first, ReportedSpeechFinder.ClauseEnd(context, sentence, rest), inverted, v, v + 1, AttributionRules.ReportedParenthetical);
            }

            if (context.IsText(v + 1, ",") && context.SubjectBefore(v) is { } subject
                && context.SkipAuxiliaries(context.Mentions[subject].First - 1, forward: false) is int comma && comma > first && context.IsText(comma, ","))
            {
                return ReportedSpeechFinder.Report(context, first, ReportedSpeechFinder.ClauseEnd(context, sentence, v + 2), subject, v, v + 1, AttributionRules.ReportedParenthetical);
            }
        }

        return null;
    }
}
