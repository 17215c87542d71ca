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
        var quote = new QuoteExtractor().ExtractQuotes(text).Single(q => q.Kind != QuoteKind.Indirect);

        quote.Speaker!.Name.Should().EndWith("Mark Smith");
    }

    /// <summary>"faire part de" reports what the subject expresses, not what a name later in the sentence does.</summary>
    [Theory]
    [InlineData("Jeanne Roy, directrice du festival, a fait part lundi de sa « grande colère » après l'annulation du concert de Paul Martin.")]
    [InlineData("Jeanne Roy fait part de sa « grande colère » après l'annulation du concert de Paul Martin.")]
    public void Faire_part_de_is_the_cue_of_the_quote(string text)
    {
        var quote = new QuoteExtractor(new QuoteExtractorOptions { Language = Language.French }).ExtractQuotes(text).Single();

        quote.Cue!.Value.Text.Should().Be("fait");
        quote.Speaker!.Name.Should().EndWith("Jeanne Roy");
    }
}
