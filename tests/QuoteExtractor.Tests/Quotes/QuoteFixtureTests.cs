namespace QuoteExtraction.Tests.Quotes;

/// <summary>Runs every annotated snippet in <c>Quotes/Fixtures</c>, English and French.</summary>
public class QuoteFixtureTests
{
    private const string EnglishFile = "quotes.en.txt";
    private const string FrenchFile = "quotes.fr.txt";

    public static TheoryData<string> English() => new(QuoteFixture.Load(EnglishFile).Select(f => f.Name));

    public static TheoryData<string> French() => new(QuoteFixture.Load(FrenchFile).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(English))]
    public void English_fixture(string name) => Check(QuoteFixture.Load(EnglishFile).Single(f => f.Name == name));

    [Theory]
    [MemberData(nameof(French))]
    public void French_fixture(string name) => Check(QuoteFixture.Load(FrenchFile).Single(f => f.Name == name));

    private static void Check(QuoteFixture fixture)
    {
        var options = new QuoteExtractorOptions { Language = fixture.Language };
        var quotes = new QuoteExtractor(options).ExtractQuotes(fixture.Text);
        if (fixture.CheckDefaultQuotes)
        {
            Match(fixture.Text, quotes, fixture.Quotes);
        }

        if (fixture.All is { } all)
        {
            var everything = new QuoteExtractor(options with { IncludeNonSpeech = true }).ExtractQuotes(fixture.Text);
            Match(fixture.Text, everything.Where(q => all.Any(e => e.Text == q.Text)).ToList(), all);
            quotes.Should().NotContain(q => q.Kind == QuoteKind.NonSpeech, "non-speech quotes are left out by default");
            quotes.Select(q => q.Text).Should().NotIntersectWith(all.Where(e => e.Kind == QuoteKind.NonSpeech).Select(e => e.Text));
        }

        if (fixture.Groups is { } groups)
        {
            quotes.Select(q => q.Group).Should().Equal(groups);
        }
    }

    private static void Match(string text, IReadOnlyList<Quote> actual, List<ExpectedQuote> expected)
    {
        actual.Select(q => q.Text).Should().Equal(expected.Select(e => e.Text));
        for (int i = 0; i < expected.Count; i++)
        {
            var quote = actual[i];
            var want = expected[i];
            text.Substring(quote.Span.Start, quote.Span.Length).Should().Be(quote.Text);
            if (want.Kind is { } kind)
            {
                quote.Kind.Should().Be(kind, $"«{quote.Text}» should be {kind}");
            }

            quote.IsClosed.Should().Be(!want.Unclosed, $"«{quote.Text}» closed");
            quote.Nested.Select(s => text.Substring(s.Start, s.Length)).Should().Equal(want.Nested);
            quote.Elisions.Select(s => text.Substring(s.Start, s.Length)).Should().Equal(want.Elisions);
            quote.Insertions.Select(s => text.Substring(s.Start, s.Length)).Should().Equal(want.Insertions);
            if (want.Segments is { } segments)
            {
                quote.Segments.Should().HaveCount(segments);
                quote.Segments[0].Start.Should().Be(quote.Span.Start);
                quote.Segments[^1].End.Should().Be(quote.Span.End);
            }
        }
    }
}
