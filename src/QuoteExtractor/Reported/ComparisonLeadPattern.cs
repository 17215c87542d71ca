using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>As the Daily Courier reported, the bridge will close in May.</c>, <c>But as Jane Roe noted in her column, …</c>,
/// <c>As reported by the Daily Courier, …</c>, <c>Comme l'a rappelé le maire, …</c>: a word of the language's
/// <see cref="LanguageProfile.ComparisonOpeners"/> opens the sentence (maybe past a conjunction) on a reporting verb and
/// its speaker, whose comma the reported words follow up to their clause's end. The verb takes no object there: after
/// one (<c>As Jane Roe said this, …</c>, <c>As she announced that …</c>) the comparison is a time or a manner, not a source.
/// </summary>
internal sealed class ComparisonLeadPattern : IReportedPattern
{
    /// <summary>The most tokens from the opener to its comma (<c>As the Washington Post's investigative unit reported just today,</c>).</summary>
    private const int MaxLeadTokens = 16;

    /// <summary>The most tokens of an adjunct between the verb, or its inverted speaker, and the comma (<c>in a column on Monday</c>).</summary>
    private const int MaxAdjunctTokens = 8;

    /// <inheritdoc />
    public WordClass CueClasses => WordClass.ReportingVerb;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence, SentenceCues cues)
    {
        int opener = context.ClauseOpener(sentence);
        if (!context.IsListed(opener, WordClass.ComparisonOpener) || ReportedSpeechFinder.CommaAfter(context, sentence, opener + 1, MaxLeadTokens) is not int comma)
        {
            return null;
        }

        foreach (int v in cues.Verbs)
        {
            if (v <= opener || v >= comma || !context.Is(v, WordClass.ReportingVerb))
            {
                continue;
            }

            // "As reported by the Daily Courier": a participle right after the opener, or a passive, reports its agent.
            int? speaker = v == opener + 1 || ReportedSpeechFinder.IsPassive(context, v) ? Agent(context, v) : ReportedSpeechFinder.Subject(context, sentence, v);
            if (speaker is not { } mention)
            {
                return null;
            }

            int tail = context.Mentions[mention].First > v ? context.Mentions[context.LastAdjacentMention(mention)].End : v + 1;
            return IsAdjunct(context, v, tail, comma)
                ? ReportedSpeechFinder.Report(context, comma + 1, ReportedSpeechFinder.ClauseEnd(context, sentence, comma + 1), mention, v, v + 1, AttributionRules.ReportedComparison)
                : null;
        }

        return null;
    }

    /// <summary>The agent that a preposition of the language's agent prepositions opens right after the verb at <paramref name="verb"/> (<c>reported by the Daily Courier</c>), or null.</summary>
    private static int? Agent(AttributionContext context, int verb) =>
        context.IsListed(verb + 1, WordClass.AgentPreposition) ? context.MentionAt(verb + 2) : null;

    /// <summary>
    /// Whether the tokens <c>[first, comma)</c> after the verb at <paramref name="verb"/> (or its inverted speaker) are at
    /// most a short adjunct (<c>in her column</c>, <c>just today</c>), not an object or a clause the verb reports: no
    /// mention, determiner, pronoun, number, complementizer or question word opens them, and no cue or quotation is among
    /// them; after a verb whose list tags an addressee, the addressee is no object (<c>As Jane Roe told reporters, …</c>).
    /// </summary>
    private static bool IsAdjunct(AttributionContext context, int verb, int first, int comma)
    {
        if (first == comma)
        {
            return true;
        }

        if (comma - first > MaxAdjunctTokens
            || (!ReportedSpeechFinder.HasReportingTag(context, verb, LanguageProfile.AddresseeClauseTag)
                && (context.MentionAt(first) is not null || context.Tokens[first].Kind != TokenKind.Word
                    || (context.Is(first, WordClass.Function | WordClass.Pronoun | WordClass.Complementizer) && !context.IsAdjunctPreposition(first))
                    || context.IsListed(first, WordClass.PossessiveDeterminer) || context.IsListed(first, WordClass.QuestionWord))))
        {
            return false;
        }

        for (int k = first; k < comma; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark || context.IsInsideQuote(k) || context.IsCue(k))
            {
                return false;
            }
        }

        return true;
    }
}
