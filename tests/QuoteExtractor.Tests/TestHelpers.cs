namespace QuoteExtraction.Tests;

/// <summary>Shortcuts that run the public API and read results back as strings.</summary>
internal static class TestHelpers
{
    public static readonly QuoteExtractor English = new(new QuoteExtractorOptions { Language = Language.English });
    public static readonly QuoteExtractor French = new(new QuoteExtractorOptions { Language = Language.French });

    /// <summary>The extractor of a theory's language column: <c>fr</c> for French, any other for English.</summary>
    public static QuoteExtractor For(string language) => language == "fr" ? French : English;

    public static string[] Words(this QuoteExtractor extractor, string text) =>
        [.. extractor.Tokenize(text).Select(t => text[t.Start..t.End])];

    public static Token Single(this QuoteExtractor extractor, string text, string tokenText)
    {
        var matches = extractor.Tokenize(text).Where(t => text[t.Start..t.End] == tokenText).ToList();
        matches.Should().ContainSingle($"'{tokenText}' should be one token of «{text}»");
        return matches[0];
    }

    public static string[] Sentences(this QuoteExtractor extractor, string text) =>
        [.. extractor.Analyze(text).Sentences.Select(s => text[s.Span.Start..s.Span.End])];

    public static string[] Paragraphs(this QuoteExtractor extractor, string text) =>
        [.. extractor.Analyze(text).Paragraphs.Select(s => text[s.Span.Start..s.Span.End])];

    /// <summary>The quotes in quotation marks, without reported speech: what the tests of quotes and their attribution read.</summary>
    public static List<Quote> Quoted(this IEnumerable<Quote> quotes) => [.. quotes.Where(q => q.Kind != QuoteKind.Indirect)];

    /// <summary>The seed article the product was specified from, as embedded in the sample.</summary>
    public static string SeedArticle => QuoteExtraction.Sample.InputReader.LoadDemoArticle();
}
