namespace QuoteExtraction.Tests;

/// <summary>The results compare by value and print on one readable line.</summary>
public class ResultValueTests
{
    private static readonly QuoteExtractor s_extractor = new();

    [Fact]
    public void Two_calls_on_the_same_article_give_equal_quotes_with_equal_hashes()
    {
        var first = s_extractor.ExtractQuotes(TestHelpers.SeedArticle);
        var second = s_extractor.ExtractQuotes(TestHelpers.SeedArticle);

        first.Should().NotBeEmpty().And.Contain(q => q.Speaker != null && q.Speaker.Mentions.Count > 1)
            .And.Contain(q => q.Elisions.Count > 0 || q.Nested.Count > 0, "the lists of the quotes should be compared too");
        first.Should().Equal(second);
        for (int i = 0; i < first.Count; i++)
        {
            first[i].Should().NotBeSameAs(second[i]);
            first[i].GetHashCode().Should().Be(second[i].GetHashCode(), $"quote {i} is equal in both calls");
        }
    }

    [Fact]
    public void Two_analyses_of_the_same_article_give_equal_speakers_with_equal_hashes()
    {
        var first = s_extractor.Analyze(TestHelpers.SeedArticle).Speakers;
        var second = s_extractor.Analyze(TestHelpers.SeedArticle).Speakers;

        first.Should().NotBeEmpty().And.Equal(second);
        for (int i = 0; i < first.Count; i++)
        {
            first[i].Mentions.Should().NotBeSameAs(second[i].Mentions);
            first[i].GetHashCode().Should().Be(second[i].GetHashCode(), $"speaker {i} is equal in both calls");
        }
    }

    [Fact]
    public void Quotes_of_matches_the_speaker_by_reference_so_an_equal_speaker_of_another_analysis_has_none()
    {
        var first = s_extractor.Analyze(TestHelpers.SeedArticle);
        var second = s_extractor.Analyze(TestHelpers.SeedArticle);

        second.Speakers[0].Should().Be(first.Speakers[0]);
        first.QuotesOf(first.Speakers[0]).Should().NotBeEmpty();
        first.QuotesOf(second.Speakers[0]).Should().BeEmpty();
    }

    [Fact]
    public void Equal_lists_in_other_instances_keep_a_quote_equal()
    {
        var quote = AttributedQuote();
        var copy = quote with
        {
            Segments = [.. quote.Segments],
            Elisions = [.. quote.Elisions],
            Insertions = [.. quote.Insertions],
            Nested = [.. quote.Nested],
            Speaker = quote.Speaker! with { Mentions = [.. quote.Speaker.Mentions] },
        };

        copy.Should().Be(quote);
        (copy == quote).Should().BeTrue();
        copy.GetHashCode().Should().Be(quote.GetHashCode());
    }

    [Fact]
    public void A_quote_differs_from_one_with_any_one_value_changed()
    {
        var quote = AttributedQuote();
        var speaker = quote.Speaker!;
        var changes = new Dictionary<string, Quote>
        {
            ["text"] = quote with { Text = quote.Text + "!" },
            ["span"] = quote with { Span = new TextSpan(quote.Span.Start + 1, quote.Span.Length) },
            ["kind"] = quote with { Kind = QuoteKind.NonSpeech },
            ["closed"] = quote with { IsClosed = !quote.IsClosed },
            ["segment"] = quote with { Segments = [new TextSpan(0, 1)] },
            ["elision"] = quote with { Elisions = [.. quote.Elisions, new TextSpan(0, 1)] },
            ["insertion"] = quote with { Insertions = [.. quote.Insertions, new TextSpan(0, 1)] },
            ["group"] = quote with { Group = quote.Group + 1 },
            ["nested"] = quote with { Nested = [.. quote.Nested, new TextSpan(0, 1)] },
            ["no speaker"] = quote with { Speaker = null },
            ["speaker name"] = quote with { Speaker = speaker with { Name = "Someone Else" } },
            ["speaker mention"] = quote with { Speaker = speaker with { Mentions = [.. speaker.Mentions.Skip(1), speaker.Mentions[0]] } },
            ["mention near the quote"] = quote with { SpeakerMention = new Mention("she", new TextSpan(0, 3)) },
            ["cue"] = quote with { Cue = null },
            ["confidence"] = quote with { Confidence = quote.Confidence / 2 },
            ["rule"] = quote with { Rule = "another-rule" },
            ["form"] = quote with { Form = ReportedForm.Infinitive },
        };

        foreach (var (change, changed) in changes)
        {
            changed.Should().NotBe(quote, $"the {change} differs");
        }
    }

    [Fact]
    public void A_speaker_differs_from_one_with_any_one_value_changed()
    {
        var speaker = AttributedQuote().Speaker!;
        var first = speaker.Mentions[0];
        var changes = new Dictionary<string, Speaker>
        {
            ["name"] = speaker with { Name = speaker.Name + "x" },
            ["title"] = speaker with { Title = "Mayor" },
            ["affiliation"] = speaker with { Affiliation = "Paris" },
            ["kind"] = speaker with { Kind = SpeakerKind.Group },
            ["gender"] = speaker with { Gender = speaker.Gender == Gender.Female ? Gender.Male : Gender.Female },
            ["one mention"] = speaker with { Mentions = [first with { Span = new TextSpan(first.Span.Start + 1, first.Span.Length) }, .. speaker.Mentions.Skip(1)] },
            ["mention count"] = speaker with { Mentions = [.. speaker.Mentions.Skip(1)] },
        };

        foreach (var (change, changed) in changes)
        {
            changed.Should().NotBe(speaker, $"the {change} differs");
        }
    }

    [Fact]
    public void Two_batches_of_the_same_articles_give_equal_results_failures_included()
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { MaxInputLength = TestHelpers.SeedArticle.Length });
        string?[] texts = [TestHelpers.SeedArticle, null, TestHelpers.SeedArticle + "!"];

        var first = extractor.ExtractQuotesBatch(texts);
        var second = extractor.ExtractQuotesBatch(texts);

        first.Select(r => r.Succeeded).Should().Equal(true, false, false);
        first.Should().Equal(second);
        first.Select(r => r.GetHashCode()).Should().Equal(second.Select(r => r.GetHashCode()));
    }

    [Fact]
    public void A_batch_result_differs_by_index_quotes_or_the_type_or_message_of_its_error()
    {
        var quotes = s_extractor.ExtractQuotes(TestHelpers.SeedArticle);
        var failed = new BatchResult(0, [], new ArgumentException("too long", "text"));

        new BatchResult(0, quotes, null).Should().NotBe(new BatchResult(1, quotes, null));
        new BatchResult(0, quotes, null).Should().NotBe(new BatchResult(0, [.. quotes.Skip(1)], null));
        failed.Should().Be(new BatchResult(0, [], new ArgumentException("too long", "text")));
        failed.Should().NotBe(new BatchResult(0, [], new ArgumentException("too short", "text")));
        failed.Should().NotBe(new BatchResult(0, [], new InvalidOperationException(failed.Error!.Message)));
        failed.Should().NotBe(new BatchResult(0, [], null));
    }

    [Fact]
    public void A_quote_prints_its_kind_span_text_speaker_and_rule_on_one_short_line()
    {
        var quote = AttributedQuote();
        var longQuote = quote with { Text = string.Concat(Enumerable.Repeat("A long\nquote. ", 20)), Speaker = null, Rule = null };

        quote.ToString().Should().Contain(quote.Kind.ToString()).And.Contain(quote.Span.ToString())
            .And.Contain(quote.Text[..10]).And.Contain(quote.Speaker!.Name).And.Contain(quote.Rule!).And.NotContain("System.");
        longQuote.ToString().Should().NotContain("\n").And.Contain("…").And.Contain("no speaker");
        longQuote.ToString().Length.Should().BeLessThan(80);
    }

    [Fact]
    public void A_speaker_prints_its_name_title_affiliation_kind_and_mention_count_without_type_names()
    {
        var speaker = s_extractor.Analyze(TestHelpers.SeedArticle).Speakers.First(s => s.Title != null && s.Affiliation != null);

        speaker.ToString().Should().Contain(speaker.Name).And.Contain(speaker.Title!).And.Contain(speaker.Affiliation!)
            .And.Contain(speaker.Kind.ToString()).And.Contain($"{speaker.Mentions.Count} mentions").And.NotContain("System.");
    }

    [Fact]
    public void A_mention_a_cue_and_a_batch_result_print_their_text_and_span()
    {
        var quote = AttributedQuote();
        var mention = quote.SpeakerMention!.Value;
        var cue = quote.Cue!.Value;

        mention.ToString().Should().Be($"\"{mention.Text}\" {mention.Span}");
        cue.ToString().Should().Be($"\"{cue.Text}\" {cue.Span}");
        default(Mention).ToString().Should().Be("\"\" [0..0)");
        new BatchResult(2, [quote], null).ToString().Should().Be("Article 2: 1 quote");
        new BatchResult(3, [], new ArgumentNullException("text")).ToString()
            .Should().StartWith("Article 3: ArgumentNullException: ").And.Contain("'text'");
    }

    /// <summary>A quote of the seed article with a speaker of several mentions, a mention near it and a cue.</summary>
    private static Quote AttributedQuote() =>
        s_extractor.ExtractQuotes(TestHelpers.SeedArticle)
            .First(q => q.Speaker is { Mentions.Count: > 1 } && q.SpeakerMention != null && q.Cue != null);
}
