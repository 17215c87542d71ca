namespace QuoteExtraction.Tests.Attribution;

public class SeedAttributionTests
{
    private static readonly string s_text = TestHelpers.SeedArticle;
    private static readonly ArticleAnalysis s_analysis = new QuoteExtractor().Analyze(s_text);

    private static Quote QuoteStarting(string start) => s_analysis.Quotes.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Ryabkov_says_his_quotes_with_his_title_and_affiliation()
    {
        var first = QuoteStarting("This is absolutely unlikely,");
        first.Speaker!.Name.Should().Be("Sergei Ryabkov");
        first.Speaker.Title.Should().Be("Deputy Foreign Minister");
        first.Speaker.Affiliation.Should().Be("Russia", "the caption calls him the Russian Deputy Foreign Minister");
        first.Speaker.Kind.Should().Be(SpeakerKind.Person);
        (first.Cue?.Text).Should().Be("told");
        (first.SpeakerMention?.Text).Should().Be("Deputy Foreign Minister Sergei Ryabkov");

        (string Start, string Mention, string Cue)[] byPronoun =
        [
            ("We are disappointed", "he", "added"),
            ("It is a very likely scenario", "he", "said"),
            ("threats that are constantly", "he", "continued"),
        ];
        foreach (var (start, mention, cue) in byPronoun)
        {
            var quote = QuoteStarting(start);
            quote.Speaker.Should().BeSameAs(first.Speaker, $"«{start}» is Ryabkov's");
            (quote.SpeakerMention?.Text).Should().Be(mention);
            (quote.Cue?.Text).Should().Be(cue);
        }

        QuoteStarting("It is very likely that we will encounter").Speaker.Should().BeSameAs(first.Speaker);
        QuoteStarting("acting against our own interests").Speaker.Should().BeSameAs(first.Speaker);
    }

    [Fact]
    public void Ryabkov_s_reported_sentence_is_an_indirect_quote_of_his()
    {
        var reported = s_analysis.Quotes.Single(q => q.Kind == QuoteKind.Indirect && q.Form == ReportedForm.Clause);
        reported.Text.Should().StartWith("that if there is no progress").And.EndWith("Russia may decide not to continue negotiations");
        reported.Speaker!.Name.Should().Be("Sergei Ryabkov");
        (reported.Cue?.Text).Should().Be("said");
        reported.Rule.Should().Be("reported-that");
    }

    [Fact]
    public void The_West_s_accusation_is_an_indirect_quote_whose_content_is_its_object()
    {
        var reported = s_analysis.Quotes.Single(q => q.Kind == QuoteKind.Indirect && q.Form == ReportedForm.NounPhrase);
        reported.Text.Should().StartWith("Russia of massing").And.EndWith("a possible invasion");
        (reported.Cue?.Text).Should().Be("accuses");
        reported.Rule.Should().Be("reported-object");
    }

    [Fact]
    public void Biden_threatens_unprecedented_sanctions_as_US_President()
    {
        var speaker = QuoteStarting("unprecedented").Speaker!;
        speaker.Name.Should().Be("Joe Biden");
        speaker.Title.Should().Be("President");
        speaker.Affiliation.Should().Be("US");
    }

    [Fact]
    public void Western_officials_are_a_group()
    {
        var speaker = QuoteStarting("unacceptable.").Speaker!;
        speaker.Name.Should().Be("Western officials");
        speaker.Kind.Should().Be(SpeakerKind.Group);
    }

    [Fact]
    public void Russia_or_Moscow_speaks_the_partial_quotes()
    {
        foreach (var start in new[] { "concession", "concessions", "disappointed", "signals", "guarantee its security" })
        {
            var speaker = s_analysis.Quotes.First(q => q.Text == start || q.Text.StartsWith(start + " ", StringComparison.Ordinal) || q.Text == start).Speaker;
            speaker.Should().NotBeNull($"«{start}» has a speaker");
            speaker!.Name.Should().BeOneOf("Russia", "Moscow");
            speaker.Kind.Should().Be(SpeakerKind.Organization);
        }
    }

    [Fact]
    public void Putin_the_photographer_and_the_agency_never_speak()
    {
        s_analysis.Speakers.Select(s => s.Name).Should().NotContain(["Vladimir Putin", "Maxim Shemetov", "Reuters"]);
    }

    [Fact]
    public void Analyze_lists_each_speaker_once_with_all_their_quotes()
    {
        s_analysis.Speakers.Select(s => s.Name).Should().OnlyHaveUniqueItems();
        var ryabkov = s_analysis.Speakers.Single(s => s.Name == "Sergei Ryabkov");
        s_analysis.QuotesOf(ryabkov).Should().HaveCount(7, "six quotes and one reported sentence");
        s_analysis.QuotesOf(ryabkov).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect);
        ryabkov.Mentions.Select(m => m.Text).Should().Contain(["Ryabkov", "Russian Deputy Foreign Minister Sergei Ryabkov"]);
    }

    [Fact]
    public void A_long_article_lists_each_speaker_s_mentions_in_text_order_as_a_short_one_does()
    {
        // Forty copies of the article are one article whose speakers' mentions are too many to read speaker by speaker.
        string separator = "\n\n";
        int copies = 40;
        string article = string.Concat(Enumerable.Repeat(s_text + separator, copies));
        var analysis = TestHelpers.English.Analyze(article);
        var shortAnalysis = TestHelpers.English.Analyze(s_text);

        var ryabkov = analysis.Speakers.Single(s => s.Name == "Sergei Ryabkov");
        var shortRyabkov = shortAnalysis.Speakers.Single(s => s.Name == "Sergei Ryabkov");
        var expected = Enumerable.Range(0, copies)
            .SelectMany(copy => shortRyabkov.Mentions.Select(m => new Mention(m.Text, new TextSpan(m.Span.Start + (copy * (s_text.Length + separator.Length)), m.Span.Length))));
        ryabkov.Mentions.Should().Equal(expected);
        analysis.Speakers.Should().OnlyContain(s => s.Mentions.All(m => article.Substring(m.Span.Start, m.Span.Length) == m.Text));
        analysis.Speakers.Should().OnlyContain(s => s.Mentions.Select(m => m.Span.Start).SequenceEqual(s.Mentions.Select(m => m.Span.Start).Order()));
    }
}
