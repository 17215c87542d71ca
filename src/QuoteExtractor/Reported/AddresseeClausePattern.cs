using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>Jane Roe told reporters she would run again</c>, <c>told the Daily Courier they were ready</c>: a reporting verb
/// whose clause may follow its addressee with no complementizer (its list's <see cref="LanguageProfile.AddresseeClauseTag"/>),
/// the addressee, and a clause that a pronoun opens, or a noun phrase before a finite auxiliary (<c>told reporters the bridge
/// was safe</c>); the verb's subject speaks.
/// </summary>
internal sealed class AddresseeClausePattern : IReportedPattern
{
    /// <inheritdoc />
    public WordClass CueClasses => WordClass.ReportingVerb;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence, SentenceCues cues)
    {
        foreach (int v in cues.Verbs)
        {
            // The shape comes first: most reporting verbs are followed by no addressee and a pronoun, and the tag costs a lookup.
            if (context.Is(v, WordClass.ReportingVerb)
                && AfterAddressee(context, v + 1, sentence.EndToken) is int first
                && (OpensWithPronoun(context, first) || OpensNounSubject(context, first))
                && ReportedSpeechFinder.HasReportingTag(context, v, LanguageProfile.AddresseeClauseTag)
                && !ReportedSpeechFinder.IsPassive(context, v) && !ReportedSpeechFinder.InOpeningClause(context, sentence, v)
                && ReportedSpeechFinder.Subject(context, sentence, v) is { } subject)
            {
                return ReportedSpeechFinder.Report(context, first, ReportedSpeechFinder.ClauseEnd(context, sentence, first), subject, v, v + 1, AttributionRules.ReportedAddressee);
            }
        }

        return null;
    }

    /// <summary>
    /// The token after the addressee that opens at <paramref name="k"/> (a mention, a pronoun or one lower-case word:
    /// <c>told the Daily Courier</c>, <c>told her</c>, <c>told reporters</c>) and the phrases a preposition opens after it;
    /// null when no addressee is there.
    /// </summary>
    private static int? AfterAddressee(AttributionContext context, int k, int end)
    {
        if (k >= end || context.Tokens[k].Kind != TokenKind.Word || context.IsInsideQuote(k))
        {
            return null;
        }

        if (context.MentionAt(k) is { } mention)
        {
            k = context.Mentions[context.LastAdjacentMention(mention)].End;
        }
        else if (context.Is(k, WordClass.Pronoun) || !(context.Is(k, WordClass.Function) || context.Tokens[k].Has(TokenFlags.Capitalized)))
        {
            k++;
        }
        else
        {
            return null;
        }

        k = context.SkipPrepositionalPhrases(k);
        return k < end ? k : null;
    }

    /// <summary>
    /// Whether a determiner or a possessive at <paramref name="k"/> opens a subject that a finite auxiliary follows (<c>told
    /// reporters the bridge was safe</c>, <c>told the Courier her engineers had …</c>): a noun phrase with no verb of its
    /// own would rather be the verb's object (<c>told reporters the news</c>).
    /// </summary>
    public static bool OpensNounSubject(AttributionContext context, int k) =>
        (context.Is(k, WordClass.Determiner) || context.IsListed(k, WordClass.PossessiveDeterminer)) && BareClausePattern.OpensSubjectBeforeAuxiliary(context, k);

    /// <summary>Whether a personal pronoun opens the clause at <paramref name="k"/> (<c>she would</c>, <c>they're</c>), not a relative one.</summary>
    public static bool OpensWithPronoun(AttributionContext context, int k)
    {
        return context.Tokens[k].Kind == TokenKind.Word && !context.IsInsideQuote(k) && !context.Is(k, WordClass.RelativePronoun)
            && (context.Is(k, WordClass.Pronoun) || ReportedSpeechFinder.IsContractedPronoun(context, k));
    }
}
