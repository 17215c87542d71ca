using QuoteExtraction.Lexicons;

namespace QuoteExtraction.Tests.Languages;

/// <summary>The French word lists are embedded in the library and hold what their first line says.</summary>
public class FrenchLexiconTests
{
    [Theory]
    [InlineData("titles.fr", "président", "m")]
    [InlineData("titles.fr", "présidente", "f")]
    [InlineData("titles.fr", "Ministre", "")]
    [InlineData("titles.fr", "porte-parole", "")]
    [InlineData("titles.fr", "vice-ministre", "")]
    [InlineData("titles.fr", "ambassadrice", "f")]
    [InlineData("titles.fr", "chancelier", "m")]
    [InlineData("titles.fr", "diplomate", "")]
    [InlineData("title-modifiers.fr", "ancienne", "")]
    [InlineData("title-modifiers.fr", "vice", "")]
    [InlineData("title-modifiers.fr", "adjoint", "")]
    [InlineData("nationalities.fr", "russe", "Russia")]
    [InlineData("nationalities.fr", "américaines", "United States")]
    [InlineData("nationalities.fr", "française", "France")]
    [InlineData("nationalities.fr", "ukrainiennes", "Ukraine")]
    [InlineData("nationalities.fr", "turque", "Turkey")]
    [InlineData("nationalities.fr", "occidentaux", "West")]
    [InlineData("nationalities.fr", "onusien", "UN")]
    [InlineData("nationalities.fr", "européenne", "European Union")]
    [InlineData("group-nouns.fr", "responsables", "")]
    [InlineData("group-nouns.fr", "diplomates", "")]
    [InlineData("organization-words.fr", "Kremlin", "")]
    [InlineData("organization-words.fr", "Maison-Blanche", "")]
    [InlineData("organization-words.fr", "Otan", "")]
    [InlineData("organization-words.fr", "ministère", "ministry")]
    [InlineData("pronouns.fr", "il", "m")]
    [InlineData("pronouns.fr", "Elle", "f")]
    [InlineData("pronouns.fr", "elles", "p")]
    [InlineData("pronouns.fr", "qui", "r")]
    [InlineData("negations.fr", "pas", "")]
    [InlineData("negations.fr", "n'", "")]
    [InlineData("negations.fr", "n’", "")]
    [InlineData("negations.fr", "jamais", "")]
    [InlineData("cue-auxiliaries.fr", "a", "")]
    [InlineData("cue-auxiliaries.fr", "s’est", "")]
    [InlineData("cue-auxiliaries.fr", "également", "")]
    [InlineData("cue-auxiliaries.fr", "aujourd'hui", "")]
    [InlineData("sentence-starters.fr", "Selon", "")]
    [InlineData("sentence-starters.fr", "Interrogée", "")]
    [InlineData("non-names.fr", "Lundi", "")]
    [InlineData("non-names.fr", "Août", "")]
    [InlineData("source-nouns.fr", "communiqué", "")]
    [InlineData("source-nouns.fr", "quotidien", "newspaper")]
    [InlineData("speech-nouns.fr", "propos", "")]
    [InlineData("speech-nouns.fr", "déclaration", "")]
    public void A_french_list_holds_a_form_with_its_tag(string list, string form, string tag)
    {
        var lexicon = Lexicon.Load(list, ignoreCase: list != "non-names.fr");
        lexicon.TagOf(form).Should().Be(tag, $"{list} lists «{form}»");
    }

    [Theory]
    [InlineData("titles.fr", "premier ministre")]
    [InlineData("title-modifiers.fr", "secrétaire")]
    [InlineData("negations.fr", "plus")]
    [InlineData("pronouns.fr", "nous")]
    [InlineData("non-names.fr", "AFP")]
    [InlineData("non-names.fr", "lundi")]
    [InlineData("cue-auxiliaries.fr", "-t-il")]
    public void A_french_list_leaves_out_what_does_not_belong(string list, string form)
    {
        Lexicon.Load(list, ignoreCase: list != "non-names.fr").Contains(form).Should().BeFalse();
    }

    [Fact]
    public void Every_french_nationality_gives_an_affiliation()
    {
        Lexicon.Load("nationalities.fr", ignoreCase: true).Entries.Values.Should().NotContain(string.Empty);
    }

    [Theory]
    [InlineData("américain", "American")]
    [InlineData("russes", "Russian")]
    [InlineData("britannique", "British")]
    [InlineData("allemandes", "German")]
    [InlineData("israélien", "Israeli")]
    [InlineData("saoudienne", "Saudi")]
    public void A_french_nationality_gives_the_affiliation_of_its_english_counterpart(string french, string english)
    {
        Lexicon.Load("nationalities.fr", ignoreCase: true).TagOf(french)
            .Should().Be(Lexicon.Load("nationalities", ignoreCase: false).TagOf(english));
    }

    [Fact]
    public void Titles_tell_gender_only_with_m_or_f()
    {
        Lexicon.Load("titles.fr", ignoreCase: true).Entries.Values.Distinct().Should().BeSubsetOf(["", "m", "f"]);
    }
}
