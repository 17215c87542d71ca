using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Tests.Tokenization;

/// <summary><see cref="PunctuationRules"/>: runs of marks read as one token.</summary>
public class PunctuationRulesTests
{
    [Theory]
    [InlineData("a .doc file", 2, 6)]
    [InlineData(".html", 0, 5)]
    [InlineData("a .d file", 2, -1)]
    [InlineData("a .jpeg2 file", 2, -1)]
    [InlineData("a .Doc file", 2, -1)]
    [InlineData("end.doc", 3, -1)]
    public void A_period_before_a_short_lower_case_word_starts_a_file_extension(string text, int i, int end)
    {
        PunctuationRules.FileExtensionEnd(text, i).Should().Be(end);
    }

    [Theory]
    [InlineData("No.", 2, 3, false)]
    [InlineData("what?! No", 4, 6, false)]
    [InlineData("Wait... what", 4, 7, true)]
    [InlineData("No!...... yes", 2, 3, false)]
    [InlineData("No?. yes", 2, 4, false)]
    public void Sentence_final_marks_form_one_run(string text, int i, int end, bool isEllipsis)
    {
        PunctuationRules.TerminalRunEnd(text, i, out bool ellipsis).Should().Be(end);
        ellipsis.Should().Be(isEllipsis);
    }

    [Theory]
    [InlineData("a […] b", 2, 5)]
    [InlineData("a [...] b", 2, 7)]
    [InlineData("a [. . .] b", 2, 9)]
    [InlineData("a (…) b", 2, 5)]
    [InlineData("a (...] b", 2, -1)]
    [InlineData("a [.] b", 2, -1)]
    [InlineData("a [……] b", 2, -1)]
    [InlineData("a [. . . . . ] b", 2, -1)]
    public void An_editorial_elision_is_an_ellipsis_in_brackets(string text, int i, int end)
    {
        PunctuationRules.EditorialElisionEnd(text, i).Should().Be(end);
    }

    [Theory]
    [InlineData(",,, a", 0, 3)]
    [InlineData(",;", 0, 1)]
    [InlineData("a$$", 1, 3)]
    public void A_mark_repeated_is_one_run(string text, int i, int end)
    {
        PunctuationRules.RunEnd(text, i).Should().Be(end);
    }

    [Theory]
    [InlineData("a -=- b", 2, 5)]
    [InlineData("a == b", 2, 4)]
    [InlineData("a -- b", 2, 4)]
    public void Hyphens_and_equals_signs_draw_one_rule(string text, int i, int end)
    {
        PunctuationRules.RuleEnd(text, i).Should().Be(end);
    }
}
