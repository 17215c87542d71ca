using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Tests.Tokenization;

/// <summary><see cref="QuoteMarks"/>: the family of a quotation mark and the role its context gives it.</summary>
public class QuoteMarksTests
{
    [Theory]
    [InlineData('“', QuoteMarkFamily.CurlyDouble)]
    [InlineData('‟', QuoteMarkFamily.CurlyDouble)]
    [InlineData('’', QuoteMarkFamily.CurlySingle)]
    [InlineData('»', QuoteMarkFamily.Guillemet)]
    [InlineData('‹', QuoteMarkFamily.SingleGuillemet)]
    [InlineData('„', QuoteMarkFamily.LowDouble)]
    [InlineData('‚', QuoteMarkFamily.LowSingle)]
    [InlineData('"', QuoteMarkFamily.StraightDouble)]
    [InlineData('\'', QuoteMarkFamily.StraightSingle)]
    [InlineData('`', QuoteMarkFamily.None)]
    public void Each_mark_has_its_family(char mark, QuoteMarkFamily family)
    {
        QuoteMarks.FamilyOf(mark).Should().Be(family);
    }

    [Theory]
    [InlineData("a \"b", 2, QuoteMarkRole.Opening)]
    [InlineData("a\" b", 1, QuoteMarkRole.Closing)]
    [InlineData("a \" b", 2, QuoteMarkRole.Undecided)]
    [InlineData("a\"b", 1, QuoteMarkRole.Undecided)]
    [InlineData("a « b", 2, QuoteMarkRole.Opening)]
    [InlineData("a”b", 1, QuoteMarkRole.Closing)]
    [InlineData("a ” b", 2, QuoteMarkRole.Closing)]
    [InlineData("” b", 0, QuoteMarkRole.Opening)]
    [InlineData("a.\n” b", 3, QuoteMarkRole.Opening)]
    public void A_mark_opens_after_a_space_and_closes_before_one_and_else_by_its_shape(string text, int i, QuoteMarkRole role)
    {
        QuoteMarks.RoleOf(text, i, 1).Should().Be(role);
    }

    [Fact]
    public void A_two_character_mark_is_read_as_a_whole()
    {
        QuoteMarks.RoleOf("a ''b", 2, 2).Should().Be(QuoteMarkRole.Opening);
        QuoteMarks.RoleOf("a'' b", 1, 2).Should().Be(QuoteMarkRole.Closing);
    }
}
