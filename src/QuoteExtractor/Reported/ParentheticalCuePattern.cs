using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>The bridge, Jane Roe said, will reopen in May.</c>, <c>Le pont, a précisé le maire, rouvrira en mai.</c>: the speaker
/// and the verb, set off by commas, interrupt the reported words; the content is the whole sentence, the aside included,
/// as the words run on both sides of it. What follows the aside's closing comma carries the words on only when it does not
/// go on about the speaker (<c>…, said Jane Roe, a historian at the college.</c>, <c>…, Jane Roe said, on condition of
/// anonymity.</c>): then the words end at the comma before the cue.
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
                return GoesOnAboutSpeaker(context, rest, inverted: true) && !InvertedCuePattern.IsIntroduction(context, first, before)
                    ? ReportedSpeechFinder.Report(context, first, before, inverted, v, v + 1, AttributionRules.ReportedInverted)
                    : ReportedSpeechFinder.Report(context, first, ReportedSpeechFinder.ClauseEnd(context, sentence, rest), inverted, v, v + 1, AttributionRules.ReportedParenthetical);
            }

            if (context.IsText(v + 1, ",") && context.SubjectBefore(v) is { } subject
                && context.SkipAuxiliaries(context.Mentions[subject].First - 1, forward: false) is int comma && comma > first && context.IsText(comma, ","))
            {
                return GoesOnAboutSpeaker(context, v + 2, inverted: false) && !InvertedCuePattern.IsIntroduction(context, first, comma)
                    ? ReportedSpeechFinder.Report(context, first, comma, subject, v, v + 1, AttributionRules.ReportedInverted)
                    : ReportedSpeechFinder.Report(context, first, ReportedSpeechFinder.ClauseEnd(context, sentence, v + 2), subject, v, v + 1, AttributionRules.ReportedParenthetical);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the words from token <paramref name="k"/>, after the comma that closes the speaker and the verb, go on about
    /// them rather than carry on the reported words: a phrase a preposition opens or a participle (<c>…, he said, on
    /// condition of anonymity</c>, <c>…, she said, adding …</c>), or, after an <paramref name="inverted"/> speaker, an
    /// apposition (<c>…, said Jane Roe, a historian …</c>), as a clause that goes on after an inverted verb opens with its
    /// own verb (<c>The bridge, said Jane Roe, will reopen</c>).
    /// </summary>
    private static bool GoesOnAboutSpeaker(AttributionContext context, int k, bool inverted) =>
        k < context.Tokens.Count
        && (context.IsPreposition(k) || context.IsParticiple(k)
            || (inverted && (context.MentionAt(k) is not null || context.Is(k, WordClass.Determiner) || context.IsListed(k, WordClass.PossessiveDeterminer))));
}
