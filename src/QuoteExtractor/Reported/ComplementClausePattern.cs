using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>Jane Roe said that the talks would go on</c>, <c>told reporters on Monday that …</c>, <c>a affirmé lundi que …</c>,
/// <c>asked the mayor whether …</c>: a reporting verb, a short object or adjunct, and a complementizer (or, after a verb
/// of asking, a question word) that opens the content, kept in it; the verb's subject speaks.
/// </summary>
internal sealed class ComplementClausePattern : IReportedPattern
{
    /// <summary>The most words between the verb and its complementizer (<c>told The Associated Press on Monday that</c>).</summary>
    private const int MaxObjectTokens = 6;

    /// <summary>
    /// The most words between the verb and its complementizer when an adjunct that a preposition opens stands there
    /// (<c>said earlier on Friday during a news conference that</c>): a preposition's phrase relates no noun by the complementizer.
    /// </summary>
    private const int MaxAdjunctTokens = 12;

    /// <inheritdoc />
    public WordClass CueClasses => WordClass.ReportingVerb;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence, SentenceCues cues)
    {
        foreach (int v in cues.Verbs)
        {
            if (context.Is(v, WordClass.ReportingVerb) && Complementizer(context, v, sentence.EndToken) is int that && !ReportedSpeechFinder.IsPassive(context, v)
                && ReportedSpeechFinder.ContentEnd(context, sentence, v, that) is int end && ReportedSpeechFinder.Subject(context, sentence, v) is { } subject)
            {
                return ReportedSpeechFinder.Report(context, that, end, subject, v, context.VerbEnd(v), AttributionRules.ReportedThat);
            }
        }

        return null;
    }

    /// <summary>
    /// The complementizer that opens the content of the verb at <paramref name="verb"/>, right after the verb or after an
    /// object or adjunct of a few words (a mention, a phrase a preposition opens, one word; a longer adjunct,
    /// <see cref="MaxAdjunctTokens"/>) with no mark between; or null.
    /// </summary>
    public static int? Complementizer(AttributionContext context, int verb, int end)
    {
        // "made it clear that": the words of the verb's idiom are the verb's.
        var tokens = context.Tokens;
        int first = context.VerbEnd(verb);
        for (int k = first; k < end && k <= first + MaxAdjunctTokens; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || context.IsInsideQuote(k))
            {
                return null;
            }

            if (context.Is(k, WordClass.Complementizer)
                || (context.IsListed(k, WordClass.QuestionWord) && ReportedSpeechFinder.HasReportingTag(context, verb, LanguageProfile.QuestionTag)))
            {
                return ObjectOrAdjunct(context, verb, first, k) && k + 1 < end && tokens[k + 1].Kind == TokenKind.Word ? k : null;
            }

            if (context.Is(k, WordClass.SpeechVerb))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the tokens <c>[first, that)</c> between the verb at <paramref name="verb"/> (and its idiom's words) and its complementizer at <paramref name="that"/> are,
    /// maybe after a phrase of time (<see cref="ReportedSpeechFinder.PastTimePhrase"/>),
    /// an object (a mention or one word: <c>told Jane Roe</c>, <c>told reporters</c>), an adjunct that a preposition
    /// opens, also one of the language's <see cref="LanguageProfile.AdjunctPrepositions"/> (<c>said in a statement</c>,
    /// <c>a expliqué dans un communiqué</c>), or both (<c>a indiqué lundi à la presse</c>), or nothing; not a noun phrase
    /// that the complementizer would rather relate (<c>announced a plan that …</c>).
    /// </summary>
    private static bool ObjectOrAdjunct(AttributionContext context, int verb, int first, int that)
    {
        // "told the crowd on Tuesday that", "told reporters Tuesday that": a verb whose addressee comes before its clause
        // relates no noun by the complementizer, whatever words the addressee and its adjuncts take; a phrase of time
        // comes first ("said Wednesday night that", "said late Friday that").
        // Only an adjunct may take more than a few words ("said earlier on Friday during a news conference that").
        int k = ReportedSpeechFinder.PastTimePhrase(context, first, that);
        if (that - first > MaxObjectTokens)
        {
            return k == that || LongAdjunct(context, k, that);
        }

        if (k == that || context.IsAdjunctPreposition(k))
        {
            return true;
        }

        if (ReportedSpeechFinder.HasReportingTag(context, verb, LanguageProfile.AddresseeClauseTag))
        {
            return true;
        }

        k = context.MentionAt(k) is { } mention ? context.Mentions[mention].End : k + 1;
        return k == that || (k < that && context.IsAdjunctPreposition(k));
    }

    /// <summary>
    /// Whether the tokens <c>[first, that)</c> are an adjunct longer than an object may be: a preposition opens it, none that
    /// joins a complement to the verb (<c>boasted of the voters that …</c>), and no participle is inside, which would open
    /// a clause of its own whose noun the complementizer may relate (a preposition of that form, <c>during</c>, is none) (<c>responded by using the example of Chicago to prove that</c>).
    /// </summary>
    private static bool LongAdjunct(AttributionContext context, int first, int that)
    {
        if (!context.IsAdjunctPreposition(first) || context.IsListed(first, WordClass.ComplementPreposition))
        {
            return false;
        }

        for (int k = first + 1; k < that; k++)
        {
            if (context.IsParticiple(k) && !context.IsAdjunctPreposition(k))
            {
                return false;
            }
        }

        return true;
    }
}
