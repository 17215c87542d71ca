using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>According to Jane Roe, the talks will go on</c>, <c>The talks will go on, according to Jane Roe.</c>, <c>Selon le
/// ministre, …</c>: a source marker of the language and its source open the sentence (maybe after a conjunction) before a
/// comma, close it after one, or interrupt it between two; the rest of the sentence is what the source says.
/// </summary>
internal sealed class SourceMarkerPattern : IReportedPattern
{
    /// <summary>The most tokens of the source's phrase before the comma that ends it (<c>according to a report by the agency,</c>).</summary>
    private const int MaxSourcePhraseTokens = 12;

    /// <summary>The most tokens after a closing source's mention before the sentence ends (<c>according to Jane Roe of the agency.</c>).</summary>
    private const int MaxTailTokens = 5;

    /// <inheritdoc />
    public WordClass CueClasses => WordClass.None;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence, SentenceCues cues)
    {
        int first = sentence.FirstToken;
        int opener = context.ClauseOpener(sentence);
        if (context.SourceMarkerLength(opener) is > 0 and int opening && context.MentionNear(opener + opening) is { } source)
        {
            return ReportedSpeechFinder.CommaAfter(context, sentence, context.Mentions[source].End, MaxSourcePhraseTokens) is int comma
                ? ReportedSpeechFinder.Report(context, comma + 1, ReportedSpeechFinder.ClauseEnd(context, sentence, comma + 1), source, opener, opener + opening, AttributionRules.ReportedAccordingTo)
                : null;
        }

        // "Pour l'analyste Jean Roux, le parti sort indemne": the view of the person an opinion marker names.
        if (OpensWithSpeechOpinion(context, sentence) && (context.OpinionHolder(first, sentence.EndToken) ?? PronounHolder(context, first)) is { } holder
            && ReportedSpeechFinder.CommaAfter(context, sentence, context.Mentions[holder].End, MaxSourcePhraseTokens) is int after)
        {
            return ReportedSpeechFinder.Report(context, after + 1, ReportedSpeechFinder.ClauseEnd(context, sentence, after + 1), holder, first, first + 1, AttributionRules.ReportedAccordingTo);
        }

        foreach (int v in cues.SourceMarkers)
        {
            if (context.SourceMarkerLength(v) is not (> 0 and int closing) || context.MentionNear(v + closing) is not { } closer)
            {
                continue;
            }

            int sourceEnd = context.Mentions[context.LastAdjacentMention(closer)].End;
            if (sentence.EndToken - sourceEnd <= MaxTailTokens)
            {
                return ReportedSpeechFinder.Report(context, first, v - 1, closer, v, v + closing, AttributionRules.ReportedAccordingTo);
            }

            // "The next day, according to Jane Roe, the council voted again.": set off by commas, the source interrupts
            // its words, which run on both sides of it.
            if (context.IsText(sourceEnd, ","))
            {
                return ReportedSpeechFinder.Report(context, first, ReportedSpeechFinder.ClauseEnd(context, sentence, sourceEnd + 1), closer, v, v + closing, AttributionRules.ReportedAccordingTo);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether this pattern may find anything in <paramref name="sentence"/>: a source marker may open it, an opinion marker
    /// opens it, or a source marker may follow one of its commas. Most sentences have none of them, and no cue either.
    /// </summary>
    public static bool MayFind(AttributionContext context, Segment sentence, SentenceCues cues) =>
        cues.SourceMarkers.Length > 0 || context.Is(context.ClauseOpener(sentence), WordClass.SourceMarkerStart) || OpensWithSpeechOpinion(context, sentence);

    /// <summary>The pronoun right after the opinion marker at <paramref name="marker"/> and before a comma (<c>Pour lui, …</c>), whose view the sentence gives; or null.</summary>
    private static int? PronounHolder(AttributionContext context, int marker) =>
        context.MentionAt(marker + 1) is { } holder && context.Mentions[holder].Type == MentionType.Pronoun && context.IsText(marker + 2, ",") ? holder : null;

    /// <summary>Whether <paramref name="sentence"/> opens with an opinion marker that reports what the person it names says (<c>Pour X, …</c>).</summary>
    public static bool OpensWithSpeechOpinion(AttributionContext context, Segment sentence) =>
        context.Is(sentence.FirstToken, WordClass.SpeechOpinionMarker);
}
