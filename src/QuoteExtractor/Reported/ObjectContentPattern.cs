using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>Jane Roe criticized the council for closing the bridge</c>, <c>praised the engineers' work</c>, <c>called for an
/// inquiry into the collapse</c>: a verb of the language's <see cref="LanguageProfile.ObjectVerbs"/> (after its particle,
/// where its list names some) and its object, which is what its subject says about; the verb's subject speaks. Tried
/// after every other pattern, so that a clause or an infinitive after the verb is read as such. An object of one word
/// is one (<c>criticized Mark Smith</c>), where a clause needs three.
/// </summary>
internal sealed class ObjectContentPattern : IReportedPattern
{
    /// <summary>The fewest words an object has: one names whom the speech is about (<c>criticized Jane Roe</c>).</summary>
    private const int MinObjectWords = 1;

    /// <inheritdoc />
    public WordClass CueClasses => WordClass.ObjectVerb;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence, SentenceCues cues)
    {
        foreach (int v in cues.Verbs)
        {
            // After an infinitive's marker the verb is an intent ("wants to criticize"), not a report.
            if (context.IsListed(v, WordClass.ObjectVerb) && !context.IsListed(v - 1, WordClass.InfinitiveMarker)
                && ObjectStart(context, v, sentence.EndToken) is int first
                && !ReportedSpeechFinder.IsPassive(context, v) && !ReportedSpeechFinder.InOpeningClause(context, sentence, v)
                && ReportedSpeechFinder.Subject(context, sentence, v) is { } subject
                && ReportedSpeechFinder.Report(context, first, ReportedSpeechFinder.PhraseEnd(context, sentence, first), subject, v, v + 1, AttributionRules.ReportedObject, MinObjectWords) is { } found)
            {
                return found with { Form = ReportedForm.NounPhrase };
            }
        }

        return null;
    }

    /// <summary>
    /// The first token of the object of the verb at <paramref name="verb"/>, past the particle its list's tag may require
    /// (<c>called for</c>): a word outside quotations that opens no clause (a complementizer, a question word), no
    /// infinitive and no phrase a preposition opens, nor a conjunction, a copula or an auxiliary, after which the verb
    /// was rather in a relative clause (<c>what she promised is …</c>, <c>the study cited in the report</c>); or null.
    /// </summary>
    private static int? ObjectStart(AttributionContext context, int verb, int end)
    {
        var tag = context.Profile.ObjectVerbs.TagOf(context.Tokens[verb].GetText(context.Text));
        return ReportedSpeechFinder.AfterParticle(context, verb, end, tag) is int first && first < end && context.Tokens[first].Kind is TokenKind.Word or TokenKind.Number && !context.IsInsideQuote(first)
            && !context.Is(first, WordClass.Complementizer | WordClass.Copula | WordClass.CueAuxiliary) && !context.IsPreposition(first) && !context.IsConjunction(first)
            && !context.IsListed(first, WordClass.QuestionWord) && !context.IsListed(first, WordClass.InfinitiveMarker)
            ? first
            : null;
    }
}
