using System.Text;

namespace QuoteExtraction.Tests.Attribution;

public class TitleResolutionTests
{
    private static readonly QuoteExtractor s_extractor = new(new QuoteExtractorOptions { Language = Language.English });

    /// <summary>
    /// An article where <paramref name="before"/> people are named, then the minister, then
    /// <paramref name="after"/> other people, and at last "the minister" speaks.
    /// </summary>
    private static string Article(int before, int after)
    {
        var text = new StringBuilder();
        void NamePeople(int first, int count)
        {
            for (int i = first; i < first + count; i++)
            {
                text.Append("John ").Append(Surname(i)).Append(" arrived on Monday.\n\n");
            }
        }

        NamePeople(0, before);
        text.Append("Defense Minister Anna Keller arrived on Monday.\n\n");
        NamePeople(before, after);
        text.Append("“We will act,” the minister said.\n");
        return text.ToString();
    }

    /// <summary>A made-up surname for each number, in no word list: Kab, Kac, … Kbb, ….</summary>
    private static string Surname(int i) => $"K{(char)('a' + (i / 20 % 20))}{(char)('b' + (i % 20))}{(char)('a' + (i / 400))}ler";

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 40)]
    [InlineData(40, 30)]
    [InlineData(70, 30)]
    [InlineData(100, 45)]
    [InlineData(130, 48)]
    public void A_description_names_the_latest_person_holding_the_title(int before, int after)
    {
        var quote = s_extractor.ExtractQuotes(Article(before, after)).Quoted().Single();

        quote.Speaker!.Name.Should().Be("Anna Keller");
        quote.Speaker.Title.Should().Be("Defense Minister");
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(70, 55)]
    public void A_description_does_not_reach_past_the_fifty_latest_people(int before, int after)
    {
        var quote = s_extractor.ExtractQuotes(Article(before, after)).Quoted().Single();

        quote.Speaker!.Name.Should().NotBe("Anna Keller", "past them, the description is not the minister named before");
    }

    private static Quote QuoteOf(Language language, string text) =>
        new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(text).Quoted().Single(q => q.Speaker is not null);

    private static Quote LastQuoteOf(Language language, string text) =>
        new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(text).Quoted().Last();

    [Theory]
    [InlineData(Language.English, "“We will build it,” the club president said on Monday.\n\nThe club hired a new coach. Paul Marten, club president, signed him.\n", "Paul Marten")]
    [InlineData(Language.French, "« Nous le construirons », a déclaré le président du club lundi.\n\nLe club a recruté un entraîneur. Paul Marten, président du club, l'a signé.\n", "Paul Marten")]
    public void A_description_names_the_person_given_that_title_later(Language language, string text, string name) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be(name);

    [Theory]
    [InlineData(Language.English, "Mayor Paul Marten opened the bridge.\n\n“It is ours,” the mayor of Lyonsville said.\n", "Paul Marten")]
    [InlineData(Language.French, "Le maire Paul Marten a ouvert le pont.\n\n« Il est à nous », a déclaré le maire de Villebourg.\n", "Paul Marten")]
    public void A_fuller_description_names_the_person_given_the_bare_role(Language language, string text, string name) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be(name);

    [Theory]
    [InlineData(Language.English, "“We will build it,” the club president said.\n\nPaul Marten, club president, and Anne Rolle, club president, met.\n")]
    [InlineData(Language.French, "« Nous le construirons », a déclaré le président du club.\n\nPaul Marten, président du club, et Jean Rolle, président du club, se sont vus.\n")]
    public void A_description_two_named_people_share_stays_unnamed(Language language, string text) =>
        new[] { "Paul Marten", "Anne Rolle", "Jean Rolle" }.Should().NotContain(QuoteOf(language, text).Speaker!.Name);

    [Fact]
    public void A_description_after_a_place_and_a_comma_is_not_the_place()
    {
        var quote = QuoteOf(Language.French, "Après les heurts à Villebourg, le président de la République a parlé.\n\n« Il faut agir », a-t-il dit.\n");

        quote.Speaker!.Name.Should().NotBe("Villebourg");
        quote.Speaker.Kind.Should().Be(SpeakerKind.Person);
    }

    [Fact]
    public void A_verb_after_a_bodys_adjective_is_not_part_of_the_title()
    {
        var quote = QuoteOf(Language.French, "Le ministre des Affaires étrangères propose une loi. « Nous agirons », a-t-il dit.\n");

        quote.Speaker!.Title.Should().Be("ministre des Affaires étrangères");
    }

    [Theory]
    [InlineData(Language.English, "The senate met on Monday.\n\nA former party leader -- Paul Marten, who lost in 2008 -- said the plan was “a disaster.”\n")]
    [InlineData(Language.English, "The senate met on Monday.\n\nA former party leader — Paul Marten — said the plan was “a disaster.”\n")]
    [InlineData(Language.French, "Le sénat s'est réuni lundi.\n\nLe porte-parole du parti – Paul Marten – a déclaré que le plan était « un désastre ».\n")]
    public void A_description_is_the_name_a_dash_sets_off_after_it(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be("Paul Marten");

    [Theory]
    [InlineData(Language.English, "In an interview with the Gazettix weekly, the foreign minister proposes a law. “We will act,” he said.\n")]
    [InlineData(Language.French, "Dans un entretien accordé à la revue Gazettix, le ministre des Affaires étrangères propose une loi. « Nous agirons », a-t-il dit.\n")]
    public void A_description_that_a_verb_follows_is_no_apposition_of_the_name_before_it(Language language, string text)
    {
        var quote = QuoteOf(language, text);

        quote.Speaker!.Name.Should().NotContain("Gazettix");
        quote.Speaker.Kind.Should().Be(SpeakerKind.Person);
    }

    [Theory]
    [InlineData("Le maire Paul Marten a été entendu lundi.\n\n« Je suis innocent », a réagi l'intéressé.\n", "Paul Marten")]
    [InlineData("La ministre Anne Rolle a été entendue lundi.\n\n« Je suis innocente », a réagi l'intéressée.\n", "Anne Rolle")]
    public void The_person_concerned_is_resolved_as_a_pronoun_is(string text, string name) =>
        QuoteOf(Language.French, text).Speaker!.Name.Should().Be(name);

    [Theory]
    [InlineData(Language.English, "Mark Smith runs the market.\n\nAccording to Jane Doe, sales grew last year. “We feel safe,” says the mother.\n", "Jane Doe")]
    [InlineData(Language.French, "Marc Roux tient le marché.\n\nSelon Marie Lenoir, les ventes ont augmenté. « Nous nous sentons en sécurité », explique la mère.\n", "Marie Lenoir")]
    public void A_description_stands_for_the_source_a_marker_named_just_before(Language language, string text, string name) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be(name);

    [Theory]
    [InlineData(Language.English, "Zorvak Tamblin told reporters the plan was ready. The meeting took place in Kestrow.\n\n“We will act,” he said.\n")]
    [InlineData(Language.French, "Zorvak Tamblin a déclaré que le plan était prêt. La réunion a eu lieu à Kestrow.\n\n« Nous agirons », a-t-il dit.\n")]
    public void A_pronoun_prefers_a_name_that_spoke_to_a_nearer_place(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be("Zorvak Tamblin");

    [Theory]
    [InlineData(Language.English, "“We will build it,” the head of state said on Monday.\n\nPaul Marten visited the site. Paul Marten met workers. Marten left at noon. Anne Rolle watched.\n", "Paul Marten")]
    [InlineData(Language.French, "« Nous le construirons », a déclaré le chef de l'État lundi.\n\nPaul Marten a visité le site. Paul Marten a vu les ouvriers. Marten est parti à midi. Jean Rolle regardait.\n", "Paul Marten")]
    [InlineData(Language.English, "Paul Marten visited the site. Paul Marten met workers. Marten left at noon. Anne Rolle watched.\n\nThe 61-year-old said: “We will build it.”\n", "Paul Marten")]
    [InlineData(Language.French, "Paul Marten a visité le site. Paul Marten a vu les ouvriers. Marten est parti à midi. Anne Rolle regardait.\n\nLe sexagénaire a déclaré : « Nous le construirons. »\n", "Paul Marten")]
    [InlineData(Language.English, "Paul Marten wins the vote in Kestrow\n\nPaul Marten won the vote on Sunday. Mark Smith conceded. Marten thanked voters.\n\nMark Smith left the hall early.\n\nThe 61-year-old said: “We will build it.”\n", "Paul Marten")]
    [InlineData(Language.French, "Paul Marten remporte le vote à Kestrow\n\nPaul Marten a remporté le vote dimanche. Marc Dubois a reconnu sa défaite. Marten a remercié les électeurs.\n\nMarc Dubois a quitté la salle tôt.\n\nLe sexagénaire a déclaré : « Nous le construirons. »\n", "Paul Marten")]
    [InlineData(Language.English, "Paul Kestrel agrees deal to replace Mark Dole at Tarvin\n\nPaul Kestrel has agreed a deal to replace Mark Dole at Tarvin.\n\nDole was sacked last night. Talks with Kestrel went on for days.\n\nThe 56-year-old said: “I am excited to be here.”\n", "Paul Kestrel")]
    [InlineData(Language.French, "Paul Kestrel remplace Marc Dole à Tarvin\n\nPaul Kestrel a accepté de remplacer Marc Dole à Tarvin.\n\nDole a été limogé hier soir. Les discussions avec Kestrel ont duré des jours.\n\nLe sexagénaire a déclaré : « Je suis ravi d’être ici. »\n", "Paul Kestrel")]
    public void A_description_no_title_decides_stands_for_the_article_s_main_person(Language language, string text, string name) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be(name);

    [Theory]
    [InlineData(Language.English, "Paul Marten spoke first.\n\nAnne Rolle was interrupted by protesters. But the minister stayed calm. “We will act,” the minister said.\n", "Anne Rolle")]
    [InlineData(Language.French, "Paul Marten a parlé le premier.\n\nAnne Rolle a été interrompue par des manifestants. Mais la ministre est restée calme. « Nous agirons », a déclaré la ministre.\n", "Anne Rolle")]
    public void A_description_no_title_decides_stands_for_the_person_named_just_before_it(Language language, string text, string name) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be(name);

    [Theory]
    [InlineData(Language.English, "Paul Marten spoke first.\n\nKorinda Lapuwe runs a shop. She moved back to Tesvi last year.\n\n“We close at ten,” says the woman.\n")]
    [InlineData(Language.French, "Paul Marten a parlé le premier.\n\nKorinda Lapuwe tient une boutique. Elle est revenue à Tesvi l’an dernier.\n\n« Nous fermons à dix heures », dit la femme.\n")]
    public void A_description_stands_for_a_name_of_unknown_kind_that_a_pronoun_of_its_gender_picks_up(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be("Korinda Lapuwe");

    [Theory]
    [InlineData(Language.English, "Paul Marten spoke first.\n\nKorinda Lapuwe opened a market. Traders moved in last year.\n\n“We close at ten,” says the woman.\n")]
    [InlineData(Language.French, "Paul Marten a parlé le premier.\n\nKorinda Lapuwe a ouvert un marché. Les commerçants sont arrivés l’an dernier.\n\n« Nous fermons à dix heures », dit la femme.\n")]
    public void A_description_does_not_stand_for_a_name_of_unknown_kind_that_no_pronoun_picks_up(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().NotBe("Korinda Lapuwe");

    [Theory]
    [InlineData(Language.English, "The first witness at the hearing was Paul Marten.\n\n“We found nothing,” the witness said.\n")]
    [InlineData(Language.French, "Le premier témoin de l'audience était Paul Marten.\n\n« Nous n'avons rien trouvé », a déclaré le témoin.\n")]
    public void A_description_that_opens_its_sentence_is_the_person_named_after_to_be(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be("Paul Marten");

    [Theory]
    [InlineData(Language.English, "Paul Marten spoke first.\n\nThe plan was drawn up by Anne Rolle. “We will act,” the minister said.\n")]
    [InlineData(Language.English, "Paul Marten spoke first.\n\nJudge Anne Rolle opened the hearing. “We will act,” the minister said.\n")]
    [InlineData(Language.French, "Paul Marten a parlé le premier.\n\nLe plan a été rédigé par Anne Rolle. « Nous agirons », a déclaré la ministre.\n")]
    public void A_description_is_not_a_person_named_just_before_it_in_a_complement_or_with_another_title(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().NotBe("Anne Rolle");

    [Theory]
    [InlineData(Language.English, "“We will build it,” an engineer said on Monday.\n\nPaul Marten visited the site. Paul Marten met workers. Marten left at noon.\n")]
    [InlineData(Language.French, "« Nous le construirons », a déclaré un porte-parole lundi.\n\nPaul Marten a visité le site. Paul Marten a vu les ouvriers. Marten est parti à midi.\n")]
    [InlineData(Language.English, "“We will build it,” said a prominent Kestrow Party member on Monday.\n\nPaul Marten visited the site. Paul Marten met workers. Marten left at noon.\n")]
    public void A_description_that_introduces_somebody_is_not_the_main_person(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().NotBe("Paul Marten");

    [Theory]
    [InlineData(Language.English, "The plan is “a disaster,” an engineer has claimed.\n\nJane Rolle of the Kestrow Gazette said the bridge was unsafe.\n", "Jane Rolle")]
    [InlineData(Language.French, "« Le plan est un désastre », a estimé un expert.\n\nJean Rolle, de la Gazette de Kestrow, a expliqué que le pont était fragile.\n", "Jean Rolle")]
    [InlineData(Language.English, "The plan is “a disaster,” a career Army officer has claimed.\n\nJane Rolle told the panel the bridge was unsafe.\n", "Jane Rolle")]
    public void A_description_that_introduces_somebody_is_the_person_named_speaking_next(Language language, string text, string name) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be(name);

    [Theory]
    [InlineData(Language.English, "The plan is “a disaster,” an engineer has claimed.\n\nBridge inspector Jane Rolle visited the bridge on Monday.\n", "Jane Rolle")]
    [InlineData(Language.French, "« Le plan est un désastre », a estimé un expert.\n\nL'ingénieur Jean Rolle examinait le rapport lundi.\n", "Jean Rolle")]
    public void A_description_that_introduces_somebody_is_the_person_named_next_with_a_title_of_their_own(Language language, string text, string name) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be(name);

    [Theory]
    [InlineData(Language.English, "The bridge is “unsafe,” an engineer has claimed.\n\nThe town must close the “unsafe” bridge, an engineer has claimed.\n\nJane Rolle of the Kestrow Gazette said the bridge was old.\n", "Jane Rolle")]
    [InlineData(Language.French, "Le pont est « fragile », a estimé un expert.\n\nLa ville doit fermer le pont « fragile », a estimé un expert.\n\nJean Rolle, de la Gazette de Kestrow, a expliqué que le pont était vieux.\n", "Jean Rolle")]
    public void A_description_that_the_next_sentence_repeats_is_the_person_named_after_the_repeat(Language language, string text, string name) =>
        new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(text).Quoted()
            .Select(q => q.Speaker?.Name).Should().Equal(name, name);

    [Fact]
    public void A_description_that_introduces_somebody_is_not_the_person_named_after_another_one() =>
        s_extractor.ExtractQuotes("The bridge is “unsafe,” an engineer has claimed.\n\nThe town must close the “unsafe” bridge, a lawyer has claimed.\n\nJane Rolle of the Kestrow Gazette said the bridge was old.\n")
            .Quoted().First().Speaker?.Name.Should().NotBe("Jane Rolle");

    [Theory]
    [InlineData(Language.English, "The plan is “a disaster,” an engineer has claimed.\n\nJane Rolle, a professor at Kestrow, said the bridge was unsafe.\n")]
    [InlineData(Language.English, "The plan is “a disaster,” an engineer has claimed.\n\nJane Rolle visited the bridge on Monday.\n")]
    [InlineData(Language.English, "The plan is “a disaster,” an engineer has claimed.\n\nThe mayor was angry. Jane Rolle said the bridge was unsafe.\n")]
    [InlineData(Language.French, "« Le plan est un désastre », a estimé un expert.\n\nJean Rolle, un professeur de Kestrow, a expliqué que le pont était fragile.\n")]
    [InlineData(Language.French, "« Le plan est un désastre », a estimé un expert.\n\nJean Rolle a visité le pont lundi.\n")]
    public void A_description_that_introduces_somebody_is_not_a_person_named_otherwise(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().NotContain("Rolle");

    [Theory]
    [InlineData(Language.English, "A mother of two runs the shop.\n\nAccording to Jane Rolle, sales grew. “It is the light,” says the mother of four.\n")]
    [InlineData(Language.French, "Une mère de deux enfants tient la boutique.\n\nSelon Jeanne Rolle, les ventes ont augmenté. « C'est la lumière », dit la mère de quatre enfants.\n")]
    public void A_relation_with_another_count_is_another_person(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().Contain("Rolle");

    [Theory]
    [InlineData(Language.English, "A mother of two runs the shop.\n\nAccording to Jane Rolle, sales grew. “It is the light,” says the mother of two.\n")]
    [InlineData(Language.French, "Une mère de deux enfants tient la boutique.\n\nSelon Jeanne Rolle, les ventes ont augmenté. « C'est la lumière », dit la mère de deux enfants.\n")]
    public void A_relation_with_the_same_count_is_the_same_person(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().NotContain("Rolle");

    [Fact]
    public void A_description_with_the_main_person_as_affiliation_is_not_that_person() =>
        QuoteOf(Language.English, "“We will appeal,” Marten's lawyer said on Monday.\n\nPaul Marten visited the site. Paul Marten met workers. Marten left at noon.\n")
            .Speaker!.Name.Should().NotBe("Paul Marten");

    [Theory]
    [InlineData(Language.English, "“We will act,” said the commander of the fleet of Lyonsville, Admiral Paul Marten.\n", "Paul Marten")]
    [InlineData(Language.French, "« Nous agirons », a déclaré le ministre de l'intérieur et de la décentralisation, Paul Marten.\n", "Paul Marten")]
    public void A_long_title_before_a_name_is_that_person(Language language, string text, string name) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be(name);

    [Fact]
    public void A_name_in_the_complement_of_a_title_does_not_take_the_title()
    {
        var quote = QuoteOf(Language.French, "L'ancien conseiller de Paul Marten, Jean Rolle, a été entendu. « Je suis innocent », a déclaré Paul Marten.\n");

        quote.Speaker!.Name.Should().Be("Paul Marten");
        quote.Speaker.Title.Should().BeNull();
    }

    [Fact]
    public void A_hyphen_joins_the_words_of_a_body_in_a_title()
    {
        var quote = QuoteOf(Language.English, "“We will act,” said Minister of Crown-Municipal Relations Anne Rolle.\n");

        quote.Speaker!.Name.Should().Be("Anne Rolle");
        quote.Speaker.Title.Should().Be("Minister of Crown-Municipal Relations");
    }

    [Theory]
    [InlineData(Language.English, "Officer Paul Marten arrived first.\n\n“We saw nothing,” another officer said.\n")]
    [InlineData(Language.French, "Le policier Paul Marten est arrivé le premier.\n\n« Nous n'avons rien vu », a déclaré un policier.\n")]
    public void A_description_that_introduces_somebody_is_not_the_person_who_held_the_title(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().NotBe("Paul Marten");

    [Theory]
    [InlineData(Language.English, "Head coach Paul Marten is under fire.\n\nThe former Lyonsville general manager Paul Marten denied it. “I said nothing,” he said.\n", "Head coach")]
    [InlineData(Language.French, "Le coach du club Paul Marten est visé.\n\nL'ancien entraîneur de Villebourg Paul Marten a démenti. « Je n'ai rien dit », a-t-il déclaré.\n", "coach du club")]
    public void The_title_at_the_first_naming_is_shown_before_a_longer_later_one(Language language, string text, string title) =>
        QuoteOf(language, text).Speaker!.Title.Should().Be(title);

    [Theory]
    [InlineData(Language.English, "“We will act,” said the commander of the fleet of Lyonsville, Admiral Paul Marten.\n", "commander of the fleet of Lyonsville")]
    [InlineData(Language.French, "« Nous agirons », a déclaré le commandant de la flotte de Villebourg, le vice-amiral Paul Marten.\n", "commandant de la flotte de Villebourg")]
    public void A_role_set_before_the_name_is_shown_rather_than_the_rank_with_it(Language language, string text, string title) =>
        QuoteOf(language, text).Speaker!.Title.Should().Be(title);

    [Theory]
    [InlineData(Language.English, "Mayor Paul Marten opened the bridge.\n\n“It is ours,” the mayor of Lyonsville said.\n", "mayor of Lyonsville")]
    [InlineData(Language.French, "Le maire Paul Marten a ouvert le pont.\n\n« Il est à nous », a déclaré le maire de Villebourg.\n", "maire de Villebourg")]
    public void A_later_title_that_extends_the_first_is_shown(Language language, string text, string title) =>
        QuoteOf(language, text).Speaker!.Title.Should().Be(title);

    [Theory]
    [InlineData(Language.English, "The council met on Monday. Paul Marten (Labour) is the new mayor of the town.\n\n“We will act,” Marten said.\n", "new mayor of the town")]
    [InlineData(Language.French, "Le conseil a voté lundi. Paul Marten (PS) est le nouveau maire de la commune.\n\n« Nous agirons », a déclaré Marten.\n", "nouveau maire de la commune")]
    public void A_definite_description_after_the_name_and_a_form_of_to_be_gives_the_title(Language language, string text, string title) =>
        QuoteOf(language, text).Speaker!.Title.Should().Be(title);

    [Theory]
    [InlineData(Language.English, "Paul Marten is a good father.\n\n“We will act,” Marten said.\n")]
    [InlineData(Language.French, "Paul Marten est un bon père de famille.\n\n« Nous agirons », a déclaré Marten.\n")]
    public void An_indefinite_description_after_a_form_of_to_be_gives_no_title(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Title.Should().BeNull();

    [Theory]
    [InlineData(Language.English, "“We will act,” said the director of the museum of modern art, Anne Rolle.\n", "director of the museum of modern art")]
    [InlineData(Language.French, "« Nous agirons », a déclaré la directrice de l'Union des musiques actuelles, Anne Rolle.\n", "directrice de l'Union des musiques actuelles")]
    [InlineData(Language.French, "« Nous agirons », a déclaré le ministre de la ville et de la décentralisation, Paul Marten.\n", "ministre de la ville et de la décentralisation")]
    public void A_title_set_off_before_the_name_is_shown_with_all_its_complements(Language language, string text, string title) =>
        QuoteOf(language, text).Speaker!.Title.Should().Be(title);

    [Fact]
    public void A_title_before_the_name_is_not_shown_with_the_words_of_the_sentence_after_it()
    {
        var quote = QuoteOf(Language.English, "The candidate could win in states like Ohio, Paul Marten said. “We will act,” he added.\n");

        quote.Speaker!.Name.Should().Be("Paul Marten");
        quote.Speaker.Title.Should().NotContain("could");
    }

    [Theory]
    [InlineData(Language.English, "Director of the museum of Lyonsville, Anne Rolle said it was a shame. “We will act,” she added.\n", "Anne Rolle", "Director of the museum of Lyonsville")]
    [InlineData(Language.French, "Vice-présidente du groupe écologiste de la région, Anne Rolle a réagi. « Nous agirons », a-t-elle dit.\n", "Anne Rolle", "Vice-présidente du groupe écologiste de la région")]
    public void A_bare_title_that_opens_the_sentence_before_a_comma_and_a_name_is_that_persons(Language language, string text, string name, string title)
    {
        var speaker = QuoteOf(language, text).Speaker!;

        speaker.Name.Should().Be(name);
        speaker.Title.Should().Be(title);
    }

    [Fact]
    public void A_complement_after_a_speaker_inverted_with_the_speech_verb_is_whom_they_told_not_their_title()
    {
        var speaker = QuoteOf(Language.French, "La chercheuse Anne Rolle a reçu deux lettres.\n\n« Je n'écris plus sur ce réseau », affirme la chercheuse à Kestrow Info.\n").Speaker!;

        speaker.Name.Should().Be("Anne Rolle");
        speaker.Title.Should().Be("chercheuse");
    }

    [Theory]
    [InlineData(Language.English, "“We will act,” said the ambassador to the Kestrow Islands.\n", "ambassador to the Kestrow Islands")]
    [InlineData(Language.French, "L'ambassadrice au Palais Kestrow a déclaré : « Nous agirons. »\n", "ambassadrice au Palais Kestrow")]
    public void A_complement_of_place_stays_in_the_title_where_it_names_no_addressee(Language language, string text, string title) =>
        QuoteOf(language, text).Speaker!.Title.Should().Be(title);

    [Theory]
    [InlineData(Language.English, "Jane Roux left the Kestrow club for Lyonsville. Jane Roux is 19.\n\nPaul Marten, the former president in Lyonsville, is unhappy.\n\nThe president of the Kestrow club said: “We could have won the title.”\n")]
    [InlineData(Language.French, "Jean Roux a quitté le Kestrow Club pour Villebourg. Jean Roux a 19 ans.\n\nPaul Marten, ancien président à Villebourg, regrette ce départ.\n\nLe président du Kestrow Club a déclaré : « Nous aurions pu gagner. »\n")]
    public void A_description_stands_for_the_person_named_just_before_with_its_role_noun_though_not_its_complement(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be("Paul Marten");

    [Theory]
    [InlineData(Language.English, "Jane Roux left the Kestrow club. Jane Roux is 19.\n\nPaul Marten, the coach in Lyonsville, is unhappy.\n\nThe president of the Kestrow club said: “We could have won the title.”\n")]
    [InlineData(Language.French, "Jean Roux a quitté le Kestrow Club. Jean Roux a 19 ans.\n\nPaul Marten, entraîneur à Villebourg, regrette ce départ.\n\nLe président du Kestrow Club a déclaré : « Nous aurions pu gagner. »\n")]
    public void A_description_is_not_the_person_named_just_before_with_another_role(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().NotBe("Paul Marten");

    [Fact]
    public void A_description_is_not_a_name_that_a_preposition_governs_just_before_it() =>
        QuoteOf(Language.English, "Wanjiru Kestrel has two sons. She opened her shop around Sandy Bay Market.\n\n“We had no customers,” says the woman.\n")
            .Speaker!.Name.Should().NotBe("Sandy Bay Market");

    [Theory]
    [InlineData(Language.English, "The row between coach Jane Roux and Paul Marten went on on Monday.\n\nThe journalist of the Kestrow Post felt no threat. “I was only surprised,” the journalist said.\n")]
    [InlineData(Language.French, "La dispute entre l'entraîneuse Jeanne Roux et Paul Marten a continué lundi.\n\nLe journaliste du Kestrow Post ne s'est pas senti menacé. « J'ai seulement été surpris », a dit le journaliste.\n")]
    public void A_description_may_stand_for_a_person_named_just_before_after_a_conjunction(Language language, string text) =>
        QuoteOf(language, text).Speaker!.Name.Should().Be("Paul Marten");

    /// <summary>An apposition after a possessive (<c>Jean Roux, son ex-premier adjoint</c>) is the named person's title, not another person's.</summary>
    [Theory]
    [InlineData("The mayor said he would not resign in the case against Mark Smith, his former deputy.\n\n“I am relieved,” Mark Smith said.", "former deputy", Language.English)]
    [InlineData("Le maire a répété qu'il ne démissionnerait pas dans l'affaire visant Jean Artois, son ex-premier adjoint.\n\n« Je suis soulagé », a dit Jean Artois.", "ex-premier adjoint", Language.French)]
    public void An_apposition_after_a_possessive_is_the_named_person_s_title(string article, string title, Language language) =>
        QuoteOf(language, article).Speaker!.Title.Should().Be(title);

    /// <summary>A bare role noun of a kind of person (<c>the diplomat</c>) stands for the article's main person, though their title is another.</summary>
    [Theory]
    [InlineData(Language.English, "Deputy Foreign Minister Paul Roux rejected the plan. “We will not yield,” Paul Roux said. Paul Roux left.\n\nLast month, the president threatened his counterpart, Mark Smith, with sanctions.\n\n“We expect resistance,” the diplomat said on Sunday.\n", "Paul Roux")]
    [InlineData(Language.French, "Le vice-ministre des Affaires étrangères Paul Roux a rejeté le plan. « Nous ne céderons pas », a dit Paul Roux. Paul Roux est parti.\n\nLe mois dernier, le président a menacé son homologue, Marc Smet, de sanctions.\n\n« Nous attendons des réticences », a déclaré dimanche le diplomate.\n", "Paul Roux")]
    public void A_bare_role_noun_of_a_kind_of_person_stands_for_the_main_person_of_another_title(Language language, string text, string speaker) =>
        LastQuoteOf(language, text).Speaker!.Name.Should().Be(speaker);

    /// <summary>A role noun of a kind of person after a possessor (<c>his party's leader</c>) or an indefinite article is somebody else.</summary>
    [Theory]
    [InlineData(Language.English, "Deputy Foreign Minister Paul Roux rejected the plan. “We will not yield,” Paul Roux said. Paul Roux left.\n\n“We expect resistance,” a diplomat said on Sunday.\n")]
    [InlineData(Language.English, "Deputy Foreign Minister Paul Roux rejected the plan. “We will not yield,” Paul Roux said. Paul Roux left.\n\n“We expect resistance,” the party's leader said on Sunday.\n")]
    public void A_role_noun_of_a_kind_of_person_that_introduces_or_belongs_to_somebody_is_not_the_main_person(Language language, string text) =>
        LastQuoteOf(language, text).Speaker!.Name.Should().NotBe("Paul Roux");

    /// <summary>A role noun of a kind of person (<c>the diplomat</c>) is not shown as the title of a person that another title describes.</summary>
    [Theory]
    [InlineData(Language.English, "The Russian deputy foreign minister warned on Sunday that talks could end.\n\nRussia will make no concession, Paul Roux said on Sunday. “It is out of the question,” Paul Roux said.\n\nThe diplomat said he was “disappointed” by the signals.\n", "deputy foreign minister")]
    [InlineData(Language.French, "Le vice-ministre russe des Affaires étrangères a prévenu dimanche que les discussions pourraient cesser.\n\nLa Russie ne fera aucune concession, a affirmé dimanche Paul Roux. « C'est exclu », a insisté Paul Roux.\n\nLe diplomate s'est dit « déçu » par les signaux.\n", "vice-ministre russe des Affaires étrangères")]
    public void A_role_noun_of_a_kind_of_person_is_no_title_shown_beside_a_precise_one(Language language, string text, string title) =>
        LastQuoteOf(language, text).Speaker!.Title.Should().Be(title);

    /// <summary>A role noun of a kind of person stands for the person named just before, though their title is another.</summary>
    [Theory]
    [InlineData(Language.English, "Envoy Mark Smet arrived on Friday. Mark Smet met the press.\n\nDeputy Foreign Minister Paul Roux spoke on Sunday. “We will not yield,” Roux told reporters.\n\nThe senior diplomat said: “The talks will be difficult.”\n")]
    [InlineData(Language.French, "L'envoyé Marc Smet est arrivé vendredi. Marc Smet a vu la presse.\n\nLe vice-ministre des Affaires étrangères Paul Roux s'est exprimé dimanche. « Nous ne céderons pas », a dit Roux.\n\nLe diplomate a ajouté : « Les discussions seront difficiles. »\n")]
    public void A_role_noun_of_a_kind_of_person_stands_for_the_person_named_just_before(Language language, string text) =>
        LastQuoteOf(language, text).Speaker!.Name.Should().Be("Paul Roux");
}
