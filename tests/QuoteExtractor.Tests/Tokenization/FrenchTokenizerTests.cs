namespace QuoteExtraction.Tests.Tokenization;

public class FrenchTokenizerTests
{
    private static readonly QuoteExtractor s_fr = TestHelpers.French;

    [Theory]
    [InlineData("L'homme qu'il voit", new[] { "L'", "homme", "qu'", "il", "voit" })]
    [InlineData("l’enquête jusqu’à aujourd’hui", new[] { "l’", "enquête", "jusqu’", "à", "aujourd’hui" })]
    [InlineData("d'autant que l'on sait, c'est-à-dire rien", new[] { "d'", "autant", "que", "l'on", "sait", ",", "c'est-à-dire", "rien" })]
    [InlineData("L'« oasis » d'“experts”", new[] { "L'", "«", "oasis", "»", "d'", "“", "experts", "”" })]
    public void Elided_words_are_their_own_token(string text, string[] expected)
    {
        s_fr.Words(text).Should().Equal(expected);
    }

    [Fact]
    public void Elided_words_are_flagged()
    {
        s_fr.Single("qu'il", "qu'").Flags.Should().HaveFlag(TokenFlags.Elided);
    }

    [Theory]
    [InlineData("a-t-il dit", new[] { "a", "-t-il", "dit" })]
    [InlineData("« Non », dit-elle.", new[] { "«", "Non", "»", ",", "dit", "-elle", "." })]
    [InlineData("ajoute-t-on", new[] { "ajoute", "-t-on" })]
    public void Inverted_pronouns_are_split_from_their_verb(string text, string[] expected)
    {
        s_fr.Words(text).Should().Equal(expected);
    }

    [Fact]
    public void Inverted_pronouns_are_flagged()
    {
        s_fr.Single("a-t-elle ajouté", "-t-elle").Flags.Should().HaveFlag(TokenFlags.InvertedClitic);
    }

    [Theory]
    [InlineData("le vice-ministre russe", "vice-ministre")]
    [InlineData("à Saint-Pétersbourg", "Saint-Pétersbourg")]
    [InlineData("celui-ci", "celui-ci")]
    [InlineData("les États-Unis", "États-Unis")]
    public void French_hyphenated_words_stay_whole(string text, string word)
    {
        s_fr.Single(text, word).Flags.Should().HaveFlag(TokenFlags.Hyphenated);
    }

    [Theory]
    [InlineData("M. Riabkov et Mme Dupont", new[] { "M.", "Riabkov", "et", "Mme", "Dupont" })]
    [InlineData("en 52 av. J.-C. environ", new[] { "en", "52", "av.", "J.-C.", "environ" })]
    public void French_abbreviations_keep_their_period(string text, string[] expected)
    {
        s_fr.Words(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("80 000 soldats", "80 000")]
    [InlineData("1\u202F500\u202F000 euros", "1\u202F500\u202F000")]
    [InlineData("une baisse de 0,6 point", "0,6")]
    [InlineData("le XIXe siècle et le 1er mai", "1er")]
    public void French_numbers_are_one_token(string text, string number)
    {
        s_fr.Single(text, number).Kind.Should().Be(TokenKind.Number);
    }

    [Fact]
    public void A_year_followed_by_a_number_is_not_grouped()
    {
        s_fr.Words("en 2018 500 personnes").Should().Equal("en", "2018", "500", "personnes");
    }
}
