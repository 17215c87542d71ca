using QuoteExtraction.Attribution;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Tests.Attribution;

/// <summary>
/// An article read up to attribution (tokens, quotes, mentions, entities) with the context the sieves
/// read, so that a test can run one sieve alone on one quote.
/// </summary>
internal sealed class AttributionScene : IDisposable
{
    private readonly Document _document;

    public AttributionScene(string text, Language language = Language.English)
    {
        (_document, Resolver) = QuoteExtractor.Prepare(text, LanguageProfile.For(language), new Workspace(), includeNonSpeech: false, CancellationToken.None);
        Context = new AttributionContext(_document, Resolver);
    }

    public string Text => _document.Text;

    public EntityResolver Resolver { get; }

    public AttributionContext Context { get; }

    /// <summary>The index of the quote whose text starts with <paramref name="start"/>, after every quote before it is attributed as the pipeline does.</summary>
    public int QuoteStarting(string start)
    {
        var quotes = Context.Quotes;
        int index = quotes.FindIndex(q => Text[q.Span.Start..q.Span.End].StartsWith(start, StringComparison.Ordinal));
        index.Should().BeGreaterThanOrEqualTo(0, $"a quote should start with «{start}» in «{Text}»");
        for (int q = 0; q < index; q++)
        {
            Attributor.Attribute(Context, Resolver, q);
        }

        return index;
    }

    /// <summary>Attributes every quote with the sieves of <see cref="SieveOrder.All"/>, as the pipeline's first pass does.</summary>
    public void AttributeEveryQuote()
    {
        for (int q = 0; q < Context.Quotes.Count; q++)
        {
            Attributor.Attribute(Context, Resolver, q);
        }
    }

    /// <summary>The text of a mention.</summary>
    public string MentionText(int mention) => Text[Context.Tokens[Context.Mentions[mention].First].Start..Context.Tokens[Context.Mentions[mention].End - 1].End];

    /// <summary>Each mention's entity and each entity's gender and kind, to tell whether something changed them.</summary>
    public string Snapshot() =>
        string.Join(",", Context.Mentions.Select(m => m.Entity)) + "|" + string.Join(",", Context.Entities.Select(e => $"{e.Gender}{e.IsPerson}"));

    public void Dispose()
    {
        Context.Dispose();
        _document.Dispose();
    }
}
