using QuoteExtraction.Attribution;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>According to Jane Roe, the talks will go on</c>, <c>The talks will go on, according to Jane Roe.</c>, <c>Selon le
/// ministre, …</c>: a source marker of the language and its source open the sentence before a comma, or close it after
/// one; the rest of the sentence is what the source says.
/// </summary>
internal sealed class SourceMarkerPattern : IReportedPattern
{
    /// <summary>The most tokens of the source's phrase before the comma that ends it (<c>according to a report by the agency,</c>).</summary>
    private const int MaxSourcePhraseTokens = 12;

    /// <summary>The most tokens after a closing source's mention before the sentence ends (<c>according to Jane Roe of the agency.</c>).</summary>
    private const int MaxTailTokens = 5;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence)
    {
        int first = sentence.FirstToken;
        if (context.SourceMarkerLength(first) is > 0 and int opening && context.MentionNear(first + opening) is { } source)
        {
            int from = context.Mentions[source].End;
            for (int k = from; k < sentence.EndToken && k < from + MaxSourcePhraseTokens && !context.IsInsideQuote(k); k++)
            {
                if (context.IsText(k, ","))
                {
                    return ReportedSpeechFinder.Report(context, k + 1, ReportedSpeechFinder.ClauseEnd(context, sentence, k + 1), source, first, first + opening, AttributionRules.ReportedAccordingTo);
                }
            }

            return null;
        }

        for (int v = context.NextCueCandidate(first); v < sentence.EndToken; v = context.NextCueCandidate(v + 1))
        {
            if (context.IsText(v - 1, ",") && context.SourceMarkerLength(v) is > 0 and int closing && context.MentionNear(v + closing) is { } closer
                && sentence.EndToken - context.Mentions[context.LastAdjacentMention(closer)].End <= MaxTailTokens)
            {
                return ReportedSpeechFinder.Report(context, first, v - 1, closer, v, v + closing, AttributionRules.ReportedAccordingTo);
            }
        }

        return null;
    }
}
