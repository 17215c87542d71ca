using QuoteExtraction.Languages;

namespace QuoteExtraction.Tests.Languages;

/// <summary>The gender tags of the word lists read the same wherever a gender is taken from them.</summary>
public class GenderTagTests
{
    [Theory]
    [InlineData("m", Gender.Male)]
    [InlineData("f", Gender.Female)]
    [InlineData("", Gender.Unknown)]
    [InlineData("u", Gender.Unknown)]
    [InlineData("p", Gender.Unknown)]
    [InlineData("M", Gender.Unknown)]
    public void A_tag_tells_the_gender_only_when_it_is_m_or_f(string tag, Gender expected) =>
        GenderTag.Parse(tag).Should().Be(expected);

    [Theory]
    [InlineData("m", Gender.Male)]
    [InlineData("f", Gender.Female)]
    [InlineData("p", Gender.Unknown)]
    [InlineData("r", Gender.Unknown)]
    [InlineData("i", Gender.Unknown)]
    [InlineData("n", Gender.Unknown)]
    public void A_pronoun_tells_through_its_tag_bits_the_gender_of_its_tag(string tag, Gender expected) =>
        GenderTag.OfPronoun(LanguageProfile.PronounClass(tag)).Should().Be(expected);

    [Theory]
    [InlineData("he", Gender.Male)]
    [InlineData("she", Gender.Female)]
    [InlineData("they", Gender.Unknown)]
    public void An_english_pronoun_has_the_gender_of_its_list_tag(string pronoun, Gender expected) =>
        GenderTag.Parse(LanguageProfile.English.Pronouns.TagOf(pronoun)!).Should().Be(expected);
}
