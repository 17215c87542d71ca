namespace QuoteExtraction.Tests.Attribution;

/// <summary>An acronym is the entity whose name it spells, and that full name is the one reported.</summary>
public class AcronymTests
{
    private static readonly QuoteExtractor s_english = new(new QuoteExtractorOptions { Language = Language.English });
    private static readonly QuoteExtractor s_french = new(new QuoteExtractorOptions { Language = Language.French });

    [Theory]
    [InlineData("Northern Grain Growers’ survey found that yields fell.\n\n“Farmers need rain,” NGG said.\n", "NGG", "Northern Grain Growers")]
    [InlineData("The lease went back to Roads and Harbours Authority Tasmania (RHAT) on Monday.\n\n“The floors are empty,” RHAT said.\n", "RHAT", "Roads and Harbours Authority Tasmania")]
    public void An_acronym_is_the_body_whose_name_it_spells(string text, string acronym, string name)
    {
        var quote = s_english.ExtractQuotes(text).Single();

        quote.Speaker!.Name.Should().Be(name);
        quote.Speaker.Mentions[^1].Text.Should().Be(acronym, "the acronym stays the mention");
    }

    [Fact]
    public void A_French_acronym_skips_the_small_words_but_not_the_adjectives()
    {
        const string text = "Un rapport de l’Agence nationale de sécurité routière (ANSR) est paru lundi.\n\n« Les routes sont dangereuses », a déclaré ANSR.\n";

        var quote = s_french.ExtractQuotes(text).Single();

        quote.Speaker!.Name.Should().Be("Agence nationale de sécurité routière");
    }

    [Fact]
    public void Initials_stand_for_the_person_named_with_them()
    {
        const string text = "Tina Perrin est arrivée lundi au club.\n\n« Nous allons gagner », a assuré TP.\n";

        var quote = s_french.ExtractQuotes(text).Single();

        quote.Speaker!.Name.Should().Be("Tina Perrin");
    }

    [Fact]
    public void Capitals_that_spell_no_name_are_their_own_speaker()
    {
        const string text = "Northern Grain Growers met on Monday.\n\n“Farmers need rain,” NZX said.\n";

        var quote = s_english.ExtractQuotes(text).Single();

        quote.Speaker!.Name.Should().Be("NZX");
    }
}
