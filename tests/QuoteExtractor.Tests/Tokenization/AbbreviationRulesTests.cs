using QuoteExtraction.Languages;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Tests.Tokenization;

/// <summary><see cref="AbbreviationRules"/>: periods inside and after words, and the degree sign of <c>n°</c>.</summary>
public class AbbreviationRulesTests
{
    [Theory]
    [InlineData("U.S.", 0, 1, false, 2)]
    [InlineData("e.g. this", 0, 1, false, 2)]
    [InlineData("3.5", 0, 1, true, 2)]
    [InlineData("3.a", 0, 1, true, -1)]
    [InlineData("J.-C.", 0, 1, false, 3)]
    [InlineData("j.-c.", 0, 1, false, -1)]
    [InlineData("Jo.-C.", 0, 2, false, -1)]
    [InlineData("end. Next", 0, 3, false, -1)]
    public void A_period_joins_a_dotted_form(string text, int runStart, int q, bool isNumber, int end)
    {
        AbbreviationRules.JoinedPeriodEnd(text, runStart, q, isNumber).Should().Be(end);
    }

    [Theory]
    [InlineData("Mr. Smith", 2, false, 2, true)]
    [InlineData("J. Smith", 1, false, 1, true)]
    [InlineData("U.S. troops", 3, true, 1, true)]
    [InlineData("example.com. Then", 11, true, 7, false)]
    [InlineData("left. Then", 4, false, 4, false)]
    [InlineData("Mr..", 2, false, 2, false)]
    [InlineData("Mr", 2, false, 2, false)]
    public void An_abbreviation_an_initial_or_a_short_dotted_form_takes_its_final_period(
        string text, int q, bool joinedByPeriod, int longestRun, bool expected)
    {
        AbbreviationRules.TakesFinalPeriod(text, LanguageProfile.English, 0, q, joinedByPeriod, longestRun).Should().Be(expected);
    }

    [Theory]
    [InlineData("av. J.-C.", Language.French, true)]
    [InlineData("av. J.-C.", Language.English, false)]
    public void Abbreviations_are_the_language_s_own(string text, Language language, bool expected)
    {
        AbbreviationRules.TakesFinalPeriod(text, LanguageProfile.For(language), 0, 2, false, 2).Should().Be(expected);
    }

    [Theory]
    [InlineData("n° 5", 1, true)]
    [InlineData("N°5", 1, true)]
    [InlineData("x° 5", 1, false)]
    [InlineData("no° 5", 2, false)]
    [InlineData("n. 5", 1, false)]
    [InlineData("n", 1, false)]
    public void A_listed_abbreviation_takes_the_degree_sign_after_it(string text, int q, bool expected)
    {
        AbbreviationRules.TakesDegreeSign(text, 0, q).Should().Be(expected);
    }
}
