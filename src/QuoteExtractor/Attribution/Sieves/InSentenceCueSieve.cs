using QuoteExtraction.Languages;
using QuoteExtraction.Quotes;

namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// A speech verb elsewhere in the quote's sentence with its subject: the first one before the quote
/// (the main clause's), else the nearest after it; then "according to" and a speech noun with a
/// mention just before it.
/// </summary>
internal sealed class InSentenceCueSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        var sentence = Window(context.SentenceOf(quote.OpenToken), quote);
        for (int v = context.NextCueCandidate(sentence.FirstToken); v < quote.OpenToken; v = context.NextCueCandidate(v + 1))
        {
            if (context.IsCue(v) && context.SubjectBefore(v) is { } subject)
            {
                return context.Propose(subject, v, v + 1, AttributionRules.SentenceCueBefore);
            }
        }

        for (int v = context.NextCueCandidate(quote.LastToken + 1); v < sentence.EndToken; v = context.NextCueCandidate(v + 1))
        {
            if (context.IsCue(v) && (context.InvertedAfterComma(v) ?? context.SubjectBefore(v)) is { } subject)
            {
                return context.Propose(subject, v, v + 1, AttributionRules.SentenceCueAfter);
            }
        }

        for (int v = context.NextCueCandidate(sentence.FirstToken); v < sentence.EndToken; v = context.NextCueCandidate(v + 1))
        {
            if (context.SourceMarkerLength(v) is > 0 and int marker && context.MentionNear(v + marker) is { } source)
            {
                return context.Propose(source, v, v + marker, AttributionRules.SourceInSentence);
            }

            if (context.Tokens[v].Kind == TokenKind.Word && context.Is(v, WordClass.SpeechNoun)
                && (context.NearestMentionBefore(v, 4) ?? context.PossessorBefore(v)) is { } owner)
            {
                return context.Propose(owner, v, v + 1, AttributionRules.SpeechNounInSentence);
            }
        }

        // "Senator Jane Doe and her staff, after a long day of hearings, insisted on “a full inquiry.”": a cue
        // with no subject of its own takes the sentence's subject, its first mention not after a preposition.
        for (int v = context.NextCueCandidate(sentence.FirstToken); v < sentence.EndToken; v = context.NextCueCandidate(v + 1))
        {
            if (context.IsCue(v) && context.SentenceSubject(sentence, v) is { } subject)
            {
                return context.Propose(subject, v, v + 1, AttributionRules.SentenceSubject);
            }
        }

        return null;
    }

    /// <summary>The quote's sentence, cut to <see cref="AttributionContext.MaxSentenceReach"/> tokens on each side of the quote.</summary>
    private static Segment Window(Segment sentence, ScannedQuote quote)
    {
        int first = Math.Max(sentence.FirstToken, quote.OpenToken - AttributionContext.MaxSentenceReach);
        int end = Math.Min(sentence.EndToken, quote.LastToken + 1 + AttributionContext.MaxSentenceReach);
        return new Segment(sentence.Span, first, end - first);
    }
}
