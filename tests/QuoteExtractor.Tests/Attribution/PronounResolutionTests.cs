namespace QuoteExtraction.Tests.Attribution;

/// <summary>Which person of the sentences before a quote its speaker's pronoun stands for.</summary>
public class PronounResolutionTests
{
    private static readonly QuoteExtractor s_english = new(new QuoteExtractorOptions { Language = Language.English });
    private static readonly QuoteExtractor s_french = new(new QuoteExtractorOptions { Language = Language.French });

    [Theory]
    [InlineData(Language.English, "Mark Smith, for example, said he hoped the vote would end with Paul Roe claiming the seat.\n\n“We will win the vote,” he said.\n", "Mark Smith")]
    [InlineData(Language.French, "Jeanne Roux a expliqué qu'elle espérait voir Marie Dupont annoncer sa candidature.\n\n« Nous allons gagner ce vote », a-t-elle dit.\n", "Jeanne Roux")]
    [InlineData(Language.French, "Jeanne Roux, par exemple, a dit qu'elle espérait que le vote finirait avec Marie Dupont déclarant sa victoire.\n\n« Nous allons gagner ce vote », a-t-elle dit.\n", "Jeanne Roux")]
    public void A_pronoun_stands_for_the_subject_of_the_sentence_before_rather_than_a_person_in_the_clause_it_reports(Language language, string article, string speaker)
    {
        var quote = Extractor(language).ExtractQuotes(article).Single(q => q.Kind != QuoteKind.Indirect);

        quote.Speaker!.Name.Should().Be(speaker);
    }

    [Fact]
    public void A_pronoun_stands_for_the_speaker_of_the_sentence_before_rather_than_the_subject_of_the_words_reported()
    {
        var quote = s_english.ExtractQuotes("Mark Smith won the crowd over, Paul Roe said.\n\n“We will win the vote,” he said.\n")
            .Single(q => q.Kind != QuoteKind.Indirect);

        quote.Speaker!.Name.Should().Be("Paul Roe");
    }

    private static QuoteExtractor Extractor(Language language) => language == Language.French ? s_french : s_english;
}
