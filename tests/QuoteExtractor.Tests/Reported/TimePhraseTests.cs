namespace QuoteExtraction.Tests.Reported;

/// <summary>A phrase of time between a reporting verb and the clause it reports (<c>said Wednesday night that …</c>), and its look-alikes.</summary>
public class TimePhraseTests
{
    [Theory]
    [InlineData("en", "Mayor Jane Doe said Wednesday night that the bridge would reopen in May.", "that the bridge would reopen in May", "reported-that")]
    [InlineData("en", "Mayor Jane Doe announced earlier this week that the bridge would reopen in May.", "that the bridge would reopen in May", "reported-that")]
    [InlineData("en", "Mayor Jane Doe said late Friday that the bridge would reopen in May.", "that the bridge would reopen in May", "reported-that")]
    [InlineData("en", "Mayor Jane Doe said earlier on Friday during a news conference that the bridge would reopen in May.", "that the bridge would reopen in May", "reported-that")]
    [InlineData("en", "Mayor Jane Doe said in an interview with The Associated Press last week that the bridge would reopen in May.", "that the bridge would reopen in May", "reported-that")]
    [InlineData("en", "Mayor Jane Doe said Tuesday the bridge would reopen in May.", "the bridge would reopen in May", "reported-bare")]
    [InlineData("en", "Mayor Jane Doe said on Friday she would reopen the bridge in May.", "she would reopen the bridge in May", "reported-bare")]
    [InlineData("fr", "La maire Jeanne Dupont a affirmé lundi soir que le pont rouvrirait en mai.", "que le pont rouvrirait en mai", "reported-that")]
    public void A_phrase_of_time_may_stand_between_the_verb_and_its_clause(string language, string text, string content, string rule)
    {
        var reported = TestHelpers.For(language).ExtractQuotes(text).Should().ContainSingle().Subject;
        reported.Kind.Should().Be(QuoteKind.Indirect);
        reported.Text.Should().Be(content);
        reported.Speaker!.Name.Should().Be(language == "fr" ? "Jeanne Dupont" : "Jane Doe");
        reported.Rule.Should().Be(rule);
    }

    [Theory]
    [InlineData("Mayor Jane Doe said this plan would reopen the bridge in May.", "this plan would reopen the bridge in May")]
    [InlineData("Mayor Jane Doe said last year's budget had saved the bridge.", "last year's budget had saved the bridge")]
    public void A_time_word_that_opens_the_clause_s_subject_stays_in_the_clause(string text, string content) =>
        TestHelpers.English.ExtractQuotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Which.Text.Should().Be(content);

    [Fact]
    public void A_bare_clause_with_quoted_words_leaves_the_sentence_s_next_verb_to_report()
    {
        var quotes = TestHelpers.English.ExtractQuotes("Mayor Jane Doe said on Thursday she \"had checked every cable herself,\" and she said she hoped the bridge would reopen in May.");
        quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Which.Text.Should().Be("she hoped the bridge would reopen in May");
    }

    [Theory]
    [InlineData("Mayor Jane Doe responded by using the example of the old bridge to prove that the plan would work.")]
    [InlineData("Mayor Jane Doe boasted of her appeal to the many commuters that use the bridge every day.")]
    public void A_long_phrase_that_opens_a_clause_or_joins_a_complement_is_no_adjunct(string text) =>
        TestHelpers.English.ExtractQuotes(text).Should().NotContain(q => q.Kind == QuoteKind.Indirect && q.Rule == "reported-that");

    [Theory]
    [InlineData("Jane Doe earlier Thursday said the bridge would reopen in May.", "the bridge would reopen in May")]
    [InlineData("Jane Doe last week said that the bridge would reopen in May.", "that the bridge would reopen in May")]
    public void A_phrase_of_time_of_plain_time_words_may_stand_between_the_name_and_its_verb(string text, string content)
    {
        var reported = TestHelpers.English.ExtractQuotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        reported.Text.Should().Be(content);
        reported.Speaker!.Name.Should().Be("Jane Doe");
    }
}
