using QuoteExtraction.Languages;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Tests.Tokenization;

/// <summary><see cref="ApostropheRules"/>: elisions, contractions, possessives and words with a leading apostrophe.</summary>
public class ApostropheRulesTests
{
    private static int Apostrophe(string text) => text.AsSpan().IndexOfAny("'’ʼ");

    [Theory]
    [InlineData("l'homme", true)]
    [InlineData("qu’il", true)]
    [InlineData("jusqu'à", true)]
    [InlineData("L'« oasis »", true)]
    [InlineData("d'“experts”", true)]
    [InlineData("l'on", false)]
    [InlineData("aujourd'hui", false)]
    [InlineData("l' homme", false)]
    [InlineData("lorsqu'il", true)]
    public void A_listed_word_before_a_letter_or_an_opening_mark_is_elided(string text, bool expected)
    {
        ApostropheRules.IsElision(text, LanguageProfile.French, 0, Apostrophe(text)).Should().Be(expected);
    }

    [Theory]
    [InlineData("students' plan", false, true)]
    [InlineData("STUDENTS' plan", false, true)]
    [InlineData("students' plan", true, false)]
    [InlineData("students'' plan", false, false)]
    [InlineData("studentsʼ plan", false, false)]
    [InlineData("Obama' plan", false, false)]
    public void An_apostrophe_after_a_plural_is_its_possessive(string text, bool singleQuoteOpen, bool expected)
    {
        ApostropheRules.IsPluralPossessive(text, Apostrophe(text), singleQuoteOpen).Should().Be(expected);
    }

    [Theory]
    [InlineData("don't", 3, TokenFlags.Contraction | TokenFlags.Negation)]
    [InlineData("DON'T", 3, TokenFlags.Contraction | TokenFlags.Negation)]
    [InlineData("don’t", 3, TokenFlags.Contraction | TokenFlags.Negation)]
    [InlineData("donʼt", 3, TokenFlags.Contraction | TokenFlags.Negation)]
    [InlineData("it's", 2, TokenFlags.Contraction)]
    [InlineData("Let’s", 2, TokenFlags.Contraction)]
    [InlineData("Arafat's", 2, TokenFlags.Possessive)]
    [InlineData("we're", 3, TokenFlags.Contraction)]
    [InlineData("they've", 3, TokenFlags.Contraction)]
    [InlineData("I'd", 2, TokenFlags.Contraction)]
    [InlineData("I'M", 2, TokenFlags.Contraction)]
    [InlineData("n't", 0, TokenFlags.None)]
    [InlineData("O'Neill", 0, TokenFlags.None)]
    [InlineData("can't've", 0, TokenFlags.None)]
    [InlineData("it'sx", 0, TokenFlags.None)]
    public void A_listed_clitic_that_ends_the_word_after_a_stem_is_marked(string text, int length, TokenFlags flags)
    {
        ApostropheRules.ContractionClitic(text, LanguageProfile.English, 0, Apostrophe(text), out var actual).Should().Be(length);
        actual.Should().Be(flags);
    }

    [Fact]
    public void A_language_without_contraction_clitics_marks_none()
    {
        LanguageProfile.French.MarksContractions.Should().BeFalse();
        ApostropheRules.ContractionClitic("don't", LanguageProfile.French, 0, 3, out _).Should().Be(0);
    }

    [Theory]
    [InlineData("'em", 3)]
    [InlineData("Give 'em", 8)]
    [InlineData("’90s", 4)]
    [InlineData("’90", 3)]
    [InlineData("’90S", -1)]
    [InlineData("’1990s", -1)]
    [InlineData("’n’ roll", 3)]
    [InlineData("'N' roll", 3)]
    [InlineData("'tis", 4)]
    [InlineData("'hello", -1)]
    [InlineData("'em'", -1)]
    [InlineData("x'em", -1)]
    public void A_leading_apostrophe_starts_a_listed_word_or_a_decade(string text, int end)
    {
        ApostropheRules.LeadingApostropheWordEnd(text, LanguageProfile.English, Apostrophe(text)).Should().Be(end);
    }

    [Fact]
    public void A_language_without_apostrophe_words_reads_a_leading_apostrophe_as_a_mark()
    {
        ApostropheRules.LeadingApostropheWordEnd("'em", LanguageProfile.French, 0).Should().Be(-1);
    }
}
