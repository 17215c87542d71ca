namespace QuoteExtraction.Tests;

public class BatchAndCancellationTests
{
    private static readonly string[] s_articles =
    [
        "“We are ready,” Senator Jane Doe said on Monday.",
        "« Nous sommes prêts », a déclaré la ministre Anne Morel.",
        "No quotes here at all.",
        "“A,” he said. “B.” Later, Mark Smith told reporters: “C.”",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(0)]
    [InlineData(64)]
    public void A_batch_gives_the_same_results_as_one_call_per_article_in_input_order(int threads)
    {
        var extractor = new QuoteExtractor();
        var texts = Enumerable.Range(0, 40).Select(i => s_articles[i % s_articles.Length] + new string(' ', i)).ToList();

        var results = extractor.ExtractQuotesBatch(texts, threads);

        results.Select(r => r.Index).Should().Equal(Enumerable.Range(0, texts.Count));
        for (int i = 0; i < texts.Count; i++)
        {
            results[i].Succeeded.Should().BeTrue();
            results[i].Quotes.Select(q => (q.Text, q.Span, q.Speaker?.Name))
                .Should().Equal(extractor.ExtractQuotes(texts[i]).Select(q => (q.Text, q.Span, q.Speaker?.Name)));
        }
    }

    [Fact]
    public void A_batch_reports_every_failed_article_and_goes_on()
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { MaxInputLength = 100 });
        string?[] texts = [s_articles[0], null, new string('x', 101), s_articles[3]];

        var results = extractor.ExtractQuotesBatch(texts);

        results.Should().HaveCount(4);
        results[0].Quotes.Should().NotBeEmpty();
        results[1].Error.Should().BeOfType<ArgumentNullException>();
        results[2].Error.Should().BeOfType<ArgumentException>().Which.Message.Should().Contain("MaxInputLength");
        results[2].Quotes.Should().BeEmpty();
        results[3].Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_failure_that_is_no_articles_input_error_stops_the_batch_and_is_thrown(int threads)
    {
        // An ArgumentOutOfRangeException is an ArgumentException, but one from a faulty list (or a bug)
        // is not the fault of the article's text: it must not become that article's error.
        var extractor = new QuoteExtractor();
        var texts = new FailingList(s_articles, failingIndex: 2);

        extractor.Invoking(e => e.ExtractQuotesBatch(texts, threads))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("index");
    }

    [Fact]
    public void Bad_batch_arguments_are_rejected()
    {
        var extractor = new QuoteExtractor();
        extractor.Invoking(e => e.ExtractQuotesBatch(null!)).Should().Throw<ArgumentNullException>();
        extractor.Invoking(e => e.ExtractQuotesBatch(s_articles, -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_cancelled_token_stops_a_call_and_a_batch()
    {
        var extractor = new QuoteExtractor();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        extractor.Invoking(e => e.ExtractQuotes(s_articles[0], cancellation.Token)).Should().Throw<OperationCanceledException>();
        extractor.Invoking(e => e.Analyze(s_articles[0], cancellation.Token)).Should().Throw<OperationCanceledException>();
        extractor.Invoking(e => e.ExtractQuotesBatch(s_articles, 0, cancellation.Token)).Should().Throw<OperationCanceledException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void A_batch_of_none_or_fewer_articles_than_threads_gives_one_result_each(int count)
    {
        var texts = s_articles.Take(Math.Min(count, s_articles.Length)).ToList();

        var results = new QuoteExtractor().ExtractQuotesBatch(texts, 8);

        results.Select(r => r.Index).Should().Equal(Enumerable.Range(0, texts.Count));
        results.Count(r => r.Succeeded).Should().Be(texts.Count);
    }

    [Fact]
    public void Cancelling_a_batch_on_several_threads_stops_it()
    {
        var extractor = new QuoteExtractor();
        var article = string.Concat(Enumerable.Repeat(s_articles[3] + "\n\n", 2_000));
        var texts = Enumerable.Repeat(article, 2_000).ToList();
        using var cancellation = new CancellationTokenSource();
        cancellation.CancelAfter(20);

        extractor.Invoking(e => e.ExtractQuotesBatch(texts, 2, cancellation.Token)).Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Cancelling_during_a_long_text_stops_it_inside_the_work()
    {
        // Ten million characters take far longer than a millisecond, so the token is cancelled while
        // the text is being read, and a check inside a stage must see it.
        var extractor = new QuoteExtractor();
        var text = string.Concat(Enumerable.Repeat(s_articles[3] + "\n\n", 10_000_000 / (s_articles[3].Length + 2)));
        using var cancellation = new CancellationTokenSource();
        cancellation.CancelAfter(1);

        extractor.Invoking(e => e.ExtractQuotes(text, cancellation.Token)).Should().Throw<OperationCanceledException>();
    }

    /// <summary>A list of articles whose indexer throws at one index, as a faulty caller's list would.</summary>
    private sealed class FailingList(IReadOnlyList<string> texts, int failingIndex) : IReadOnlyList<string?>
    {
        public int Count => texts.Count;

        public string? this[int index] =>
            index == failingIndex ? throw new ArgumentOutOfRangeException(nameof(index)) : texts[index];

        public IEnumerator<string?> GetEnumerator() => texts.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
