using QuoteExtraction.Attribution;
using QuoteExtraction.Attribution.Sieves;

namespace QuoteExtraction.Tests.Attribution;

/// <summary>The grammar the sieves share to tell a speech verb's subject from the other nouns of its sentence.</summary>
public class CueGrammarTests
{
    /// <summary>A verb after the noun of a speech verb's adjunct (<c>in a note published Monday</c>) modifies that noun: the noun says nothing.</summary>
    [Theory]
    [InlineData("“We expect growth,” the bank said in a note published Monday. “The shift could help.”", "The shift", "the bank")]
    [InlineData("“We expect growth,” the council said in a statement issued late on Friday. “Taxes will fall.”", "Taxes will", "the council")]
    public void A_verb_that_modifies_an_adjuncts_noun_gives_that_noun_no_words(string article, string quoteStart, string mention)
    {
        using var scene = new AttributionScene(article);
        int quote = scene.QuoteStarting(quoteStart);

        new PreviousSentenceCueSieve().Attribute(scene.Context, quote).Should().BeNull();
        var kept = Attributor.Attribute(scene.Context, scene.Resolver, quote);

        kept.Should().NotBeNull();
        scene.MentionText(kept!.Value.Mention).Should().Be(mention);
    }

    /// <summary>Verbs of manner and of opinion report the words they follow or precede, and <c>in the words of</c> names a source.</summary>
    [Theory]
    [InlineData("“This is fantastic!” beamed Jane Doe, who came early.", "Jane Doe")]
    [InlineData("During the first debate, Jane Doe cracked, “I am not tired yet.”", "Jane Doe")]
    [InlineData("“Owners should stay home,” opined the Springfield Gazette.", "Springfield Gazette")]
    [InlineData("Mark Smith confided to her that the plan was “a total mess.”", "Mark Smith")]
    [InlineData("The mayor does not like “surprises,” in the words of Jane Doe, and left early.", "Jane Doe")]
    public void A_speech_verb_or_source_phrase_names_the_speaker(string article, string speaker)
    {
        var quote = new QuoteExtractor().ExtractQuotes(article).Quoted().Single();

        quote.Speaker!.Name.Should().EndWith(speaker);
    }

    /// <summary>A name in apposition after a phrase that names nobody is the person who speaks, though no list knows the first name.</summary>
    [Theory]
    [InlineData("Another villager, Zorbek Quelmar, said they go for days without water.\n\n“We have no water.”", "Zorbek Quelmar", Language.English)]
    [InlineData("Une autre villageoise, Zorbeka Quelmar, a raconté qu'ils manquaient d'eau.\n\n« Nous n'avons plus d'eau. »", "Zorbeka Quelmar", Language.French)]
    public void A_name_in_apposition_after_a_phrase_that_names_nobody_speaks(string article, string speaker, Language language)
    {
        SpeakerOfTheQuote(article, language).Should().Be(speaker);
    }

    /// <summary>An infinitive that says nothing of speech alone reports it after the causative auxiliary, and only there.</summary>
    [Theory]
    [InlineData("« Nous partirons demain », a fait valoir la ministre au quotidien régional.", "ministre")]
    [InlineData("« Nous partirons demain », a fait savoir Jeanne Roux.", "Jeanne Roux")]
    [InlineData("« Nous partirons demain », fait comprendre le maire.", "maire")]
    public void A_causative_auxiliary_makes_its_infinitive_report_speech(string article, string speaker)
    {
        SpeakerOfTheQuote(article, Language.French).Should().EndWith(speaker);
    }

    [Fact]
    public void An_infinitive_of_the_causative_list_reports_no_speech_alone()
    {
        var quote = new QuoteExtractor(new QuoteExtractorOptions { Language = Language.French })
            .ExtractQuotes("« Nous partirons demain », veut savoir la ministre.").Quoted().Single();

        quote.Speaker.Should().BeNull();
    }

    /// <summary>A name a preposition governs, then its apposition between commas, completes the phrase before it: that phrase is the verb's subject.</summary>
    [Theory]
    [InlineData("A spokesman for Jane Roe, the mayor, said: “We will leave.”", "A spokesman", Language.English)]
    [InlineData("Le porte-parole de Marie Lenoir, la maire, a déclaré : « Nous partirons. »", "Le porte-parole", Language.French)]
    public void The_phrase_a_name_and_its_apposition_complete_is_the_subject_of_the_verb(string article, string mention, Language language)
    {
        var quote = new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(article).Quoted().Single();

        quote.Rule.Should().Be("speaker-cue-quote");
        quote.SpeakerMention!.Value.Text.Should().Be(mention);
    }

    /// <summary>An incise between commas right before a quote puts its subject after the verb; a verb's addressee or the subject of the quoted words does not speak.</summary>
    [Theory]
    [InlineData("Le père, Paul Roux, est rentré chez lui, a précisé le policier, « il demande justice ».", "le policier", Language.French)]
    [InlineData("The father, Mark Smith, came home, explained the officer, “he wants justice.”", "the officer", Language.English)]
    [InlineData("Jane Roe, who runs the shop, told reporters, “he was never there.”", "Jane Roe", Language.English)]
    [InlineData("Jane Roe, who runs the shop, said Mark Smith “was never there.”", "Jane Roe", Language.English)]
    public void An_incise_before_a_quote_names_its_speaker_after_the_verb(string article, string speaker, Language language)
    {
        SpeakerOfTheQuote(article, language).Should().Be(speaker);
    }

    /// <summary>After an inverted speech verb, a phrase that names nobody and a comma, the person named in apposition speaks, though the quote spans two sentences.</summary>
    [Theory]
    [InlineData("Kestrovia ruled out any “concession” on Sunday.\n\n“We will not yield. It is out of the question,” said the number two of the delegation, Paul Roux, on Sunday.", "Paul Roux", Language.English)]
    [InlineData("La Kestrovie a exclu toute « concession » dimanche.\n\n« Nous ne céderons pas. C'est exclu », a martelé le numéro deux de la délégation, Paul Roux, cité par une agence.", "Paul Roux", Language.French)]
    public void A_person_in_apposition_after_a_phrase_that_names_nobody_speaks_after_an_inverted_verb(string article, string speaker, Language language)
    {
        new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(article).Quoted().Last().Speaker!.Name.Should().Be(speaker);
    }

    /// <summary>A bare role or body noun after a possessive that speaks is the possessor's agent, not the possessor named before.</summary>
    [Theory]
    [InlineData("Mark Smith was fined on Monday. “We will appeal,” his spokesman said.", "spokesman", Language.English)]
    [InlineData("Mark Smith was fined on Monday. Her lawyer said: “She did nothing wrong.”", "lawyer", Language.English)]
    [InlineData("Jeanne Roux a été condamnée lundi. « Nous ferons appel », a déclaré son avocat.", "avocat", Language.French)]
    [InlineData("Mark Smith was fined on Monday. “We will appeal,” his office said.", "office", Language.English)]
    [InlineData("Jeanne Roux a été condamnée lundi. « Nous ferons appel », a indiqué son cabinet.", "cabinet", Language.French)]
    public void A_role_noun_after_a_possessive_speaks_for_itself(string article, string speaker, Language language)
    {
        SpeakerOfTheQuote(article, language).Should().Be(speaker);
    }

    /// <summary>A long clause that opens the sentence, up to its comma, holds no subject: the name after it is the one who spoke.</summary>
    [Theory]
    [InlineData("After the meeting of Nevada Democrats on Saturday ended in chaos when many hopeful delegates were turned away at the door, Jane Marlow, the party chairwoman, said she had received threats.\n\n“The campaign stirred it all up,” she said.", "Jane Marlow", Language.English)]
    public void A_long_opening_clause_holds_no_subject(string article, string speaker, Language language)
    {
        SpeakerOfTheQuote(article, language).Should().Be(speaker);
    }

    /// <summary>
    /// A conjunction that opens the sentence leaves its subject first: a later pronoun takes up that subject, not a person
    /// named before it in the paragraph.
    /// </summary>
    [Theory]
    [InlineData("Mary Smith highlighted endorsements from local leaders. But state Rep. Jane Marlow, a member of the county board, recalled what happened in 2008 to point out that Smith’s lead could erode.\n\n“The vote is not a monolith,” she said.", "Jane Marlow", Language.English)]
    [InlineData("Marie Dupont a mis en avant le soutien des élus locaux. Mais la députée Jeanne Roux, membre du conseil départemental, a rappelé ce qui s’était passé en 2008 pour souligner que l’avance de Dupont pouvait fondre.\n\n« Le vote n’est pas acquis », a-t-elle dit.", "Jeanne Roux", Language.French)]
    public void A_subject_after_an_opening_conjunction_is_salient(string article, string speaker, Language language)
    {
        SpeakerOfTheQuote(article, language).Should().Be(speaker);
    }

    /// <summary>An object pronoun right after a source marker names the source, resolved like a subject pronoun.</summary>
    [Theory]
    [InlineData("Mayor Jane Roe visited the site on Monday. According to her, the works are “a total success.”", "Jane Roe", Language.English)]
    [InlineData("Mayor Mark Smith visited the site on Monday. The works are “a total success,” according to him.", "Mark Smith", Language.English)]
    [InlineData("Le maire Jean Roux a visité le chantier lundi. Selon lui, les travaux sont « une réussite totale ».", "Jean Roux", Language.French)]
    [InlineData("Le maire Jean Roux a visité le chantier lundi. Les travaux sont, selon lui à Villebourg, « une réussite totale ».", "Jean Roux", Language.French)]
    public void An_object_pronoun_after_a_source_marker_names_the_source(string article, string speaker, Language language)
    {
        SpeakerOfTheQuote(article, language).Should().Be(speaker);
    }

    /// <summary>Elsewhere an object pronoun is no mention: it never speaks.</summary>
    [Theory]
    [InlineData("Jane Roe met Mark Smith on Monday. She told him: “We will win.”", "Jane Roe", Language.English)]
    [InlineData("Jeanne Roux a croisé Paul Martin lundi. Elle lui a dit : « Nous gagnerons. »", "Jeanne Roux", Language.French)]
    public void An_object_pronoun_elsewhere_is_no_speaker(string article, string speaker, Language language)
    {
        SpeakerOfTheQuote(article, language).Should().Be(speaker);
    }

    /// <summary>« l'intéressé » is the person the article is about, not the latest subject named before it.</summary>
    [Theory]
    [InlineData("Paul Martin, maire de Villebourg, est visé par une enquête. Paul Martin conteste les faits.\n\nLe même jour, Jacques Roy, secrétaire général du parti, annonce une procédure d’exclusion contre Paul Martin. « Je suis profondément meurtri », réagit l’intéressé.", "Paul Martin", Language.French)]
    public void The_person_concerned_is_the_articles_main_person(string article, string speaker, Language language)
    {
        SpeakerOfTheQuote(article, language).Should().Be(speaker);
    }

    /// <summary>The thing a person reports on (<c>said it would tell</c>) does not speak: the reporting verb's subject does.</summary>
    [Theory]
    [InlineData("Mayor Jane Roe, opening the Museum of Modern Art on Saturday, said it would tell an old story, one of “suffering and delight.”", "Jane Roe", Language.English)]
    public void A_thing_a_person_reports_on_is_no_speaker(string article, string speaker, Language language)
    {
        SpeakerOfTheQuote(article, language).Should().Be(speaker);
    }

    /// <summary>Of two people named as one subject of a speech verb, the first is credited with the words.</summary>
    [Theory]
    [InlineData("Jane Roe and Mark Smith said the plan was “a trap.”", "Jane Roe", Language.English)]
    [InlineData("Jeanne Roux et Paul Martin ont déclaré : « C’est un piège. »", "Jeanne Roux", Language.French)]
    public void The_first_of_two_people_named_as_one_subject_speaks(string article, string speaker, Language language)
    {
        SpeakerOfTheQuote(article, language).Should().Be(speaker);
    }

    /// <summary>The possessor of a speech noun owns the words, past the adjectives between them, but not past a function word.</summary>
    [Theory]
    [InlineData("For example, Jane Doe's recent evidence-free assertion that “thousands” of fans cheered was wrong.", "Jane Doe")]
    [InlineData("Mark Smith's oft-repeated evidence-free assertion that the vote was “rigged” fell flat.", "Mark Smith")]
    [InlineData("Mark Smith's suggestion at the debate that she was “likable enough” hurt him.", "Mark Smith")]
    [InlineData("Jane Doe's earlier missive was mocked for its claim that the mayor would be “the finest ever.”", "Jane Doe")]
    public void The_possessor_of_a_speech_noun_owns_the_words(string article, string speaker)
    {
        SpeakerOfTheQuote(article, Language.English).Should().Be(speaker);
    }

    /// <summary>A negation that ends the quote's own words (<c>"No," said X</c>) denies nothing of the cue after it.</summary>
    [Theory]
    [InlineData("“Will he change? No,” said Jane Doe, who lives nearby.", "Jane Doe", Language.English)]
    [InlineData("“Will you quit? Never,” said Mark Smith.", "Mark Smith", Language.English)]
    [InlineData("« Va-t-il céder ? Jamais », dit Jeanne Roy.", "Jeanne Roy", Language.French)]
    public void A_negation_inside_the_quote_does_not_deny_the_cue(string article, string speaker, Language language)
    {
        SpeakerOfTheQuote(article, language).Should().Be(speaker);
    }

    /// <summary>
    /// A participle that a comma joins to a speech verb (<c>…, Jane Roe said, adding …</c>) goes on with that verb's speaker,
    /// after the verb when it is inverted, not with the subject of the words reported before it.
    /// </summary>
    [Theory]
    [InlineData("The two leaders will meet next week, Jane Roe said Tuesday, adding that the talks “could last for days.”", "Jane Roe", Language.English)]
    [InlineData("The mayor broke the rules, said Jane Roe, noting that he had been “warned twice.”", "Jane Roe", Language.English)]
    [InlineData("Mark Smith posted a comment of his own, saying the plan was “a disgrace.”", "Mark Smith", Language.English)]
    [InlineData("Mark Smith, a senator, praised Jane Roe for her work, calling it “a true feat.”", "Mark Smith", Language.English)]
    [InlineData("L'enquête vise l'ancien maire du village, a confirmé Jeanne Roy, ajoutant que des perquisitions « sont en cours ».", "Jeanne Roy", Language.French)]
    [InlineData("Le suspect était « recherché », a indiqué le ministère dans un communiqué, précisant que sa fuite « a échoué ».", "ministère", Language.French)]
    public void A_participle_after_a_speech_verb_goes_on_with_its_speaker(string article, string speaker, Language language)
    {
        var quote = new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(article).Quoted()[^1];

        quote.Speaker!.Name.Should().EndWith(speaker);
    }

    /// <summary>After a comparison that takes up the words (<c>comme le décrit</c>), the speaker follows the speech verb.</summary>
    [Theory]
    [InlineData("Le « voisin discret », comme le décrit le journal, a quitté la ville.", "voisin", "le journal")]
    [InlineData("La réforme est « une erreur », comme l’a rappelé lundi le ministre Marc Roux.", "une erreur", "le ministre Marc Roux")]
    [InlineData("Comme le souligne la chercheuse Jeanne Roy, le projet reste « fragile ».", "fragile", "la chercheuse Jeanne Roy")]
    public void A_speaker_after_a_comparison_and_its_verb_speaks(string article, string quoteStart, string mention)
    {
        using var scene = new AttributionScene(article, Language.French);
        int quote = scene.QuoteStarting(quoteStart);

        var found = new InSentenceCueSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().Be(mention);
    }

    /// <summary>The names of a short adjunct that opens the sentence are not its subject.</summary>
    [Theory]
    [InlineData("After the Springfield vote, Senator Jane Doe and her staff, after a long day of hearings, insisted on “a full inquiry.”", "a full", "Senator Jane Doe", Language.English)]
    [InlineData("Après le vote de Lyon, la maire Jeanne Roy et son équipe, après une longue journée, ont réclamé « une enquête ».", "une enquête", "la maire Jeanne Roy", Language.French)]
    public void A_name_in_an_opening_adjunct_is_no_sentence_subject(string article, string quoteStart, string mention, Language language)
    {
        using var scene = new AttributionScene(article, language);
        int quote = scene.QuoteStarting(quoteStart);

        var found = new InSentenceCueSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().Be(mention);
    }

    /// <summary>A speech verb's subject stands inside its own clause, after the word that opens it, and an absolute clause's participle has its own subject.</summary>
    [Theory]
    [InlineData("Russia, a country popular in Springfield, is a power that the former nominee, Mark Smith, called “our top foe.”", "our top", "the former nominee", Language.English)]
    [InlineData("Lyon, une ville chère à Paris, est une rivale que l’ancienne ministre, Jeanne Roy, a qualifiée de « grande menace ».", "grande", "l’ancienne ministre", Language.French)]
    [InlineData("The rally at Springfield turned ugly, with Mayor Jane Doe reportedly yelling: “Get out of here!”", "Get out", "Mayor Jane Doe", Language.English)]
    public void A_speech_verb_takes_the_subject_of_its_own_clause(string article, string quoteStart, string mention, Language language)
    {
        using var scene = new AttributionScene(article, language);
        int quote = scene.QuoteStarting(quoteStart);

        var found = new BeforeQuoteCueSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().Be(mention);
    }

    /// <summary>The agent of a passive speech verb speaks, unless it only reports the subject's words.</summary>
    [Theory]
    [InlineData("Jane Doe was asked by host Mark Smith whether the plan would risk “adding another costly program” to the budget.", "adding", "host Mark Smith")]
    [InlineData("Senator Jane Doe was quoted by the Springfield Gazette as saying the plan was “a disaster.”", "a disaster", "Senator Jane Doe")]
    public void The_agent_of_a_passive_speech_verb_speaks(string article, string quoteStart, string mention)
    {
        using var scene = new AttributionScene(article);
        int quote = scene.QuoteStarting(quoteStart);

        var found = new InSentenceCueSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().Be(mention);
    }

    /// <summary>The object of the verb that closes a split quote's first part does not speak its second part.</summary>
    [Fact]
    public void The_object_of_the_verb_closing_a_split_quotes_first_part_does_not_speak_its_second()
    {
        using var scene = new AttributionScene("“The plan is dead,” Jane Doe, the former mayor of Springfield, told Channel Nine. “We lost the vote.”");
        int quote = scene.QuoteStarting("We lost");

        // The comma before "told" closes the apposition: "Channel Nine" is no inverted subject.
        var found = new PreviousSentenceCueSieve().Attribute(scene.Context, quote);
        var kept = Attributor.Attribute(scene.Context, scene.Resolver, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().NotContain("Channel Nine");
        kept.Should().NotBeNull();
        scene.MentionText(kept!.Value.Mention).Should().Be("Jane Doe");
    }

    /// <summary>The speaker's name of the one direct quote of <paramref name="article"/>, read in <paramref name="language"/>.</summary>
    private static string? SpeakerOfTheQuote(string article, Language language) =>
        new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(article).Quoted().Single().Speaker?.Name;
}
