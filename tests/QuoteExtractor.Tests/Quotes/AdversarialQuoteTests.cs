using QuoteExtraction.Benchmarks;

namespace QuoteExtraction.Tests.Quotes;

/// <summary>
/// Hostile mark patterns complete and stay sane. Their cost is measured in the benchmarks
/// (AdversarialBenchmarks), not here: unit tests do not time anything.
/// </summary>
public class AdversarialQuoteTests
{
    private const int Size = 1 << 20;

    public static TheoryData<string> Shapes() => new(AdversarialInputs.Shapes);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_megabyte_of_any_adversarial_shape_completes_with_valid_quotes(string shape)
    {
        var text = AdversarialInputs.Make(shape, Size);
        var analysis = new QuoteExtractor(new QuoteExtractorOptions { IncludeNonSpeech = true }).Analyze(text);
        foreach (var quote in analysis.Quotes)
        {
            quote.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            quote.Nested.Count.Should().BeLessThan(Size);
        }

        analysis.Tokens.Count.Should().BeLessThanOrEqualTo(text.Length);
    }

    [Fact]
    public void Nesting_deeper_than_the_bound_keeps_one_outer_quote()
    {
        var openers = string.Concat(Enumerable.Repeat("“‘", 25));
        var closers = string.Concat(Enumerable.Repeat("’”", 25));
        var text = "He said " + openers + "deep" + closers + " and left.";
        var quote = new QuoteExtractor(new QuoteExtractorOptions { IncludeNonSpeech = true }).ExtractQuotes(text).Should().ContainSingle().Subject;
        quote.Span.Start.Should().Be("He said “".Length);
        quote.Text.Should().Contain("deep");
        quote.Nested.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(8);
    }

    [Fact]
    public void A_stray_mark_does_not_swallow_the_next_paragraphs()
    {
        var text = "Opening “ never closed here.\n\nSecond paragraph.\n\n“A real quote,” she said.";
        var quotes = new QuoteExtractor().ExtractQuotes(text);
        quotes.Select(q => q.Text).Should().Equal("never closed here.", "A real quote,");
        quotes[0].IsClosed.Should().BeFalse();
    }
}
