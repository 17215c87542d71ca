namespace QuoteExtraction.Tests.Attribution;

/// <summary>A pronoun finds a person whose gender comes from the first name's dominant gender.</summary>
public class FirstNameGenderTests
{
    [Theory]
    [InlineData("Gilles")]
    [InlineData("Gaël")]
    [InlineData("Didier")]
    public void A_French_man_is_the_antecedent_of_il(string firstName)
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { Language = Language.French });
        var text = $"{firstName} Morvan est arrivé lundi à la mairie.\n\n« Nous allons agir vite », a-t-il déclaré.\n";

        var quote = extractor.ExtractQuotes(text).Single();

        quote.Speaker!.Name.Should().Be($"{firstName} Morvan");
    }

    [Theory]
    [InlineData("Lindsey")]
    [InlineData("Kim")]
    [InlineData("Dali")]
    [InlineData("Lee")]
    [InlineData("Satya")]
    [InlineData("Eden")]
    [InlineData("Yuri")]
    [InlineData("Morgan")]
    [InlineData("Sasha")]
    public void A_man_named_with_a_first_name_given_to_both_sexes_is_the_antecedent_of_he(string firstName)
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { Language = Language.English });
        var text = $"{firstName} Morvan arrived at the city hall on Monday.\n\n“We will act fast,” he said.\n";

        var quote = extractor.ExtractQuotes(text).Single();

        quote.Speaker!.Name.Should().Be($"{firstName} Morvan");
    }

    [Fact]
    public void A_newspaper_named_after_its_city_is_no_person()
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { Language = Language.English });
        const string text = "“Crime fell last year,” the Chicago Tribune reported on Monday.\n";

        var quote = extractor.ExtractQuotes(text).Single();

        quote.Speaker!.Kind.Should().NotBe(SpeakerKind.Person);
    }

    [Fact]
    public void A_widow_named_with_a_man_s_first_name_is_the_antecedent_of_she()
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { Language = Language.English });
        const string text = "“We want answers,” said widow Terry Holm.\n\n“We will wait,” she said.\n";

        var quotes = extractor.ExtractQuotes(text);

        quotes.Should().HaveCount(2);
        quotes[1].Speaker!.Name.Should().Be("Terry Holm");
    }
}
