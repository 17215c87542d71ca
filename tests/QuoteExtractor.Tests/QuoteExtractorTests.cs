namespace QuoteExtraction.Tests;

public class QuoteExtractorTests
{
    [Fact]
    public void Null_text_is_rejected_with_ArgumentNullException()
    {
        var extractor = new QuoteExtractor();
        extractor.Invoking(e => e.ExtractQuotes(null!)).Should().Throw<ArgumentNullException>();
        extractor.Invoking(e => e.Analyze(null!)).Should().Throw<ArgumentNullException>();
        extractor.Invoking(e => e.Tokenize(null!)).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n\t ")]
    public void Empty_or_blank_text_has_no_quotes(string text)
    {
        new QuoteExtractor().ExtractQuotes(text).Should().BeEmpty();
    }

    [Fact]
    public void Text_over_the_length_limit_is_rejected_with_a_message_naming_the_limit()
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { MaxInputLength = 10 });
        extractor.Invoking(e => e.ExtractQuotes("12345678901"))
            .Should().Throw<ArgumentException>().WithMessage("*MaxInputLength*");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Out_of_range_options_are_rejected_at_construction(double confidence)
    {
        var create = () => new QuoteExtractor(new QuoteExtractorOptions { MinimumConfidence = confidence });
        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_language_is_detected_per_article_unless_set()
    {
        var extractor = new QuoteExtractor();
        extractor.Analyze("Le ministre a déclaré que la Russie ne fera pas de concessions dans les négociations.").Language.Should().Be(Language.French);
        extractor.Analyze(TestHelpers.SeedArticle).Language.Should().Be(Language.English);
        TestHelpers.French.Analyze(TestHelpers.SeedArticle).Language.Should().Be(Language.French);
    }

    [Fact]
    public void Quote_text_is_the_text_inside_the_marks_at_its_span()
    {
        const string text = "“We are disappointed,” he added. She said « non merci ».";
        var quotes = new QuoteExtractor().ExtractQuotes(text);
        quotes.Select(q => q.Text).Should().Equal("We are disappointed,", "non merci");
        quotes.Should().OnlyContain(q => text.Substring(q.Span.Start, q.Span.Length) == q.Text);
    }

    [Fact]
    public void One_extractor_gives_the_same_results_from_many_threads()
    {
        var extractor = new QuoteExtractor();
        var text = TestHelpers.SeedArticle;
        var expected = extractor.Analyze(text);
        var results = new ArticleAnalysis[16];
        Parallel.For(0, results.Length, i => results[i] = extractor.Analyze(text));
        foreach (var result in results)
        {
            result.Tokens.Should().Equal(expected.Tokens);
            result.Sentences.Should().Equal(expected.Sentences);
            result.Quotes.Select(q => q.Span).Should().Equal(expected.Quotes.Select(q => q.Span));
        }
    }

    [Fact]
    public void Calls_after_a_huge_article_on_the_same_thread_give_what_a_fresh_call_gives()
    {
        // The working memory of an article of over a million tokens is kept for the thread's next call
        // (weakly): nothing of one call may reach the next.
        var extractor = TestHelpers.English;
        string article = TestHelpers.SeedArticle;
        string huge = string.Concat(Enumerable.Repeat(article + "\n\n", (6_000_000 / (article.Length + 2)) + 1));
        static string Describe(IReadOnlyList<Quote> quotes) => string.Join("\n", quotes.Select(q => $"{q.Span} {q.Speaker?.Name}"));
        string expectedArticle = Describe(extractor.Analyze(article).Quotes);
        string expectedHuge = Describe(extractor.Analyze(huge).Quotes);

        Describe(extractor.ExtractQuotes(huge)).Should().Be(expectedHuge);
        Describe(extractor.ExtractQuotes(article)).Should().Be(expectedArticle);
        Describe(extractor.ExtractQuotes(huge)).Should().Be(expectedHuge);
        Describe(extractor.ExtractQuotes(huge)).Should().Be(expectedHuge);
    }

    [Fact]
    public void Only_analyze_sets_the_sentence_and_paragraph_start_flags_as_documented()
    {
        const string text = "It rained. Then it stopped.\n\nA new day began.";
        var extractor = new QuoteExtractor();
        static string[] Starts(IReadOnlyList<Token> tokens, TokenFlags flag) =>
            [.. tokens.Where(t => t.Has(flag)).Select(t => text[t.Start..t.End])];

        var analyzed = extractor.Analyze(text).Tokens;
        Starts(analyzed, TokenFlags.SentenceStart).Should().Equal("It", "Then", "A");
        Starts(analyzed, TokenFlags.ParagraphStart).Should().Equal("It", "A");

        foreach (var tokens in new[] { extractor.Tokenize(text), extractor.Tokenize(text.AsSpan()) })
        {
            tokens.Select(t => t.Span).Should().Equal(analyzed.Select(t => t.Span));
            tokens.Should().NotContain(t => t.Has(TokenFlags.SentenceStart) || t.Has(TokenFlags.ParagraphStart));
        }
    }
}
