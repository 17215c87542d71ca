using QuoteExtraction.Languages;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Tests.Tokenization;

/// <summary><see cref="HyphenRules"/>: compounds and inverted pronouns.</summary>
public class HyphenRulesTests
{
    private static bool Joins(string text, LanguageProfile profile, bool isNumber = false)
    {
        int q = text.IndexOf('-', StringComparison.Ordinal);
        return HyphenRules.JoinsCompound(text, profile, 0, 0, q, isNumber);
    }

    [Theory]
    [InlineData("e-mail", false, true)]
    [InlineData("non-members", false, true)]
    [InlineData("well-known", false, false)]
    [InlineData("15-year", true, false)]
    [InlineData("2-3", true, true)]
    [InlineData("non- members", false, false)]
    public void English_compounds_split_except_after_a_prefix_or_between_digits(string text, bool isNumber, bool expected)
    {
        Joins(text, LanguageProfile.English, isNumber).Should().Be(expected);
    }

    [Theory]
    [InlineData("vice-ministre", true)]
    [InlineData("celui-ci", true)]
    [InlineData("a-t-il", false)]
    [InlineData("dit-elle", false)]
    [InlineData("ajoute-t-on", false)]
    public void French_compounds_stay_whole_except_before_an_inverted_pronoun(string text, bool expected)
    {
        Joins(text, LanguageProfile.French).Should().Be(expected);
    }

    [Fact]
    public void Only_the_whole_word_before_the_hyphen_counts_as_a_prefix()
    {
        // "anti-non-x": the second hyphen follows the run "non", but the word before it is "anti-non".
        HyphenRules.JoinsCompound("anti-non-x", LanguageProfile.English, 0, 5, 8, isNumber: false).Should().BeFalse();
        HyphenRules.JoinsCompound("anti-non-x", LanguageProfile.English, 0, 0, 4, isNumber: false).Should().BeTrue();
    }

    [Theory]
    [InlineData("a-t-il dit", 6)]
    [InlineData("A-T-IL", 6)]
    [InlineData("dit-elle.", 8)]
    [InlineData("ajoute-t-on", 11)]
    [InlineData("a-tu", 4)]
    [InlineData("a-t-ilx", -1)]
    [InlineData("a-t-il-", -1)]
    [InlineData("a-x-il", -1)]
    [InlineData("a -il", -1)]
    [InlineData("-il", -1)]
    public void An_inverted_pronoun_follows_a_word_and_a_hyphen(string text, int end)
    {
        int i = text.IndexOf('-', StringComparison.Ordinal);
        HyphenRules.InvertedCliticEnd(text, LanguageProfile.French, i).Should().Be(end);
    }

    [Fact]
    public void A_language_without_inverted_pronouns_keeps_the_hyphen_in_the_word()
    {
        LanguageProfile.English.InvertsCliticsWithHyphen.Should().BeFalse();
        HyphenRules.InvertedCliticEnd("a-t-il", LanguageProfile.English, 1).Should().Be(-1);
    }
}
