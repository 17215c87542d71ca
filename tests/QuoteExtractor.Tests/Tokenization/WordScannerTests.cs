using QuoteExtraction.Languages;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Tests.Tokenization;

/// <summary><see cref="WordScanner"/>: a word or number read whole, with the flags its connectors give it.</summary>
public class WordScannerTests
{
    private static ScannedWord English(string text, int start = 0, bool singleQuoteOpen = false) =>
        WordScanner.Scan(text, LanguageProfile.English, start, start, singleQuoteOpen);

    private static ScannedWord French(string text, int start = 0) =>
        WordScanner.Scan(text, LanguageProfile.French, start, start, singleQuoteOpen: false);

    [Theory]
    [InlineData("don't know", 5, TokenFlags.Contraction | TokenFlags.Negation, 3)]
    [InlineData("it's here", 4, TokenFlags.Contraction, 2)]
    [InlineData("Arafat's plan", 8, TokenFlags.Possessive, 2)]
    [InlineData("we'll see", 5, TokenFlags.Contraction, 3)]
    [InlineData("O'Neill said", 7, TokenFlags.None, 0)]
    [InlineData("e-mail them", 6, TokenFlags.Hyphenated, 0)]
    [InlineData("well-known", 4, TokenFlags.None, 0)]
    [InlineData("U.S. officials", 4, TokenFlags.Abbreviation, 0)]
    [InlineData("Mr. Smith", 3, TokenFlags.Abbreviation, 0)]
    [InlineData("left. Then", 4, TokenFlags.None, 0)]
    [InlineData("n° 5", 2, TokenFlags.None, 0)]
    [InlineData("AT&T shares", 4, TokenFlags.None, 0)]
    [InlineData("b/c it", 3, TokenFlags.None, 0)]
    [InlineData("and/or", 3, TokenFlags.None, 0)]
    [InlineData("w/ them", 2, TokenFlags.None, 0)]
    public void An_english_word_ends_where_its_connectors_stop_joining(string text, int end, TokenFlags flags, int cliticLength)
    {
        English(text).Should().Be(new ScannedWord(end, TokenKind.Word, flags, cliticLength));
    }

    [Theory]
    [InlineData("1990s", 5, TokenFlags.None)]
    [InlineData("1,000.5 dollars", 7, TokenFlags.None)]
    [InlineData("10:30 today", 5, TokenFlags.None)]
    [InlineData("08/16/2000", 10, TokenFlags.None)]
    [InlineData("303-832-8160", 12, TokenFlags.Hyphenated)]
    [InlineData("10'000 francs", 6, TokenFlags.None)]
    [InlineData("80 000 soldiers", 2, TokenFlags.None)]
    [InlineData("80\u00A0000 soldiers", 6, TokenFlags.None)]
    [InlineData("15-year term", 2, TokenFlags.None)]
    [InlineData("20h30", 2, TokenFlags.None)]
    [InlineData("3.a", 1, TokenFlags.None)]
    public void An_english_number_ends_where_its_digit_groups_stop(string text, int end, TokenFlags flags)
    {
        English(text).Should().Be(new ScannedWord(end, TokenKind.Number, flags, 0));
    }

    [Fact]
    public void A_number_read_from_its_sign_keeps_the_sign()
    {
        WordScanner.Scan("-0.8 points", LanguageProfile.English, 0, 1, singleQuoteOpen: false)
            .Should().Be(new ScannedWord(4, TokenKind.Number, TokenFlags.None, 0));
    }

    [Fact]
    public void Letters_glued_to_digits_on_both_sides_stand_alone()
    {
        English("20h30", start: 2).Should().Be(new ScannedWord(3, TokenKind.Word, TokenFlags.None, 0));
    }

    [Fact]
    public void A_plural_apostrophe_is_a_possessive_unless_a_single_mark_waits_for_it()
    {
        English("students' plan").Should().Be(new ScannedWord(9, TokenKind.Word, TokenFlags.Possessive, 1));
        English("students' plan", singleQuoteOpen: true).Should().Be(new ScannedWord(8, TokenKind.Word, TokenFlags.None, 0));
    }

    [Theory]
    [InlineData("l'homme", 2, TokenFlags.Elided)]
    [InlineData("jusqu'à", 6, TokenFlags.Elided)]
    [InlineData("l'« oasis »", 2, TokenFlags.Elided)]
    [InlineData("aujourd'hui", 11, TokenFlags.None)]
    [InlineData("l'on sait", 4, TokenFlags.None)]
    [InlineData("vice-ministre russe", 13, TokenFlags.Hyphenated)]
    [InlineData("a-t-il dit", 1, TokenFlags.None)]
    [InlineData("dit-elle.", 3, TokenFlags.None)]
    [InlineData("M. Dupont", 2, TokenFlags.Abbreviation)]
    [InlineData("J.-C. environ", 5, TokenFlags.Abbreviation)]
    public void A_french_word_ends_where_its_connectors_stop_joining(string text, int end, TokenFlags flags)
    {
        French(text).Should().Be(new ScannedWord(end, TokenKind.Word, flags, 0));
    }

    [Fact]
    public void Only_a_language_that_separates_elisions_ends_a_word_at_its_apostrophe()
    {
        English("l'homme").End.Should().Be(7);
    }

    [Fact]
    public void Only_a_language_that_marks_contractions_gives_a_word_its_clitic()
    {
        French("don't").Should().Be(new ScannedWord(5, TokenKind.Word, TokenFlags.None, 0));
    }

    [Theory]
    [InlineData("80 000 soldats", 6)]
    [InlineData("2018 500 personnes", 4)]
    [InlineData("1er mai", 3)]
    public void A_french_number_groups_thousands_with_a_plain_space(string text, int end)
    {
        French(text).Should().Be(new ScannedWord(end, TokenKind.Number, TokenFlags.None, 0));
    }
}
