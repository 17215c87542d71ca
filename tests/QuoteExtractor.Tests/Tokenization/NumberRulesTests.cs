using QuoteExtraction.Languages;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Tests.Tokenization;

/// <summary><see cref="NumberRules"/>: what joins digits into one number.</summary>
public class NumberRulesTests
{
    [Theory]
    [InlineData("1990s", 5)]
    [InlineData("15th floor", 4)]
    [InlineData("1er mai", 3)]
    [InlineData("2ème", 4)]
    [InlineData("10km", -1)]
    [InlineData("1990sx", -1)]
    [InlineData("20h30", -1)]
    public void A_number_suffix_is_a_listed_suffix_that_ends_the_word(string text, int end)
    {
        int q = text.AsSpan().IndexOfAnyExceptInRange('0', '9');
        NumberRules.SuffixEnd(text, q).Should().Be(end);
    }

    [Theory]
    [InlineData("0,6", true)]
    [InlineData("12:30", true)]
    [InlineData("a,6", false)]
    [InlineData("6, a", false)]
    public void A_decimal_or_time_mark_stands_between_digits(string text, bool expected)
    {
        NumberRules.IsBetweenDigits(text, text.AsSpan().IndexOfAny(',', ':')).Should().Be(expected);
    }

    [Theory]
    [InlineData("10'000", true)]
    [InlineData("10'00", false)]
    [InlineData("10'0000", false)]
    public void An_apostrophe_groups_thousands_before_exactly_three_digits(string text, bool expected)
    {
        NumberRules.GroupsThousandsWithApostrophe(text, text.IndexOf('\'', StringComparison.Ordinal)).Should().Be(expected);
    }

    [Theory]
    [InlineData("80 000", Language.French, true)]
    [InlineData("80 000", Language.English, false)]
    [InlineData("80\u00A0000", Language.English, true)]
    [InlineData("1\u202F500", Language.English, true)]
    [InlineData("2018 500", Language.French, false)]
    [InlineData("80 0000", Language.French, false)]
    public void A_space_groups_thousands_after_a_short_first_group(string text, Language language, bool expected)
    {
        int q = text.AsSpan().IndexOfAnyExceptInRange('0', '9');
        NumberRules.GroupsThousandsWithSpace(text, LanguageProfile.For(language), q, firstGroupDigits: q, groupDigits: q).Should().Be(expected);
    }

    [Fact]
    public void A_space_after_a_later_group_of_three_still_groups()
    {
        const string text = "1 500 000";
        NumberRules.GroupsThousandsWithSpace(text, LanguageProfile.French, 5, firstGroupDigits: 1, groupDigits: 3).Should().BeTrue();
        NumberRules.GroupsThousandsWithSpace(text, LanguageProfile.French, 5, firstGroupDigits: 4, groupDigits: 3).Should().BeFalse();
    }

    [Theory]
    [InlineData("08/16/2000", 2, true)]
    [InlineData("08/16/2000", 5, true)]
    [InlineData("3/4 of them", 1, false)]
    [InlineData("08/a", 2, false)]
    public void A_slash_joins_a_date_of_several_slashes(string text, int q, bool expected)
    {
        NumberRules.IsDateSlash(text, 0, q, CharClass.WordCharsEnd(text, q + 1)).Should().Be(expected);
    }

    [Theory]
    [InlineData("-0.8 points", 0, true)]
    [InlineData("fell to −3", 8, true)]
    [InlineData("(+5)", 1, true)]
    [InlineData("10-5", 2, false)]
    [InlineData("a - b", 2, false)]
    [InlineData("-", 0, false)]
    public void A_sign_starts_a_number_before_a_digit_after_a_space_or_bracket(string text, int i, bool expected)
    {
        NumberRules.IsSignedNumberStart(text, i).Should().Be(expected);
    }
}
