using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>Jane Roe said the talks would go on</c>: a reporting verb whose clause may follow with no complementizer (its
/// list's <see cref="LanguageProfile.BareClauseTag"/>), right before a clause's subject (a mention or a determiner),
/// maybe past a phrase of time (<c>said Tuesday the talks …</c>); the verb's subject speaks.
/// </summary>
internal sealed class BareClausePattern : IReportedPattern
{
    /// <summary>The most tokens from a clause's first word to its auxiliary (<c>none of the other presidential candidates were</c>).</summary>
    private const int MaxSubjectTokens = 6;

    /// <summary>The most tokens of an adjunct between the verb and its clause (<c>in an interview with the Daily Courier</c>).</summary>
    private const int MaxAdjunctTokens = 8;

    /// <inheritdoc />
    public WordClass CueClasses => WordClass.ReportingVerb | WordClass.BareClauseVerb;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence, SentenceCues cues)
    {
        foreach (int v in cues.Verbs)
        {
            if (context.Is(v, WordClass.BareClauseVerb) && context.Is(v, WordClass.ReportingVerb)
                && ClauseStart(context, v, sentence.EndToken) is int next
                && (context.InvertedAfterComma(v) is null || ReportedSpeechFinder.SetOffSubject(context, sentence, v) is not null)
                && !ReportedSpeechFinder.IsPassive(context, v) && ReportedSpeechFinder.ContentEnd(context, sentence, v, next) is int end
                && ReportedSpeechFinder.Subject(context, sentence, v) is { } subject
                && ReportedSpeechFinder.Report(context, next, end, subject, v, v + 1, AttributionRules.ReportedBare) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the clause of the verb at <paramref name="verb"/> opens, before <paramref name="end"/>: right after it or past a
    /// phrase of time (<c>said Tuesday the plan was …</c>, <c>said on Friday he …</c>) when <see cref="OpensClause"/>
    /// holds there, or past an adjunct (<see cref="AfterAdjunct"/>); null when no clause opens there.
    /// </summary>
    private static int? ClauseStart(AttributionContext context, int verb, int end)
    {
        int next = ReportedSpeechFinder.PastTimePhrase(context, verb + 1, end);
        return next >= end ? null : OpensClause(context, next) ? next : AfterAdjunct(context, next, end);
    }

    /// <summary>
    /// Where a clause opens after the adjunct that a preposition at <paramref name="preposition"/> opens (<c>said in an
    /// email the cost was …</c>, <c>said in a statement Thursday night they …</c>): the first pronoun, or determiner or
    /// possessive whose subject a finite auxiliary follows (the strict openers of <see cref="AddresseeClausePattern"/>), after
    /// a word that is no function word, within <see cref="MaxAdjunctTokens"/> words and numbers with no cue; null when none
    /// does, or when the preposition rather joins a complement to the verb.
    /// </summary>
    private static int? AfterAdjunct(AttributionContext context, int preposition, int end)
    {
        if (!context.IsAdjunctPreposition(preposition) || context.IsListed(preposition, WordClass.ComplementPreposition))
        {
            return null;
        }

        for (int k = preposition + 2; k < end && k <= preposition + 1 + MaxAdjunctTokens; k++)
        {
            if (context.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || context.IsInsideQuote(k) || context.IsCue(k))
            {
                return null;
            }

            if (!context.Is(k - 1, WordClass.Function) && (AddresseeClausePattern.OpensWithPronoun(context, k) || AddresseeClausePattern.OpensNounSubject(context, k)))
            {
                return k;
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
            || context.IsListed(k, WordClass.PossessiveDeterminer) || ReportedSpeechFinder.IsContractedPronoun(context, k)
            || OpensSubjectBeforeAuxiliary(context, k);
    }

    /// <summary>
    /// Whether a lower-case word at <paramref name="k"/> opens a subject that a finite auxiliary follows within
    /// <see cref="MaxSubjectTokens"/> tokens with no mark between (<c>said allies were …</c>, <c>said there would be …</c>,
    /// <c>said none of the candidates had …</c>); not a preposition, an adverb or a word that opens a clause of another kind
    /// (<c>said in May</c>, <c>said recently</c>, <c>said if …</c>).
    /// </summary>
    public static bool OpensSubjectBeforeAuxiliary(AttributionContext context, int k)
    {
        var tokens = context.Tokens;
        if (tokens[k].Kind != TokenKind.Word || tokens[k].Has(TokenFlags.Capitalized) || context.IsInsideQuote(k) || context.IsPreposition(k)
            || context.SkipAuxiliaries(k, forward: true) != k || context.Is(k, WordClass.RelativePronoun | WordClass.Complementizer)
            || context.IsListed(k, WordClass.Subordinator) || context.IsListed(k, WordClass.QuestionWord))
        {
            return false;
        }

        for (int next = k + 1; next < tokens.Count && next <= k + MaxSubjectTokens && tokens[next].Kind is TokenKind.Word or TokenKind.Number && !context.IsInsideQuote(next); next++)
        {
            if (context.IsListed(next, WordClass.FiniteAuxiliary))
            {
                return true;
            }

            if (context.Is(next, WordClass.SpeechVerb | WordClass.RelativePronoun | WordClass.Complementizer))
            {
                return false;
            }
        }

        return false;
    }
}
