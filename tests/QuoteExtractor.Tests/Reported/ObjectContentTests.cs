namespace QuoteExtraction.Tests.Reported;

/// <summary>Reported speech whose content is a speech verb's object (<c>criticized the council for …</c>), and its look-alikes.</summary>
public class ObjectContentTests
{
    [Theory]
    [InlineData("Mayor Jane Doe criticized the council for closing the bridge.", "the council for closing the bridge", "criticized")]
    [InlineData("Mayor Jane Doe accused the engineers of hiding the cracks, a charge they deny.", "the engineers of hiding the cracks", "accused")]
    [InlineData("Mayor Jane Doe called for an inquiry into the collapse.", "an inquiry into the collapse", "called")]
    [InlineData("Mayor Jane Doe warned of a long closure of the bridge.", "a long closure of the bridge", "warned")]
    [InlineData("Mayor Jane Doe sharply criticized Mark Smith.", "Mark Smith", "criticized")]
    [InlineData("Mayor Jane Doe announced a plan to rebuild the old bridge.", "a plan to rebuild the old bridge", "announced")]
    [InlineData("Mayor Jane Doe praised the engineers' quick work on the bridge.", "the engineers' quick work on the bridge", "praised")]
    public void An_English_speech_verb_s_object_is_what_its_subject_says_about(string text, string content, string cue)
    {
        var reported = TestHelpers.English.ExtractQuotes(text).Should().ContainSingle().Subject;
        reported.Kind.Should().Be(QuoteKind.Indirect);
        reported.Form.Should().Be(ReportedForm.NounPhrase);
        reported.Text.Should().Be(content);
        reported.Speaker!.Name.Should().Be("Jane Doe");
        (reported.Cue?.Text).Should().Be(cue);
        reported.Rule.Should().Be("reported-object");
    }

    [Theory]
    [InlineData("en", "Mayor Jane Doe did not criticize the council for closing the bridge.")]
    [InlineData("en", "Mayor Jane Doe was criticized by the council for closing the bridge.")]
    [InlineData("en", "Mayor Jane Doe wants to criticize the council for closing the bridge.")]
    [InlineData("en", "The report cited in the council's letter does not exist.")]
    [InlineData("en", "What Mayor Jane Doe promised is now the plan of the whole council.")]
    [InlineData("en", "Mayor Jane Doe called the engineers after the collapse.")]
    [InlineData("fr", "Le maire Jean Dupont a critiqué le conseil pour la fermeture du pont.")]
    public void Look_alikes_of_an_object_content_give_none(string language, string text) =>
        TestHelpers.For(language).ExtractQuotes(text)
            .Should().NotContain(q => q.Kind == QuoteKind.Indirect && q.Form == ReportedForm.NounPhrase);
}
