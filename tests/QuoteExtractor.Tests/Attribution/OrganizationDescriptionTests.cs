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

    [Theory]
    [InlineData(Language.English, "The company Kestrow Mining announced job cuts on Monday.\n\n“We had no choice,” the company said.\n", "Kestrow Mining")]
    [InlineData(Language.French, "Le quotidien Kestrow Matin a publié l'enquête lundi.\n\n« Nous maintenons tout », écrit le quotidien.\n", "Kestrow Matin")]
    public void A_body_s_noun_alone_takes_up_the_body_named_after_that_noun(Language language, string text, string name) =>
        QuoteOf(language, text).Speaker!.Name.Should().Contain(name);

    [Fact]
    public void A_capitalized_noun_is_a_name_of_its_own() =>
        QuoteOf(Language.French, "Le quotidien Kestrow Matin a publié l'enquête lundi.\n\n« Nous maintenons tout », écrit le Quotidien.\n")
            .Speaker!.Name.Should().NotContain("Kestrow");

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
