namespace QuoteExtraction.Tests.Attribution;

/// <summary>Descriptions of bodies and documents that stand for the body or author the article names.</summary>
public class OrganizationDescriptionTests
{
    private static Quote QuoteOf(Language language, string text) =>
        new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(text).Single(q => q.Speaker is not null && q.Kind != QuoteKind.Indirect);

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

    [Theory]
    [InlineData(Language.English, "Analysts at the US investment banking giant Kestrow Sachs raised their forecast on Monday.\n\n“Growth will return,” the bank said.\n", "Kestrow Sachs")]
    [InlineData(Language.English, "The Kestrow City Council met on Monday.\n\n“We will vote again in May,” the council said.\n", "Kestrow City Council")]
    [InlineData(Language.French, "Le quotidien Kestrow Matin a publié l'enquête lundi.\n\n« Nous maintenons tout », écrit le journal.\n", "Kestrow Matin")]
    [InlineData(Language.French, "Jean Roux a été exclu des Républicains mardi.\n\n« Ces méthodes sont indignes », explique le parti.\n", "Républicains")]
    public void A_body_s_noun_alone_takes_up_the_latest_body_of_its_kind(Language language, string text, string name) =>
        QuoteOf(language, text).Speaker!.Name.Should().Contain(name);

    [Theory]
    [InlineData(Language.English, "A headline from the Kestrow Gazette editorial board reads “Stop the bridge.”\n\n“The plan is a waste,” the editorial board writes.\n", "Kestrow Gazette")]
    [InlineData(Language.English, "The Kestrow city council met on Monday.\n\n“We will vote again in May,” the city council said.\n", "Kestrow")]
    public void A_body_s_plain_words_take_up_the_body_first_written_with_more_words(Language language, string text, string name) =>
        new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(text)[^1].Speaker!.Name.Should().Contain(name);

    [Theory]
    [InlineData(Language.English, "“We have no beds left,” Kestrow Clinic said on Monday.\n", SpeakerKind.Organization)]
    [InlineData(Language.English, "“The rules are clear,” Kestrow Embassy said on Monday.\n", SpeakerKind.Organization)]
    [InlineData(Language.English, "“Prices will fall,” Kestrow Regulator said on Monday.\n", SpeakerKind.Organization)]
    public void A_clinic_an_embassy_or_a_watchdog_is_a_body(Language language, string text, SpeakerKind kind) =>
        QuoteOf(language, text).Speaker!.Kind.Should().Be(kind);

    [Theory]
    [InlineData(Language.English, "The company Kestrow Mining announced job cuts on Monday.\n\n“Growth will return,” the bank said.\n")]
    [InlineData(Language.French, "Le quotidien Kestrow Matin a publié l'enquête lundi.\n\n« Nous maintenons tout », explique le parti.\n")]
    public void A_body_of_another_kind_is_not_taken_up(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().NotContain("Kestrow");

    [Theory]
    [InlineData(Language.English, "“The mayor lied,” Kestrow Radio reported on Monday.\n\nAccording to the report, the mayor “knew everything.”\n")]
    [InlineData(Language.French, "« Le maire a menti », détaille Kestrow Info.\n\nSelon l'article, le maire « savait tout ».\n")]
    public void A_document_alone_stands_for_the_body_that_just_spoke(Language language, string text) =>
        new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(text)[^1].Speaker!.Name.Should().Contain("Kestrow");

    [Theory]
    [InlineData(Language.English, "“The mayor lied,” Jane Roe told Kestrow Radio on Monday.\n\nAccording to the report, the mayor “knew everything.”\n")]
    [InlineData(Language.French, "« Le maire a menti », a confié Jeanne Roux à Kestrow Info.\n\nSelon l'article, le maire « savait tout ».\n")]
    public void A_document_alone_does_not_stand_for_a_body_that_was_spoken_to(Language language, string text) =>
        new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(text)[^1].Speaker?.Name.Should().NotContain("Kestrow");

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

    [Theory]
    [InlineData(Language.English, "The agency Kestrow Health approved the drug in May.\n\nIn June, the KHA refused to ban it. “The product is safe,” the agency wrote.\n", "KHA")]
    [InlineData(Language.French, "L'agence Kestrow Santé a autorisé le produit en mai.\n\nEn juin, l'ASK n'a pas cillé. « Le produit est sûr », écrit l'agence.\n", "ASK")]
    public void A_body_s_noun_alone_takes_up_an_acronym_named_just_before_it(Language language, string text, string name) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be(name);
}
