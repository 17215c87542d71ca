using QuoteExtraction.Languages;

namespace QuoteExtraction.Tests.Languages;

/// <summary>The words the speaker phrase parser reads as data rather than code: party affiliations, title joiners, plurals.</summary>
public class SpeakerPhraseDataTests
{
    [Theory]
    [InlineData("Party", true)]
    [InlineData("party", false)]
    [InlineData("Republican", false)]
    public void A_party_affiliation_ends_with_a_party_word_as_written(string word, bool expected) =>
        SharedLexicons.PartyWords.Contains(word).Should().Be(expected);

    [Fact]
    public void Every_party_of_the_nationality_list_ends_with_a_party_word()
    {
        var parties = SharedLexicons.Nationalities.Entries.Values.Where(a => a.EndsWith(" Party", StringComparison.Ordinal)).ToList();

        parties.Should().Contain("Republican Party").And.Contain("Democratic Party");
        parties.Select(a => a.Split(' ').Last()).Should().OnlyContain(word => SharedLexicons.PartyWords.Contains(word));
    }

    [Theory]
    [InlineData("of", true)]
    [InlineData("Of", false)]
    [InlineData("de", false)]
    public void A_title_joiner_is_matched_as_written(string word, bool expected) =>
        SharedLexicons.TitleJoiners.Contains(word).Should().Be(expected);

    [Fact]
    public void Both_languages_mark_a_regular_plural_with_an_s()
    {
        LanguageProfile.English.PluralSuffix.Should().Be("s");
        LanguageProfile.French.PluralSuffix.Should().Be("s");
    }

    [Fact]
    public void Only_english_headlines_mark_their_verb_with_an_ending()
    {
        LanguageProfile.English.HeadlineVerbSuffix.Should().Be("s");
        LanguageProfile.French.HeadlineVerbSuffix.Should().BeNull();
    }
}
