namespace QuoteExtraction.Tests.Tokenization;

public class QuoteMarkTokenTests
{
    private static (string Text, QuoteMarkFamily Family, QuoteMarkRole Role)[] Marks(QuoteExtractor extractor, string text) =>
        [.. extractor.Tokenize(text).Where(t => t.Kind == TokenKind.QuoteMark).Select(t => (text[t.Start..t.End], t.QuoteFamily, t.QuoteRole))];

    [Fact]
    public void Curly_double_marks_open_and_close()
    {
        Marks(TestHelpers.English, "“This is absolutely unlikely,” he said.").Should().Equal(
            ("“", QuoteMarkFamily.CurlyDouble, QuoteMarkRole.Opening),
            ("”", QuoteMarkFamily.CurlyDouble, QuoteMarkRole.Closing));
    }

    [Fact]
    public void Straight_marks_take_their_role_from_their_neighbours()
    {
        Marks(TestHelpers.English, "He said \"no,\" and left.").Should().Equal(
            ("\"", QuoteMarkFamily.StraightDouble, QuoteMarkRole.Opening),
            ("\"", QuoteMarkFamily.StraightDouble, QuoteMarkRole.Closing));
    }

    [Fact]
    public void A_straight_mark_with_spaces_on_both_sides_is_undecided()
    {
        Marks(TestHelpers.English, "a \" b").Should().Equal(("\"", QuoteMarkFamily.StraightDouble, QuoteMarkRole.Undecided));
    }

    [Fact]
    public void Single_marks_nested_in_double_marks_are_quotation_marks()
    {
        Marks(TestHelpers.English, "“He called it ‘a joke’ today,” she said.").Should().Equal(
            ("“", QuoteMarkFamily.CurlyDouble, QuoteMarkRole.Opening),
            ("‘", QuoteMarkFamily.CurlySingle, QuoteMarkRole.Opening),
            ("’", QuoteMarkFamily.CurlySingle, QuoteMarkRole.Closing),
            ("”", QuoteMarkFamily.CurlyDouble, QuoteMarkRole.Closing));
    }

    [Fact]
    public void A_closing_single_mark_after_s_closes_an_open_single_quote()
    {
        Marks(TestHelpers.English, "He called them ‘the bosses’ again.").Select(m => m.Role)
            .Should().Equal(QuoteMarkRole.Opening, QuoteMarkRole.Closing);
    }

    [Fact]
    public void Guillemets_with_any_inner_space_are_quotation_marks()
    {
        const string text = "Il a dit « non »,\u00A0«\u00A0oui\u00A0» et «\u202Fpeut-être\u202F».";
        Marks(TestHelpers.French, text).Should().Equal(
            ("«", QuoteMarkFamily.Guillemet, QuoteMarkRole.Opening),
            ("»", QuoteMarkFamily.Guillemet, QuoteMarkRole.Closing),
            ("«", QuoteMarkFamily.Guillemet, QuoteMarkRole.Opening),
            ("»", QuoteMarkFamily.Guillemet, QuoteMarkRole.Closing),
            ("«", QuoteMarkFamily.Guillemet, QuoteMarkRole.Opening),
            ("»", QuoteMarkFamily.Guillemet, QuoteMarkRole.Closing));
    }

    [Fact]
    public void German_low_marks_open_and_the_high_mark_closes()
    {
        Marks(TestHelpers.English, "Er sagte „nein“ dazu.").Should().Equal(
            ("„", QuoteMarkFamily.LowDouble, QuoteMarkRole.Opening),
            ("“", QuoteMarkFamily.CurlyDouble, QuoteMarkRole.Closing));
    }

    [Fact]
    public void Two_apostrophes_are_one_double_mark()
    {
        Marks(TestHelpers.English, "He said ''never,'' twice.").Should().Equal(
            ("''", QuoteMarkFamily.DoubleApostrophe, QuoteMarkRole.Opening),
            ("''", QuoteMarkFamily.DoubleApostrophe, QuoteMarkRole.Closing));
    }

    [Fact]
    public void Single_guillemets_and_low_single_marks_are_recognized()
    {
        Marks(TestHelpers.English, "‹a› ‚b‘").Select(m => m.Family).Should().Equal(
            QuoteMarkFamily.SingleGuillemet, QuoteMarkFamily.SingleGuillemet, QuoteMarkFamily.LowSingle, QuoteMarkFamily.CurlySingle);
    }
}
