using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Reported;

/// <summary>
/// <c>Jane Roe promised to reopen the bridge</c>, <c>urged voters to stay home</c>, <c>called on the council to …</c>,
/// <c>a promis de …</c>, <c>a appelé les élus à …</c>, <c>affirme avoir …</c>: a verb of the language's
/// <see cref="LanguageProfile.InfinitiveVerbs"/> (after its particle, where its list names some), a short object, and an
/// infinitive; the content runs from the object (the one asked is part of what is asked) to the clause's end, and the
/// verb's subject speaks.
/// </summary>
internal sealed class InfinitiveContentPattern : IReportedPattern
{
    /// <summary>The most words between the verb and its infinitive (<c>urged the rest of the party to</c>).</summary>
    private const int MaxObjectTokens = 8;

    /// <summary>The most negations or pronouns between a marker and its infinitive (<c>de ne pas rouvrir</c>).</summary>
    private const int MaxInfinitivePrefix = 2;

    /// <inheritdoc />
    public WordClass CueClasses => WordClass.InfinitiveVerb;

    /// <inheritdoc />
    public ReportedQuote? Find(AttributionContext context, Segment sentence, SentenceCues cues)
    {
        foreach (int v in cues.Verbs)
        {
            if (context.Is(v, WordClass.InfinitiveVerb) && InfinitiveStart(context, v, sentence.EndToken) is int first
                && !ReportedSpeechFinder.IsPassive(context, v) && !ReportedSpeechFinder.InOpeningClause(context, sentence, v)
                && ReportedSpeechFinder.Subject(context, sentence, v) is { } subject
                && ReportedSpeechFinder.Report(context, first, ReportedSpeechFinder.PhraseEnd(context, sentence, first), subject, v, v + 1, AttributionRules.ReportedInfinitive) is { } found)
            {
                return found with { Form = ReportedForm.Infinitive };
            }
        }

        return null;
    }

    /// <summary>
    /// Where the content of the verb at <paramref name="verb"/> starts: its bare infinitive, for a verb its list tags
    /// <see cref="LanguageProfile.BareInfinitiveTag"/> (<c>affirme avoir …</c>, <c>assure ne pas …</c>); else the object
    /// before its marker, or the marker, after the particle that its list's tag may require (<c>called on the council to
    /// …</c>); null when no infinitive follows.
    /// </summary>
    private static int? InfinitiveStart(AttributionContext context, int verb, int end)
    {
        var tag = context.Profile.InfinitiveVerbs.TagOf(context.Tokens[verb].GetText(context.Text));
        if (tag == LanguageProfile.BareInfinitiveTag)
        {
            return IsInfinitive(context, SkipPrefix(context, verb + 1, end)) ? verb + 1 : null;
        }

        return ReportedSpeechFinder.AfterParticle(context, verb, end, tag) is int first && MarkerAfterObject(context, first, end) is not null ? first : null;
    }

    /// <summary>
    /// The marker (<c>to</c>, <c>de</c>) that opens the infinitive after the object that starts at <paramref name="first"/>:
    /// a few words with no mark, quotation, speech verb, complementizer or question word among them (<c>dira vite si …</c>
    /// asks a question); or null.
    /// </summary>
    private static int? MarkerAfterObject(AttributionContext context, int first, int end)
    {
        for (int k = first; k < end && k <= first + MaxObjectTokens; k++)
        {
            if (context.Tokens[k].Kind != TokenKind.Word || context.IsInsideQuote(k) || context.Is(k, WordClass.SpeechVerb | WordClass.Complementizer)
                || context.IsListed(k, WordClass.QuestionWord))
            {
                return null;
            }

            if (context.IsListed(k, WordClass.InfinitiveMarker) && IsInfinitive(context, SkipPrefix(context, k + 1, end)))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The first token from <paramref name="k"/> past a negation or pronoun or two (<c>ne pas</c>, <c>not</c>).</summary>
    private static int SkipPrefix(AttributionContext context, int k, int end)
    {
        for (int n = 0; n < MaxInfinitivePrefix && k < end && context.Is(k, WordClass.Negation | WordClass.Pronoun); n++)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> may be an infinitive: a lower-case word outside quotations that is no function
    /// word, determiner or pronoun (<c>to the</c>, <c>de la</c> open a phrase) but an auxiliary or a copula may be
    /// (<c>to have</c>, <c>to be</c>), with an infinitive's ending where the language has one.
    /// </summary>
    private static bool IsInfinitive(AttributionContext context, int k)
    {
        var tokens = context.Tokens;
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || tokens[k].Has(TokenFlags.Capitalized) || context.IsInsideQuote(k)
            || (context.Is(k, WordClass.Function | WordClass.Determiner | WordClass.Pronoun) && !context.Is(k, WordClass.CueAuxiliary | WordClass.Copula))
            || context.IsListed(k, WordClass.PossessiveDeterminer))
        {
            return false;
        }

        var endings = context.Profile.InfinitiveEndings;
        if (endings.Length == 0)
        {
            return true;
        }

        var word = tokens[k].GetText(context.Text);
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
