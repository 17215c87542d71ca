using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>As the Daily Courier reported, the bridge will close in May.</c>, <c>But as Jane Roe noted in her column, …</c>,
/// <c>As reported by the Daily Courier, …</c>, <c>Comme l'a rappelé le maire, …</c>: a word of the language's
/// <see cref="LanguageProfile.ComparisonOpeners"/> opens the sentence (maybe past a conjunction) on a reporting verb and
/// its speaker, whose comma the reported words follow up to their clause's end; or, after a comma, the comparison closes
/// the sentence (<c>…, as the Daily Courier reported.</c>, <c>…, comme le rapportent nos confrères de Wired.</c>: the words
/// before it) or interrupts it between two commas (<c>La décision, comme l'a indiqué le ministre, sera …</c>). The verb
/// takes no object there: after one (<c>As Jane Roe said this, …</c>, <c>As she announced that …</c>) the comparison is a
/// time or a manner, not a source.
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
        if (context.IsListed(opener, WordClass.ComparisonOpener) && ReportedSpeechFinder.CommaAfter(context, sentence, opener + 1, MaxLeadTokens) is int comma
            && Leading(context, sentence, cues, opener, comma) is { } leading)
        {
            return leading;
        }

        foreach (int v in cues.Verbs)
        {
            if (context.Is(v, WordClass.ReportingVerb) && OpenerAfterComma(context, sentence, v) is int after && AfterComma(context, sentence, after, v) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The reported speech of the comparison that opens the sentence at <paramref name="opener"/> and ends at <paramref name="comma"/>: the words after the comma; or null.</summary>
    private static ReportedQuote? Leading(AttributionContext context, Segment sentence, SentenceCues cues, int opener, int comma)
    {
        foreach (int v in cues.Verbs)
        {
            if (v <= opener || v >= comma || !context.Is(v, WordClass.ReportingVerb))
            {
                continue;
            }

            if (Speaker(context, sentence, opener, v) is not { } mention)
            {
                return null;
            }

            return IsAdjunct(context, v, Tail(context, mention, v), comma)
                ? ReportedSpeechFinder.Report(context, comma + 1, ReportedSpeechFinder.ClauseEnd(context, sentence, comma + 1), mention, v, v + 1, AttributionRules.ReportedComparison)
                : null;
        }

        return null;
    }

    /// <summary>
    /// The reported speech of the comparison that a comma sets off at <paramref name="opener"/>, on the reporting verb at
    /// <paramref name="verb"/>, closing the sentence (<c>…, as the Daily Courier reported.</c>, <c>…, comme le rapportent
    /// nos confrères de Wired.</c>: the words before it) or interrupting it before a second comma (<c>La décision, comme l'a
    /// indiqué le ministre, sera …</c>: the whole clause, the comparison included, as an interrupting source's); or null.
    /// </summary>
    private static ReportedQuote? AfterComma(AttributionContext context, Segment sentence, int opener, int verb)
    {
        if (Speaker(context, sentence, opener, verb) is not { } mention || context.Mentions[mention].First <= opener)
        {
            return null;
        }

        // "…, comme le rapportent nos confrères de Wired qui ont interrogé …": a relative clause describes an inverted speaker
        // to the sentence's end, the reported words being those before the comparison.
        int tail = Tail(context, mention, verb);
        if (tail > verb + 1 && context.Is(context.IsText(tail, ",") ? tail + 1 : tail, WordClass.RelativePronoun))
        {
            return ReportedSpeechFinder.Report(context, sentence.FirstToken, opener - 1, mention, verb, verb + 1, AttributionRules.ReportedComparison);
        }

        int last = sentence.EndToken;
        while (last > tail && context.Tokens[last - 1].Kind == TokenKind.Punctuation)
        {
            last--;
        }

        int end = ReportedSpeechFinder.CommaAfter(context, sentence, tail, MaxAdjunctTokens + 1) ?? last;
        // "…, as the mayor said goodbye.": after a comma a bare word is rather an object, which makes the comparison a time.
        if (end - tail > MaxAdjunctTokens || !IsAdjunct(context, verb, tail, end)
            || (tail < end && !context.IsAdjunctPreposition(tail) && ReportedSpeechFinder.PastTimePhrase(context, tail, end) == tail
                && !ReportedSpeechFinder.HasReportingTag(context, verb, LanguageProfile.AddresseeClauseTag)))
        {
            return null;
        }

        // A comma before a conjunction or a subordinator ends the clause the words run in: they are then those before the comparison.
        int clauseEnd = end < last ? ReportedSpeechFinder.ClauseEnd(context, sentence, end) : end;
        return ReportedSpeechFinder.Report(context, sentence.FirstToken, clauseEnd > end ? clauseEnd : opener - 1, mention, verb, verb + 1, AttributionRules.ReportedComparison);
    }

    /// <summary>
    /// The word of the language's comparison openers that a comma precedes at most <see cref="MaxLeadTokens"/> tokens
    /// before the verb at <paramref name="verb"/>, with no mark or quotation between them (<c>…, as the Daily Courier
    /// reported</c>, <c>…, comme l'a indiqué</c>); or null.
    /// </summary>
    private static int? OpenerAfterComma(AttributionContext context, Segment sentence, int verb)
    {
        // Every verb of every sentence is asked: the words back to the comma are passed over first, and only the one
        // right after it is looked up.
        int k = verb - 1;
        while (k > sentence.FirstToken && k >= verb - MaxLeadTokens && context.Tokens[k].Kind == TokenKind.Word && !context.IsText(k - 1, ","))
        {
            k--;
        }

        return k > sentence.FirstToken && k >= verb - MaxLeadTokens && context.Tokens[k].Kind == TokenKind.Word && context.IsText(k - 1, ",")
            && context.IsListed(k, WordClass.ComparisonOpener) && !HasInsideQuote(context, k, verb) ? k : null;
    }

    /// <summary>Whether a token of <c>[first, end)</c> lies inside a quotation.</summary>
    private static bool HasInsideQuote(AttributionContext context, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (context.IsInsideQuote(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The speaker of the reporting verb at <paramref name="verb"/> that the comparison opener at <paramref name="opener"/> opens on: its agent after a participle right after the opener or a passive (<c>as reported by the Daily Courier</c>), else its subject; or null.</summary>
    private static int? Speaker(AttributionContext context, Segment sentence, int opener, int verb) =>
        verb == opener + 1 || ReportedSpeechFinder.IsPassive(context, verb) ? Agent(context, verb) : ReportedSpeechFinder.Subject(context, sentence, verb);

    /// <summary>The token after the verb at <paramref name="verb"/>, or after its speaker <paramref name="mention"/> when the speaker follows it (<c>comme l'a indiqué le ministre</c>).</summary>
    private static int Tail(AttributionContext context, int mention, int verb) =>
        context.Mentions[mention].First > verb ? context.Mentions[context.LastAdjacentMention(mention)].End : verb + 1;

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
