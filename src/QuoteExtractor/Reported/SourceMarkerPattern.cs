using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>According to Jane Roe, the talks will go on</c>, <c>The talks will go on, according to Jane Roe.</c>, <c>Selon le
/// ministre, …</c>, <c>…, qui selon lui coûtera trop cher</c>: a source marker of the language and its source open the
/// sentence (maybe after a conjunction) before a comma, close it after one, interrupt it between two, or, with no comma
/// before the marker, sit inside the clause that the source's words make; the rest of the sentence, or of that clause, is
/// what the source says. A source that names nobody but a source or speech noun heads speaks as its phrase (<c>according
/// to a new poll</c>).
/// </summary>
internal sealed class SourceMarkerPattern : IReportedPattern
{
    /// <summary>The most tokens of the source's phrase before the comma that ends it (<c>according to a report by the agency,</c>).</summary>
    private const int MaxSourcePhraseTokens = 12;

    /// <summary>The most tokens after a closing source's mention before the sentence ends (<c>according to Jane Roe of the agency.</c>), unless they are plain words (<see cref="DescribesSourceToEnd"/>).</summary>
    private const int MaxTailTokens = 5;

    /// <inheritdoc />
    public WordClass CueClasses => WordClass.None;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence, SentenceCues cues)
    {
        int first = sentence.FirstToken;
        int opener = context.ClauseOpener(sentence);
        if (context.SourceMarkerLength(opener) is > 0 and int opening)
        {
            if (SourceAfter(context, opener + opening) is { } source)
            {
                return ReportedSpeechFinder.CommaAfter(context, sentence, SourceEnd(context, source), MaxSourcePhraseTokens) is int comma
                    ? ReportedSpeechFinder.Report(context, comma + 1, ReportedSpeechFinder.ClauseEnd(context, sentence, comma + 1), source, opener, opener + opening, AttributionRules.ReportedAccordingTo)
                    : null;
            }

            // "According to recent polls, …": a source that names nobody is the phrase that the comma ends.
            if (ReportedSpeechFinder.CommaAfter(context, sentence, opener + opening, MaxSourcePhraseTokens) is int phraseEnd && IsSourcePhrase(context, opener + opening, phraseEnd))
            {
                return ReportedSpeechFinder.ReportPhrase(context, phraseEnd + 1, ReportedSpeechFinder.ClauseEnd(context, sentence, phraseEnd + 1), opener + opening, phraseEnd, SpeakerKind.Unknown, opener, opener + opening, AttributionRules.ReportedAccordingTo);
            }
        }

        // "Pour l'analyste Jean Roux, le parti sort indemne": the view of the person an opinion marker names.
        if (OpensWithSpeechOpinion(context, sentence) && (context.OpinionHolder(first, sentence.EndToken) ?? PronounHolder(context, first)) is { } holder
            && ReportedSpeechFinder.CommaAfter(context, sentence, context.Mentions[holder].End, MaxSourcePhraseTokens) is int after)
        {
            return ReportedSpeechFinder.Report(context, after + 1, ReportedSpeechFinder.ClauseEnd(context, sentence, after + 1), holder, first, first + 1, AttributionRules.ReportedAccordingTo);
        }

        foreach (int v in cues.SourceMarkers)
        {
            // "…, selon les mots de X, qui sont à l'œuvre selon lui à …": a marker whose words hold a quotation leaves the next one its own.
            if (v != opener && AfterMarker(context, sentence, v) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// The reported speech of the source marker at <paramref name="marker"/>, past the sentence's first token: its source
    /// closes the sentence, interrupts it between commas, or, with no comma before the marker, sits inside the clause its
    /// words make; or null.
    /// </summary>
    private static ReportedQuote? AfterMarker(AttributionContext context, Segment sentence, int marker)
    {
        int first = sentence.FirstToken;
        bool afterComma = context.IsText(marker - 1, ",");

        // "30 000 (selon la police)": a source in brackets vouches for the word before them, not for a clause.
        if ((marker - 1 > first && context.IsText(marker - 1, "(")) || context.SourceMarkerLength(marker) is not (> 0 and int length))
        {
            return null;
        }

        if ((afterComma ? context.MentionNear(marker + length) : SourceAfter(context, marker + length)) is not { } source)
        {
            return afterComma ? AfterPhrase(context, sentence, marker, length) : null;
        }

        int sourceEnd = SourceEnd(context, context.LastAdjacentMention(source));
        bool tail = sentence.EndToken - sourceEnd <= MaxTailTokens || (afterComma && DescribesSourceToEnd(context, sentence, sourceEnd));
        if (!afterComma)
        {
            // "… qui selon lui coûtera trop cher", "Le pont est fermé selon ses ingénieurs.": the source sits inside the
            // clause that its words make, from that clause's comma or the sentence's start on, to the clause's end or, with
            // no comma after the source, the phrase's; when no word follows the source there, or the source closes the
            // sentence, its words are all before it. A few words after a name or a description describe the source (of the
            // agency); a pronoun takes none, so that the words after it are the clause's own (qui selon lui coûtera trop cher).
            int start = ClauseStart(context, sentence, marker);
            int end = context.IsText(sourceEnd, ",") ? ReportedSpeechFinder.ClauseEnd(context, sentence, sourceEnd) : ReportedSpeechFinder.PhraseEnd(context, sentence, sourceEnd);
            return ReportedSpeechFinder.Report(context, start, (tail && context.Mentions[source].Type != MentionType.Pronoun) || !HasWord(context, sourceEnd, end) ? marker : end, source, marker, marker + length, AttributionRules.ReportedAccordingTo);
        }

        // "The next day, according to Jane Roe, the council voted again.": set off by commas, the source interrupts
        // its words, which run on both sides of it; a comma before a conjunction or a subordinator ends them there, and
        // so does a quotation, whose words are a quote already (<c>Cette décision, selon elles, contraire à …, « pourrait … »</c>).
        if (!tail && !context.IsText(sourceEnd, ","))
        {
            return null;
        }

        int clauseEnd = tail ? sourceEnd : ReportedSpeechFinder.ClauseEnd(context, sentence, sourceEnd);
        return ReportedSpeechFinder.Report(context, first, clauseEnd == sourceEnd ? marker - 1 : QuotationStart(context, sourceEnd, clauseEnd), source, marker, marker + length, AttributionRules.ReportedAccordingTo);
    }

    /// <summary>
    /// The comma among the tokens <c>[first, end)</c>, past the source's own at <paramref name="first"/>, that a quotation
    /// follows, which ends the words before it (<c>…, « pourrait … »</c>); or <paramref name="end"/> when none is there. A
    /// quotation right after the source's comma is its words (<c>was, in the words of X, “the torchbearer”</c>), and one
    /// inside the words without a comma leaves them unfinished before it: both give none (<see cref="ReportedSpeechFinder.Content"/>).
    /// </summary>
    private static int QuotationStart(AttributionContext context, int first, int end)
    {
        for (int k = first + 1; k < end; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark)
            {
                return k - 1 > first && context.IsText(k - 1, ",") ? k - 1 : end;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="k"/>, after a closing source's mention, are plain words up to the sentence's
    /// final mark, which go on about the source however many (<c>…, according to a lawsuit filed in May by Jane Roe.</c>):
    /// no mark, quotation or cue, any of which may open words of their own.
    /// </summary>
    private static bool DescribesSourceToEnd(AttributionContext context, Segment sentence, int k)
    {
        int end = sentence.EndToken;
        while (end > k && context.Tokens[end - 1].Kind == TokenKind.Punctuation && !context.IsText(end - 1, ","))
        {
            end--;
        }

        for (; k < end; k++)
        {
            if (context.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || context.IsInsideQuote(k) || context.IsCue(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The end of the source's mention, or of the name in apposition to it after a comma when a second comma closes the
    /// apposition (<c>According to the spokesman, Jane Roe, the bridge …</c>): the source's words start after it.
    /// </summary>
    private static int SourceEnd(AttributionContext context, int source)
    {
        var mention = context.Mentions[source];
        return mention.Entity >= 0 && context.IsText(mention.End, ",") && context.MentionAt(mention.End + 1) is { } apposed
            && context.Mentions[apposed].Entity == mention.Entity && context.IsText(context.Mentions[apposed].End, ",")
                ? context.Mentions[apposed].End
                : mention.End;
    }

    /// <summary>
    /// The mention that starts within a few tokens from <paramref name="k"/>, right after a source marker that no comma
    /// sets off, with no punctuation before it (<c>that according to its analysis, the party …</c> names no source); or null.
    /// </summary>
    private static int? SourceAfter(AttributionContext context, int k)
    {
        if (context.MentionNear(k) is not { } source)
        {
            return null;
        }

        for (int t = k; t < context.Mentions[source].First; t++)
        {
            if (context.Tokens[t].Kind == TokenKind.Punctuation)
            {
                return null;
            }
        }

        return source;
    }

    /// <summary>
    /// The reported speech of the source marker at <paramref name="marker"/>, after a comma, whose source names nobody
    /// (<c>…, according to a new poll.</c>, <c>…, according to recent polls, but …</c>): the phrase after the marker, to the
    /// sentence's end or a comma, speaks the words before the marker, or both sides of it when it interrupts them; or null.
    /// </summary>
    private static ReportedQuote? AfterPhrase(AttributionContext context, Segment sentence, int marker, int length)
    {
        int from = marker + length;
        int last = sentence.EndToken;
        while (last > from && context.Tokens[last - 1].Kind == TokenKind.Punctuation)
        {
            last--;
        }

        int phraseEnd = ReportedSpeechFinder.CommaAfter(context, sentence, from, MaxSourcePhraseTokens) ?? last;
        if (!IsSourcePhrase(context, from, phraseEnd))
        {
            return null;
        }

        // A comma before a conjunction or a subordinator ends the clause that the words run in.
        int end = phraseEnd < last ? ReportedSpeechFinder.ClauseEnd(context, sentence, phraseEnd) : phraseEnd;
        return ReportedSpeechFinder.ReportPhrase(context, sentence.FirstToken, end > phraseEnd ? end : marker - 1, from, phraseEnd, SpeakerKind.Unknown, marker, marker + length, AttributionRules.ReportedAccordingTo);
    }

    /// <summary>
    /// Whether the tokens <c>[first, end)</c> may be a source that names nobody (<c>a new poll</c>, <c>un communiqué du
    /// ministère</c>): at most <see cref="MaxSourcePhraseTokens"/> of them, one a source noun or a speech noun (<c>federal
    /// data</c>, <c>les premières estimations</c> are figures, which say nothing), none a quotation's, a bracket or a mark
    /// that ends a phrase.
    /// </summary>
    private static bool IsSourcePhrase(AttributionContext context, int first, int end)
    {
        if (end - first > MaxSourcePhraseTokens)
        {
            return false;
        }

        bool speaks = false;
        for (int k = first; k < end; k++)
        {
            var kind = context.Tokens[k].Kind;
            if (kind is TokenKind.QuoteMark or TokenKind.Bracket || context.IsInsideQuote(k) || context.IsText(k, ",") || context.IsText(k, ";") || context.IsText(k, ":"))
            {
                return false;
            }

            speaks |= context.Is(k, WordClass.SourceNoun | WordClass.SpeechNoun) || IsPluralSourceNoun(context, k);
        }

        return speaks;
    }

    /// <summary>Whether token <paramref name="k"/> is the plural of a source noun (<c>recent polls</c>), which the list gives in the singular.</summary>
    private static bool IsPluralSourceNoun(AttributionContext context, int k)
    {
        var word = context.Tokens[k].GetText(context.Text);
        return context.Profile.EndsWithPluralSuffix(word) && context.Profile.SourceNouns.Contains(word[..^context.Profile.PluralSuffix.Length]);
    }

    /// <summary>Whether a word is among the tokens <c>[first, end)</c>.</summary>
    private static bool HasWord(AttributionContext context, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of <paramref name="sentence"/> after the last comma before token <paramref name="marker"/>, or its first token.</summary>
    private static int ClauseStart(AttributionContext context, Segment sentence, int marker)
    {
        int k = marker - 1;
        while (k > sentence.FirstToken && !context.IsText(k, ","))
        {
            k--;
        }

        return context.IsText(k, ",") ? k + 1 : sentence.FirstToken;
    }

    /// <summary>
    /// Whether this pattern may find anything in <paramref name="sentence"/>: a source marker may open it or stand further
    /// in, or an opinion marker opens it. Most sentences have none of them, and no cue either.
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
