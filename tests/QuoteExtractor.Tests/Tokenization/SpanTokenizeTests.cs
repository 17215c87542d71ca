namespace QuoteExtraction.Tests.Tokenization;

/// <summary><see cref="QuoteExtractor.Tokenize(ReadOnlySpan{char})"/>: tokens of a span, read in place.</summary>
public class SpanTokenizeTests
{
    private const string Text = "“We will not raise taxes,” Prime Minister Jane Smith said on Tuesday.";

    [Fact]
    public void A_span_gives_the_same_tokens_as_the_string()
    {
        TestHelpers.English.Tokenize(Text.AsSpan()).Should().Equal(TestHelpers.English.Tokenize(Text));
    }

    [Fact]
    public void A_part_of_a_larger_buffer_is_tokenized_in_place_with_offsets_from_its_start()
    {
        var buffer = ("HEADER\n" + Text + "\nFOOTER").ToCharArray();
        var part = new ReadOnlyMemory<char>(buffer, 7, Text.Length);

        var tokens = TestHelpers.English.Tokenize(part.Span);

        tokens.Should().Equal(TestHelpers.English.Tokenize(Text));
        tokens.Select(t => t.GetText(part.Span).ToString()).Should().StartWith(["“", "We", "will"]);
    }

    [Fact]
    public void A_span_longer_than_the_limit_is_refused()
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { MaxInputLength = 10 });
        extractor.Invoking(e => e.Tokenize("eleven char".AsSpan())).Should().Throw<ArgumentException>().WithParameterName("text");
        extractor.Invoking(e => e.Tokenize("eleven char")).Should().Throw<ArgumentException>().WithParameterName("text");
    }
}
