namespace QuoteExtraction.Tests.Reported;

/// <summary>Reported speech whose content is an infinitive (<c>promised to …</c>, <c>a promis de …</c>), and its look-alikes.</summary>
public class InfinitiveContentTests
{
    [Theory]
    [InlineData("Mayor Jane Doe promised to reopen the bridge in May.", "to reopen the bridge in May", "promised")]
    [InlineData("Mayor Jane Doe has vowed not to close the bridge again.", "not to close the bridge again", "vowed")]
    [InlineData("Mayor Jane Doe urged the engineers to check the old bridge again.", "the engineers to check the old bridge again", "urged")]
    [InlineData("Mayor Jane Doe called on the council to reopen the bridge.", "the council to reopen the bridge", "called")]
    [InlineData("Mayor Jane Doe threatened to close the bridge, a move that angered the council.", "to close the bridge", "threatened")]
    [InlineData("Mayor Jane Doe warned them not to cross the old bridge.", "them not to cross the old bridge", "warned")]
    [InlineData("Mayor Jane Doe claimed to have checked the bridge herself.", "to have checked the bridge herself", "claimed")]
    [InlineData("Mayor Jane Doe has promised to be at the bridge in May.", "to be at the bridge in May", "promised")]
    [InlineData("Mayor Jane Doe vowed to reopen the bridge and has since hired new engineers.", "to reopen the bridge", "vowed")]
    public void An_English_infinitive_after_a_speech_verb_is_what_its_subject_says(string text, string content, string cue) =>
        Check(TestHelpers.English, text, content, "Jane Doe", cue);

    [Theory]
    [InlineData("Le maire Jean Dupont a promis de rouvrir le pont en mai.", "de rouvrir le pont en mai", "promis")]
    [InlineData("Le maire Jean Dupont a appelé les ingénieurs à vérifier le pont.", "les ingénieurs à vérifier le pont", "appelé")]
    [InlineData("Le maire Jean Dupont a demandé au conseil de rouvrir le pont.", "au conseil de rouvrir le pont", "demandé")]
    [InlineData("Le maire Jean Dupont affirme avoir vérifié le pont.", "avoir vérifié le pont", "affirme")]
    [InlineData("Le maire Jean Dupont assure ne pas connaître les ingénieurs.", "ne pas connaître les ingénieurs", "assure")]
    [InlineData("Le maire Jean Dupont a révélé avoir reçu des menaces.", "avoir reçu des menaces", "révélé")]
    [InlineData("Le maire Jean Dupont a expliqué ne pas connaître les ingénieurs.", "ne pas connaître les ingénieurs", "expliqué")]
    [InlineData("Le maire Jean Dupont conteste avoir reçu des menaces.", "avoir reçu des menaces", "conteste")]
    [InlineData("Le maire Jean Dupont raconte avoir vu le pont s'effondrer.", "avoir vu le pont s'effondrer", "raconte")]
    public void A_French_infinitive_after_a_speech_verb_is_what_its_subject_says(string text, string content, string cue) =>
        Check(TestHelpers.French, text, content, "Jean Dupont", cue);

    [Theory]
    [InlineData("en", "Mayor Jane Doe did not promise to reopen the bridge.")]
    [InlineData("en", "Mayor Jane Doe was urged to reopen the bridge.")]
    [InlineData("en", "Mayor Jane Doe told the story to the engineers of the old bridge.")]
    [InlineData("en", "Mayor Jane Doe called the engineers to reopen the bridge.")]
    [InlineData("en", "Mayor Jane Doe wants to reopen the bridge in May.")]
    [InlineData("fr", "Le maire Jean Dupont n'a pas promis de rouvrir le pont.")]
    [InlineData("fr", "Le maire Jean Dupont a annoncé lundi un plan de guerre.")]
    [InlineData("fr", "Le maire Jean Dupont veut rouvrir le pont en mai.")]
    [InlineData("fr", "Le maire Jean Dupont dira vite si ce choix d'ouvrir le pont était le bon.")]
    public void Look_alikes_of_an_infinitive_content_give_none(string language, string text) =>
        TestHelpers.For(language).ExtractQuotes(text)
            .Should().NotContain(q => q.Kind == QuoteKind.Indirect && q.Form == ReportedForm.Infinitive);

    [Theory]
    [InlineData("en", "Mayor Jane Doe said that the council would close the bridge and vowed to reopen it in May.", "to reopen it in May", "Jane Doe")]
    [InlineData("fr", "Le maire Jean Dupont a affirmé que le conseil fermerait le pont et a promis de rouvrir la route en mai.", "de rouvrir la route en mai", "Jean Dupont")]
    public void A_verb_joined_to_an_earlier_report_speaks_with_its_subject(string language, string text, string content, string speaker)
    {
        var quotes = TestHelpers.For(language).ExtractQuotes(text);

        var infinitive = quotes.Should().ContainSingle(q => q.Form == ReportedForm.Infinitive).Subject;
        infinitive.Text.Should().Be(content);
        infinitive.Speaker!.Name.Should().Be(speaker);
    }

    [Fact]
    public void A_clause_content_is_marked_as_a_clause_and_a_direct_quote_has_no_form()
    {
        var quotes = TestHelpers.English.ExtractQuotes("Mayor Jane Doe said that the bridge would reopen in May. “It is safe,” she said.");

        quotes.Select(q => q.Form).Should().Equal(ReportedForm.Clause, null);
    }

    private static void Check(QuoteExtractor extractor, string text, string content, string speaker, string cue)
    {
        var reported = extractor.ExtractQuotes(text).Should().ContainSingle().Subject;
        reported.Kind.Should().Be(QuoteKind.Indirect);
        reported.Form.Should().Be(ReportedForm.Infinitive);
        reported.Text.Should().Be(content);
        reported.Speaker!.Name.Should().Be(speaker);
        (reported.Cue?.Text).Should().Be(cue);
        reported.Rule.Should().Be("reported-infinitive");
    }
}
