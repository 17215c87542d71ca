namespace QuoteExtraction.Tests.Quotes;

public class SeedArticleTests
{
    [Fact]
    public void The_seed_article_gives_exactly_its_quotes_with_exact_spans()
    {
        var text = TestHelpers.SeedArticle;
        var quotes = new QuoteExtractor().ExtractQuotes(text).Quoted();

        quotes.Select(q => q.Text).Should().Equal(
            "concession",
            "concessions",
            "disappointed",
            "signals",
            "This is absolutely unlikely,",
            "We are disappointed by the signals received in recent days from Washington, but also from Brussels,",
            "It is a very likely scenario […] “If we go around in circles, if we don’t see that the other side is willing to take our priorities into consideration, and to respond constructively, then the dialogue will be useless,",
            "guarantee its security",
            "legal",
            "unacceptable.",
            "unprecedented",
            "It is very likely that we will encounter the reluctance of our American and NATO colleagues to realize what we really need,",
            "threats that are constantly formulated against us […] “We will not make any concessions,",
            "acting against our own interests, and against our security interests.");

        foreach (var quote in quotes)
        {
            text.Substring(quote.Span.Start, quote.Span.Length).Should().Be(quote.Text);
            var before = text[..quote.Span.Start].TrimEnd();
            before[^1].Should().Be('“', "each span starts right after its opening mark");
            text[quote.Span.End].Should().Be('”', "each span ends right before its closing mark");
        }

        quotes[6].Elisions.Select(e => text.Substring(e.Start, e.Length)).Should().Equal("[…]");
        quotes[12].Elisions.Select(e => text.Substring(e.Start, e.Length)).Should().Equal("[…]");
    }

    [Fact]
    public void Nothing_comes_from_the_photo_credit_the_see_also_line_or_the_comment_footer()
    {
        var text = TestHelpers.SeedArticle;
        int credit = text.IndexOf("Photo by", StringComparison.Ordinal);
        int seeAlso = text.IndexOf("See also", StringComparison.Ordinal);
        int footer = text.IndexOf("Leave a Reply", StringComparison.Ordinal);
        var quotes = new QuoteExtractor(new QuoteExtractorOptions { IncludeNonSpeech = true }).ExtractQuotes(text);
        quotes.Should().NotContain(q => q.Span.Contains(credit) || q.Span.Contains(seeAlso) || q.Span.Start >= footer);
    }
}
