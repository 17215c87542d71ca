namespace QuoteExtraction.Tests.Attribution;

/// <summary>Descriptions of bodies and documents that stand for the body or author the article names.</summary>
public class OrganizationDescriptionTests
{
    private static Quote QuoteOf(Language language, string text) =>
        new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(text).Single(q => q.Speaker is not null);

    [Theory]
    [InlineData(Language.English, "The Kestrow Union's letter to the mayor arrived on Monday.\n\n“The plan is unfair,” the letter said.\n", "Kestrow Union")]
    [InlineData(Language.French, "Un rapport de la Gendarmerie de Kestrow a été publié mardi.\n\n« Tout était conforme », précise le rapport.\n", "Gendarmerie")]
    public void A_document_takes_up_the_document_first_written_with_its_author(Language language, string text, string author) =>
        QuoteOf(language, text).Speaker!.Name.Should().Contain(author);

    [Fact]
    public void A_newsroom_speaks_for_the_outlet_it_is_written_with()
    {
        var quotes = new QuoteExtractor(new QuoteExtractorOptions { Language = Language.French })
            .ExtractQuotes("« Nous continuerons », affirme la rédaction de Kestrow.\n\n« Rien ne nous arrêtera », poursuit la rédaction.\n");

        quotes.Select(q => q.Speaker?.Name).Should().AllSatisfy(name => name.Should().Contain("Kestrow"));
    }

    [Theory]
    [InlineData(Language.English, "The Kestrow Union's letter to the mayor arrived on Monday.\n\n“The plan is unfair,” a letter said.\n")]
    [InlineData(Language.French, "Un rapport de la Gendarmerie de Kestrow a été publié mardi.\n\n« Tout était conforme », précise un rapport.\n")]
    public void A_document_that_introduces_another_is_not_the_one_written_with_its_author(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().NotContain("Kestrow");
}
