using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>Local shopkeepers argue that …</c>, <c>People with knowledge of the talks said that …</c>,
/// <c>Des experts estiment que …</c>, <c>61 percent said …</c>: a reporting verb whose subject is a plural noun phrase or a
/// group's share that names nobody (no mention),
/// opening its clause, before a complementizer or, after a verb that takes a bare clause, a clause's subject; or, set off
/// by a comma, closing the sentence after the words it says (<c>…, local shopkeepers said.</c>). The phrase
/// speaks as an unnamed group of its own (<see cref="ReportedQuote.SourcePhrase"/>): news often reports the words of people
/// it describes only as a group. A singular phrase (<c>the hospital</c>, <c>the mother of three</c>) or one a possessive
/// opens (<c>its defenders</c>) rather stands for someone the article names, whom this pattern cannot tell.
/// </summary>
internal sealed class NounPhraseSubjectPattern : IReportedPattern
{
    /// <summary>The most tokens of the phrase (<c>People with knowledge of the talks</c>): a longer run is rather a clause.</summary>
    private const int MaxPhraseTokens = 8;

    /// <summary>The words that cannot stand inside a plain noun phrase: they open a clause of their own, or are a verb's.</summary>
    private const WordClass ClauseWords = WordClass.Pronoun | WordClass.RelativePronoun | WordClass.Complementizer | WordClass.Negation
        | WordClass.SpeechVerb | WordClass.Copula | WordClass.CueAuxiliary | WordClass.SourceMarkerStart;

    /// <inheritdoc />
    public WordClass CueClasses => WordClass.ReportingVerb;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence, SentenceCues cues)
    {
        foreach (int v in cues.Verbs)
        {
            // The phrase first: before most verbs stands a name or a pronoun, which it rejects at its first word.
            if (!context.Is(v, WordClass.ReportingVerb) || Phrase(context, sentence, v) is not var (phraseFirst, phraseEnd)
                || ReportedSpeechFinder.IsPassive(context, v) || ReportedSpeechFinder.InOpeningClause(context, sentence, v)
                || ReportedSpeechFinder.Subject(context, sentence, v) is not null || context.InvertedAfterComma(v) is not null)
            {
                continue;
            }

            // "…, local shopkeepers said.": after a comma, a phrase and its verb that close the sentence speak the words before them.
            var found = ContentStart(context, sentence, v) is int first
                ? ReportedSpeechFinder.ReportPhrase(context, first, ReportedSpeechFinder.ClauseEnd(context, sentence, first), phraseFirst, phraseEnd, SpeakerKind.Group, v, v + 1, AttributionRules.ReportedNounPhrase)
                : ClosesSentence(context, sentence, v) && context.IsText(phraseFirst - 1, ",") && !InvertedCuePattern.IsIntroduction(context, sentence.FirstToken, phraseFirst - 1)
                    ? ReportedSpeechFinder.ReportPhrase(context, sentence.FirstToken, phraseFirst - 1, phraseFirst, phraseEnd, SpeakerKind.Group, v, v + 1, AttributionRules.ReportedNounPhrase)
                    : null;
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Whether the verb at <paramref name="verb"/> ends <paramref name="sentence"/>, before its final marks only.</summary>
    private static bool ClosesSentence(AttributionContext context, Segment sentence, int verb)
    {
        for (int k = verb + 1; k < sentence.EndToken; k++)
        {
            if (context.Tokens[k].Kind != TokenKind.Punctuation || context.IsText(k, ",") || context.IsText(k, ":"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where the content of the verb at <paramref name="verb"/> starts: at its complementizer (<c>argue that</c>), or right
    /// after a verb that takes a bare clause when a clause's subject follows (<c>said the plan …</c>); or null.
    /// </summary>
    private static int? ContentStart(AttributionContext context, Segment sentence, int verb) =>
        ComplementClausePattern.Complementizer(context, verb, sentence.EndToken)
        ?? (verb + 1 < sentence.EndToken && context.Is(verb, WordClass.BareClauseVerb) && BareClausePattern.OpensClause(context, verb + 1) ? verb + 1 : null);

    /// <summary>
    /// The tokens <c>[first, end)</c> of the noun phrase right before the verb at <paramref name="verb"/> (past its
    /// auxiliaries and adverbs) that opens its clause (at the sentence's start, past a conjunction, or after a comma), is
    /// plural (a plural determiner, or a plural head written in lower case) and opens with no possessive; or null.
    /// </summary>
    private static (int First, int End)? Phrase(AttributionContext context, Segment sentence, int verb)
    {
        int end = context.SkipAuxiliaries(verb - 1, forward: false) + 1;
        int head = end - 1;

        // A capitalized head is a name, which the mentions would have found, unless the sentence capitalizes it ("Critics").
        if (head < sentence.FirstToken || !IsHead(context, head) || context.Is(head, WordClass.Function | ClauseWords)
            || (head > sentence.FirstToken && context.Tokens[head].Has(TokenFlags.Capitalized)))
        {
            return null;
        }

        int first = head;
        while (first > sentence.FirstToken && head - first < MaxPhraseTokens && InPhrase(context, first - 1))
        {
            first--;
        }

        bool opensClause = first == context.ClauseOpener(sentence) || context.IsText(first - 1, ",") || context.IsConjunction(first - 1);
        if (!opensClause || head - first >= MaxPhraseTokens)
        {
            return null;
        }

        return (IsPlural(context, first, end) || IsShare(context, first, end)) && !context.IsListed(first, WordClass.PossessiveDeterminer) ? (first, end) : null;
    }

    /// <summary>Whether token <paramref name="k"/> may end a noun phrase: a word, or a share's percent sign or number (<c>42%</c>, <c>six in 10</c>).</summary>
    private static bool IsHead(AttributionContext context, int k) =>
        context.Tokens[k].Kind is TokenKind.Word or TokenKind.Number || context.IsText(k, "%");

    /// <summary>
    /// Whether the phrase <c>[first, end)</c> is the share of a group that a poll or a count gives (<c>61 percent of voters</c>,
    /// <c>42%</c>, <c>a majority of residents</c>, <c>six in 10</c>): those people's answers are what they say.
    /// </summary>
    private static bool IsShare(AttributionContext context, int first, int end)
    {
        if (context.Tokens[end - 1].Kind == TokenKind.Number)
        {
            return end - 2 > first && context.IsPreposition(end - 2);
        }

        for (int k = first; k < end; k++)
        {
            if (context.IsText(k, "%") || context.IsListed(k, WordClass.ShareWord))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> may be a word of a plain noun phrase: a word, a number or a joining mark, that opens no clause.</summary>
    private static bool InPhrase(AttributionContext context, int k)
    {
        var token = context.Tokens[k];
        if (context.IsInsideQuote(k) || context.IsConjunction(k))
        {
            return false;
        }

        return token.Kind switch
        {
            // "six in 10": a preposition before a number joins the two numbers of a share, whatever else it may open.
            TokenKind.Word => context.Is(k, WordClass.Determiner) || !context.Is(k, ClauseWords) || (context.IsPreposition(k) && context.Tokens[k + 1].Kind == TokenKind.Number),
            TokenKind.Number => true,
            TokenKind.Punctuation => context.IsText(k, "%") || context.IsText(k, "-"),
            _ => false,
        };
    }

    /// <summary>
    /// Whether the phrase <c>[first, end)</c> names several people: a plural determiner, or a plural noun before its
    /// complement or at its end (<c>Organizers of the march</c>, <c>People with knowledge of the talks</c>).
    /// </summary>
    private static bool IsPlural(AttributionContext context, int first, int end)
    {
        if (context.Is(first, WordClass.PluralDeterminer) || EndsPlural(context, end - 1))
        {
            return true;
        }

        int complement = first + 1;
        while (complement < end && !context.IsPreposition(complement))
        {
            complement++;
        }

        return complement < end && EndsPlural(context, complement - 1);
    }

    /// <summary>Whether token <paramref name="k"/> ends with the language's plural ending.</summary>
    private static bool EndsPlural(AttributionContext context, int k) => context.Profile.EndsWithPluralSuffix(context.Tokens[k].GetText(context.Text));
}
