using QuoteExtraction.Languages;

namespace QuoteExtraction.Tests.Languages;

/// <summary>Language detection by function words, over any number of candidate languages.</summary>
public class LanguageDetectorTests
{
    private static readonly LanguageProfile[] s_both = [LanguageProfile.English, LanguageProfile.French];

    [Theory]
    [InlineData("The minister said that the talks would go on for a week, and he was not alone.", Language.English)]
    [InlineData("Le ministre a déclaré que les discussions se poursuivraient pendant une semaine, et il n'était pas seul.", Language.French)]
    public void The_language_whose_function_words_the_text_uses_wins(string text, Language expected) =>
        LanguageDetector.Detect(text, s_both).Language.Should().Be(expected);

    /// <summary>A short text whose function words tie is told by the characters its language writes (guillemets, accents).</summary>
    [Theory]
    [InlineData("Jeanne Roy a rencontré Marie Rolle lundi.\n\n« Rien n'est réglé », a-t-elle dit.", Language.French)]
    [InlineData("Jane Roe met José Ortiz at a café on Monday, and she said that the deal was off.", Language.English)]
    public void The_marks_of_a_language_decide_between_tied_function_words(string text, Language expected) =>
        LanguageDetector.Detect(text, s_both).Language.Should().Be(expected);

    [Fact]
    public void A_tie_goes_to_the_candidate_listed_first()
    {
        LanguageDetector.Detect("12345 !!!", s_both).Should().BeSameAs(LanguageProfile.English);
        LanguageDetector.Detect("12345 !!!", [LanguageProfile.French, LanguageProfile.English]).Should().BeSameAs(LanguageProfile.French);
    }

    [Fact]
    public void Only_the_candidates_given_are_compared()
    {
        var english = "The minister said that the talks would go on for a week.";
        LanguageDetector.Detect(english, [LanguageProfile.French]).Should().BeSameAs(LanguageProfile.French);
    }
}
