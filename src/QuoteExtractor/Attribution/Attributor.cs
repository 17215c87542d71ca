using System.Collections.Immutable;
using QuoteExtraction.Attribution.Sieves;
using QuoteExtraction.Reported;

namespace QuoteExtraction.Attribution;

/// <summary>
/// Finds who said each quote: the sieves of <see cref="SieveOrder"/>, most reliable first, give each
/// quote its local mention, cue and rule; the resolver links the pronouns they resolve, so that a
/// later quote's pronoun can follow them; between the quotes, <see cref="ReportedSpeechFinder"/> reads the sentences
/// before each for reported speech; then <see cref="AttributionResults"/> builds the results.
/// </summary>
internal static class Attributor
{
    /// <summary>How many quotes are attributed between two checks of the cancellation token.</summary>
    private const int CancellationCheckInterval = 256;

    /// <summary>
    /// How many quotes still without a speaker <see cref="SieveOrder.AfterAll"/> reads at most, so that its
    /// cost, which grows with the quotes around each, stays bounded on any input; an article has a few.
    /// </summary>
    private const int MaxQuotesAfterAll = 64;

    /// <summary>
    /// The quotes of <paramref name="document"/> with their speakers, and the distinct speakers of the
    /// article. <paramref name="resolver"/> has linked the document's names and descriptions to their
    /// entities; an attribution below <paramref name="minimumConfidence"/> gives no speaker. With
    /// <paramref name="includeIndirect"/>, reported speech comes too, as quotes of kind <see cref="QuoteKind.Indirect"/>.
    /// </summary>
    public static (List<Quote> Quotes, List<Speaker> Speakers) Attribute(Document document, EntityResolver resolver, SharedTexts texts,
        double minimumConfidence, bool includeIndirect, CancellationToken cancellationToken)
    {
        using var context = new AttributionContext(document, resolver);
        var reported = includeIndirect ? new ReportedSpeechFinder(context) : null;
        var quotes = document.Quotes;
        for (int q = 0; q < quotes.Count; q++)
        {
            if (q % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // Reported speech reads no attribution it would change: the direct quotes' are the same with it or without.
            reported?.ReadUpTo(quotes[q].OpenToken);
            Attribute(context, resolver, q);
        }

        reported?.ReadUpTo(document.Tokens.Count);

        int unattributed = 0;
        for (int q = 0; q < quotes.Count && unattributed < MaxQuotesAfterAll; q++)
        {
            if (context.AttributionOf(q) is null)
            {
                unattributed++;
                context.Record(q, FirstFound(SieveOrder.AfterAll, context, q));
            }
        }

        return AttributionResults.Build(context, reported?.Found, resolver, texts, minimumConfidence);
    }

    /// <summary>
    /// Attributes quote <paramref name="index"/> of <paramref name="context"/>, whose earlier quotes are
    /// attributed: the first sieve that finds a speaker decides, the pronoun it resolves is linked to its
    /// entity, and the context records it for the quotes after it.
    /// </summary>
    internal static QuoteAttribution? Attribute(AttributionContext context, EntityResolver resolver, int index)
    {
        var attribution = FirstFound(SieveOrder.All, context, index);
        if (attribution is { LinkedPronoun: >= 0 } linking)
        {
            resolver.LinkPronoun(context.Mentions[linking.LinkedPronoun], linking.Entity);
        }

        context.Record(index, attribution);
        return attribution;
    }

    /// <summary>The attribution of quote <paramref name="index"/> by the first of <paramref name="sieves"/> that finds one, or null.</summary>
    private static QuoteAttribution? FirstFound(ImmutableArray<IAttributionSieve> sieves, AttributionContext context, int index)
    {
        foreach (var sieve in sieves)
        {
            if (sieve.Attribute(context, index) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
