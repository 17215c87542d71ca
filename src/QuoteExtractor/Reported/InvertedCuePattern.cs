using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>The talks will go on, Jane Roe said.</c>, <c>…, said Jane Roe.</c>, <c>…, a indiqué le ministre.</c>, <c>…, his lawyer said.</c>,
/// <c>…, a-t-il précisé.</c>, <c>…, dit-il.</c>: the content opens the sentence, and a comma, the speaker and a reporting verb close it.
/// </summary>
internal sealed class InvertedCuePattern : IReportedPattern
{
    /// <summary>The most tokens after the verb, or after an inverted speaker, before the sentence ends (<c>said in a statement on Monday.</c>).</summary>
    private const int MaxTailTokens = 8;

    /// <summary>The most tokens from the verb to an inverted speaker (<c>a affirmé mardi matin le maire</c>): an adjunct longer than a phrase of time may hold another name.</summary>
    private const int MaxSpeakerGap = 4;

    /// <inheritdoc />
    public WordClass CueClasses => WordClass.ReportingVerb;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence, SentenceCues cues)
    {
        foreach (int v in cues.Verbs)
        {
            if (!context.Is(v, WordClass.ReportingVerb))
            {
                continue;
            }

            // "…, said Jane Roe": the verb right after the comma; "…, Jane Roe said", "…, a-t-il précisé": the speaker
            // (and the auxiliary of an inverted pronoun) after it, maybe past an adverb or a day (", a affirmé lundi le
            // maire"); after an inverted speaker the tail is counted from its end, as a title makes no tail.
            int before = context.SkipAuxiliaries(v - 1, forward: false);
            if (context.IsText(before, ",") && !IsIntroduction(context, sentence.FirstToken, before) && (context.InvertedAfterComma(v) ?? InvertedPronoun(context, v) ?? PossessedAfter(context, v)) is { } inverted
                && context.Mentions[inverted].First - v <= MaxSpeakerGap && context.Mentions[context.LastAdjacentMention(inverted)].End is var speakerEnd
                && sentence.EndToken - speakerEnd <= MaxTailTokens && EndsClause(context, sentence, speakerEnd, afterSpeaker: true))
            {
                return ReportedSpeechFinder.Report(context, sentence.FirstToken, before, inverted, v, v + 1, AttributionRules.ReportedInverted);
            }

            if (sentence.EndToken - v <= MaxTailTokens && EndsClause(context, sentence, v + 1, afterSpeaker: false) && context.SubjectBefore(v) is { } subject
                && context.SkipAuxiliaries(PastPossessive(context, context.Mentions[subject].First - 1), forward: false) is int comma
                && comma > sentence.FirstToken && context.IsText(comma, ",") && !IsIntroduction(context, sentence.FirstToken, comma))
            {
                return ReportedSpeechFinder.Report(context, sentence.FirstToken, comma, subject, v, v + 1, AttributionRules.ReportedInverted);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="k"/> end the sentence with at most an adjunct before its final mark: a
    /// phrase a preposition opens (<c>in a statement</c>; after the speaker at <paramref name="afterSpeaker"/>, maybe past an
    /// adverb or a day: <c>jeudi dans un communiqué</c>) or one word (<c>Tuesday</c>). A clause of its own after the verb
    /// (<c>At her age, she said she …</c>) makes the comma an introduction's, not the end of reported words; a colon or a
    /// comma after it (<c>In a speech, Jane Roe said: …</c>, <c>The plan, Jane Roe said, …</c>) leads to its words.
    /// </summary>
    private static bool EndsClause(AttributionContext context, Segment sentence, int k, bool afterSpeaker)
    {
        if (k >= sentence.EndToken || IsFinalMark(context, k) || (k + 1 < sentence.EndToken && IsFinalMark(context, k + 1)) || k + 1 >= sentence.EndToken)
        {
            return true;
        }

        // "…, said Jane Roe, the agency's director." and "…, the Post reported, citing a source.": an apposition or a
        // participle after a comma goes on about the speaker, with no clause of its own.
        // "…, précise l'office jeudi dans un communiqué.": after an inverted speaker, a phrase of any preposition that
        // opens adjuncts, maybe after an adverb or a day, is where or how the words were said.
        bool aside = context.IsText(k, ",") && (context.MentionAt(k + 1) is not null || context.Is(k + 1, WordClass.Determiner) || context.IsParticiple(k + 1));
        bool adjunct = afterSpeaker
            ? context.IsAdjunctPreposition(k) || (context.Is(k, WordClass.CueAuxiliary) && context.IsAdjunctPreposition(k + 1))
            : context.IsPreposition(k);
        if (!aside && !adjunct)
        {
            return false;
        }

        for (int rest = k + 1; rest < sentence.EndToken; rest++)
        {
            // "dans un communiqué": a speech word after a determiner is a noun.
            if ((context.Tokens[rest].Kind != TokenKind.Word && !IsFinalMark(context, rest)) || (context.IsCue(rest) && !context.Is(rest - 1, WordClass.Determiner)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The pronoun inverted after the verb at <paramref name="verb"/> and its hyphen (<c>dit-il</c>), or null.</summary>
    public static int? InvertedPronoun(AttributionContext context, int verb) =>
        verb + 1 < context.Tokens.Count && context.Tokens[verb + 1].Has(TokenFlags.InvertedClitic) ? context.MentionAt(verb + 1) : null;

    /// <summary>The speaker that a possessive opens right after the verb at <paramref name="verb"/> (<c>…, a précisé son avocat.</c>), or null.</summary>
    private static int? PossessedAfter(AttributionContext context, int verb) =>
        context.IsListed(verb + 1, WordClass.PossessiveDeterminer) ? context.MentionAt(verb + 2) : null;

    /// <summary>The token before the possessive at <paramref name="k"/> that opens a speaker's phrase (<c>…, his lawyer said.</c>), or <paramref name="k"/> itself.</summary>
    private static int PastPossessive(AttributionContext context, int k) =>
        context.IsListed(k, WordClass.PossessiveDeterminer) ? k - 1 : k;

    /// <summary>Whether token <paramref name="k"/> is a mark that may end a sentence (<c>.</c>, <c>!</c>, <c>?</c>), not a comma, a colon or a semicolon.</summary>
    private static bool IsFinalMark(AttributionContext context, int k) =>
        context.Tokens[k].Kind == TokenKind.Punctuation && !context.IsText(k, ",") && !context.IsText(k, ":") && !context.IsText(k, ";");

    /// <summary>
    /// Whether the content <c>[first, end)</c> is no more than an introduction (<c>In a speech last July</c>, <c>But as the
    /// crowd booed</c>): it opens, maybe past a conjunction, with a preposition or a subordinator and holds no comma that
    /// would end that introduction.
    /// </summary>
    public static bool IsIntroduction(AttributionContext context, int first, int end)
    {
        // "But when Congress cut the funds": a conjunction may open the sentence before the introduction.
        first = context.IsConjunction(first) ? first + 1 : first;
        if (!context.IsPreposition(first) && !context.IsListed(first, WordClass.Subordinator))
        {
            return false;
        }

        for (int k = first + 1; k < end; k++)
        {
            if (context.IsText(k, ","))
            {
                return false;
            }
        }

        return true;
    }
}
