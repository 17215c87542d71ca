using QuoteExtraction.Languages;

namespace QuoteExtraction.Tests.Languages;

/// <summary>
/// A language that exists only in this test, given as data alone (a few words of "Zedish"): the
/// pipeline reads it without any change to its code, as a new language of the package would be read.
/// </summary>
public class MadeUpLanguageTests
{
    /// <summary>Zedish: its settings and word lists, named as the package's files are (<c>{list}.{code}</c>).</summary>
    private static readonly Dictionary<string, string[]> s_zedish = new()
    {
        ["profile.zz"] = ["groups-digits-with-space\tno", "splits-compounds-at-hyphens\tno", "plural-suffix\tu"],
        ["function-words.zz"] = ["ka", "mo", "ta", "zi", "ze", "lo", "vi"],
        ["speech-verbs.zz"] = ["zorbat", "zorbatu", "plinat"],
        ["pronouns.zz"] = ["zi\tf", "ze\tm", "vu\tp"],
        ["determiners.zz"] = ["lo", "la\tf"],
        ["titles.zz"] = ["ministra\tf", "kapo"],
        ["cue-auxiliaries.zz"] = ["vi"],
        ["negations.zz"] = ["nek"],
        ["source-markers.zz"] = ["dopu"],
    };

    private static readonly LanguageProfile s_profile = new(new LanguageData("zz", list => s_zedish.GetValueOrDefault(list)));

    private static readonly QuoteExtractor s_extractor = new();

    [Fact]
    public void A_quote_after_its_cue_and_speaker_is_theirs()
    {
        var analysis = Analyze("“Ka mo ta sorin,” zorbat Mirta Kovi.");

        analysis.Quotes.Should().ContainSingle();
        var quote = analysis.Quotes[0];
        quote.Text.Should().Be("Ka mo ta sorin,");
        quote.Speaker!.Name.Should().Be("Mirta Kovi");
        quote.Cue!.Value.Text.Should().Be("zorbat");
    }

    [Fact]
    public void A_title_and_a_pronoun_of_the_language_find_the_person_named_before()
    {
        var analysis = Analyze("La ministra Mirta Kovi vi plinat ka bu.\n\n“Mo ta sorin,” zi zorbat.");

        var quote = analysis.Quotes.Should().ContainSingle().Subject;
        quote.Speaker!.Name.Should().Be("Mirta Kovi");
        quote.Speaker.Title.Should().Be("ministra");
        quote.Speaker.Gender.Should().Be(Gender.Female, "the role noun and the pronoun are feminine in Zedish");
        quote.SpeakerMention!.Value.Text.Should().Be("zi");
    }

    [Fact]
    public void A_negation_of_the_language_denies_the_cue()
    {
        var analysis = Analyze("“Ka mo ta sorin,” Mirta Kovi nek zorbat.");

        analysis.Quotes.Should().ContainSingle().Which.Cue.Should().BeNull("“nek” denies the speech in Zedish");
    }

    [Fact]
    public void Detection_tells_the_language_among_others_by_its_function_words()
    {
        var text = "Ka mo ta zi ze lo vi ka mo ta zi ze lo vi ka mo ta zi ze lo vi ka mo.";

        LanguageDetector.Detect(text, [LanguageProfile.English, LanguageProfile.French, s_profile]).Should().BeSameAs(s_profile);
        LanguageDetector.Detect("The minister said that it was over.", [LanguageProfile.English, LanguageProfile.French, s_profile])
            .Should().BeSameAs(LanguageProfile.English);
    }

    [Fact]
    public void A_setting_with_a_value_it_cannot_have_is_a_clear_error()
    {
        var lists = new Dictionary<string, string[]> { ["profile.zz"] = ["groups-digits-with-space\tmaybe"] };

        var build = () => new LanguageProfile(new LanguageData("zz", list => lists.GetValueOrDefault(list)));

        build.Should().Throw<InvalidDataException>().WithMessage("*groups-digits-with-space*zz*maybe*");
    }

    private static ArticleAnalysis Analyze(string text) => s_extractor.Run(text, s_profile, new Workspace(), CancellationToken.None);
}
