namespace QuoteExtraction.Tests.Attribution;

public class SpeechIdiomTests
{
    /// <summary>"as X put it" reports speech whatever the article's language, in either form of "put".</summary>
    [Theory]
    [InlineData(Language.English, "put")]
    [InlineData(Language.English, "puts")]
    [InlineData(Language.French, "put")]
    [InlineData(Language.French, "puts")]
    public void The_idiom_as_someone_put_it_is_the_cue_of_the_quote(Language language, string verb)
    {
        var text = $"As Steven Rosenthal {verb} it, “Did Trump lower his taxes legally?”";
        var quote = new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(text).Single();

        quote.Cue!.Value.Text.Should().Be(verb);
        quote.Speaker!.Name.Should().EndWith("Steven Rosenthal");
    }

    /// <summary>A phrasal verb reports speech with its particle, and its subject speaks rather than an earlier clause's.</summary>
    [Theory]
    [InlineData("After Jane Doe criticized the plan during a debate, Mark Smith shot back, “I could have stayed home.”")]
    [InlineData("After Jane Doe criticized the plan during a debate, Mark Smith chimed in: “I could have stayed home.”")]
    public void A_phrasal_speech_verb_is_the_cue_of_the_quote(string text)
    {
        var quote = new QuoteExtractor().ExtractQuotes(text).Single();

        quote.Speaker!.Name.Should().EndWith("Mark Smith");
    }
}
