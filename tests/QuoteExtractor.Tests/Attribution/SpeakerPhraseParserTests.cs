using QuoteExtraction.Attribution;

namespace QuoteExtraction.Tests.Attribution;

/// <summary>
/// Each part parser of <see cref="SpeakerPhraseParser"/> alone, on a phrase set up by hand as the
/// parts before it would leave it, in English and in French.
/// </summary>
public class SpeakerPhraseParserTests
{
    [Theory]
    [InlineData("the minister said.", true)]
    [InlineData("several officials said.", true)]
    [InlineData("Ryabkov said.", false)]
    public void Determiner_reads_an_opening_article_or_quantifier(string text, bool expected)
    {
        using var document = PhraseDocument.English(text);
        var phrase = new SpeakerPhrase(0, document.Document.Sentences[0]);

        document.Parser.Determiner(ref phrase);

        phrase.HasDeterminer.Should().Be(expected);
        phrase.End.Should().Be(expected ? 1 : 0);
    }

    [Fact]
    public void Determiner_reads_a_french_article()
    {
        using var document = PhraseDocument.French("la ministre a déclaré.");
        var phrase = document.PhraseAt("la");

        document.Parser.Determiner(ref phrase);

        phrase.AfterDeterminer.Should().Be(document.IndexOf("ministre"));
    }

    [Fact]
    public void Honorific_tells_the_gender_and_names_a_person()
    {
        using var document = PhraseDocument.English("Mr. Smith said.");
        var phrase = document.PhraseAt("Mr.");

        document.Parser.Honorific(ref phrase).Should().BeTrue();

        phrase.HasHonorific.Should().BeTrue();
        phrase.Gender.Should().Be(Gender.Male);
        phrase.End.Should().Be(document.IndexOf("Smith"));
    }

    [Fact]
    public void Honorific_after_a_name_makes_the_name_its_place()
    {
        using var document = PhraseDocument.English("Indiana Gov. Mike Pence said.");
        var phrase = document.PhraseAt("Indiana");
        phrase.NameFirst = phrase.Start;
        phrase.End = document.IndexOf("Gov.");

        document.Parser.Honorific(ref phrase).Should().BeTrue();

        phrase.Affiliation.Should().Be("Indiana");
        phrase.HasName.Should().BeFalse();
        phrase.End.Should().Be(document.IndexOf("Mike"));
    }

    [Fact]
    public void Honorific_steps_over_the_french_article_before_a_role_noun()
    {
        using var document = PhraseDocument.French("Mme la ministre a déclaré.");
        var phrase = document.PhraseAt("Mme");

        document.Parser.Honorific(ref phrase).Should().BeTrue();

        phrase.Gender.Should().Be(Gender.Female);
        phrase.End.Should().Be(document.IndexOf("ministre"));
    }

    [Fact]
    public void Honorific_leaves_any_other_word()
    {
        using var document = PhraseDocument.English("Smith said.");
        var phrase = document.PhraseAt("Smith");

        document.Parser.Honorific(ref phrase).Should().BeFalse();

        phrase.End.Should().Be(phrase.Start);
        phrase.HasHonorific.Should().BeFalse();
    }

    [Fact]
    public void Title_reads_nationality_modifiers_and_role_noun_up_to_the_name()
    {
        using var document = PhraseDocument.English("Russian Deputy Foreign Minister Sergei Ryabkov said.");
        var phrase = document.PhraseAt("Russian");

        ReadTitle(document, ref phrase);

        phrase.End.Should().Be(document.IndexOf("Sergei"));
        phrase.Affiliation.Should().Be("Russia");
        document.TextOf(phrase.TitleFirst, phrase.TitleEnd).Should().Be("Deputy Foreign Minister");
        phrase.Head.Should().Be(document.IndexOf("Minister"));
    }

    [Fact]
    public void Title_takes_lower_case_nouns_before_a_role_noun_as_its_modifiers()
    {
        using var document = PhraseDocument.English("a law enforcement official said.");
        var phrase = document.PhraseAt("law");

        ReadTitle(document, ref phrase);

        document.TextOf(phrase.TitleFirst, phrase.TitleEnd).Should().Be("law enforcement official");
        phrase.Head.Should().Be(document.IndexOf("official"));
    }

    [Theory]
    [InlineData("The plan makes strides toward improving teacher pay.", "improving")]
    [InlineData("The city saves money by hiring police officers.", "hiring")]
    public void A_gerund_after_a_preposition_is_no_modifier_of_the_role_noun_after_it(string sentence, string gerund)
    {
        using var document = PhraseDocument.English(sentence);
        var phrase = document.PhraseAt(gerund);

        document.Parser.TitleWord(ref phrase).Should().BeFalse();
        phrase.End.Should().Be(document.IndexOf(gerund));
    }

    [Fact]
    public void A_listed_modifier_with_a_participle_ending_still_opens_a_title_after_a_preposition()
    {
        using var document = PhraseDocument.English("The board voted for acting director Jane Roe.");
        var phrase = document.PhraseAt("acting");

        document.Parser.TitleWord(ref phrase).Should().BeTrue();
    }

    [Fact]
    public void Title_takes_the_gender_of_a_french_role_noun_from_its_article()
    {
        using var document = PhraseDocument.French("la ministre a déclaré.");
        var phrase = document.PhraseAt("la");
        phrase.AfterDeterminer = phrase.End = phrase.Start + 1;

        document.Parser.TitleWord(ref phrase).Should().BeTrue();

        phrase.Head.Should().Be(document.IndexOf("ministre"));
        phrase.Gender.Should().Be(Gender.Female);
    }

    [Fact]
    public void Title_takes_a_possessive_before_a_title_as_the_affiliation()
    {
        using var document = PhraseDocument.English("Pfizer's chief executive Albert Bourla said.");
        var phrase = document.PhraseAt("Pfizer's");

        document.Parser.TitleWord(ref phrase).Should().BeTrue();

        phrase.Affiliation.Should().Be("Pfizer");
        phrase.HasName.Should().BeFalse();
        phrase.IsComplete.Should().BeFalse();
        phrase.End.Should().Be(document.IndexOf("chief"));
    }

    [Fact]
    public void Title_ends_the_phrase_at_a_possessive_before_anything_else()
    {
        using var document = PhraseDocument.English("Hillary Clinton's dog barked.");
        var phrase = document.PhraseAt("Hillary");
        phrase.NameFirst = phrase.Start;
        phrase.End = document.IndexOf("Clinton's");

        document.Parser.TitleWord(ref phrase).Should().BeTrue();

        phrase.IsComplete.Should().BeTrue();
        phrase.NameFirst.Should().Be(phrase.Start);
        phrase.End.Should().Be(document.IndexOf("dog"));
        phrase.Affiliation.Should().BeNull();
    }

    [Fact]
    public void Title_takes_a_noun_before_a_title_word_into_the_affiliation()
    {
        using var document = PhraseDocument.English("Tulsa police Chief Chuck Jordan said.");
        var phrase = document.PhraseAt("Tulsa");
        phrase.NameFirst = phrase.Start;
        phrase.End = document.IndexOf("police");

        document.Parser.TitleWord(ref phrase).Should().BeTrue();

        phrase.Affiliation.Should().Be("Tulsa police");
        phrase.HasName.Should().BeFalse();
        phrase.End.Should().Be(document.IndexOf("Chief"));
    }

    [Fact]
    public void Title_ends_the_phrase_at_a_group_noun_with_its_french_nationality()
    {
        using var document = PhraseDocument.French("plusieurs responsables occidentaux ont déclaré.");
        var phrase = document.PhraseAt("plusieurs");
        phrase.AfterDeterminer = phrase.End = phrase.Start + 1;

        document.Parser.TitleWord(ref phrase).Should().BeTrue();

        phrase.IsComplete.Should().BeTrue();
        phrase.Head.Should().Be(document.IndexOf("responsables"));
        phrase.Affiliation.Should().Be("West");
        phrase.End.Should().Be(document.IndexOf("ont"));
    }

    [Fact]
    public void Title_ends_the_phrase_at_a_source_noun_whose_name_run_is_the_affiliation()
    {
        using var document = PhraseDocument.English("the IMF report said.");
        var phrase = document.PhraseAt("the");
        phrase.AfterDeterminer = phrase.Start + 1;
        phrase.NameFirst = document.IndexOf("IMF");
        phrase.End = document.IndexOf("report");

        document.Parser.TitleWord(ref phrase).Should().BeTrue();

        phrase.IsSource.Should().BeTrue();
        phrase.IsComplete.Should().BeTrue();
        phrase.Affiliation.Should().Be("IMF");
        phrase.Head.Should().Be(document.IndexOf("report"));
    }

    [Fact]
    public void Title_leaves_a_source_noun_that_opens_the_phrase()
    {
        using var document = PhraseDocument.English("report said.");
        var phrase = document.PhraseAt("report");

        document.Parser.TitleWord(ref phrase).Should().BeFalse();

        phrase.Head.Should().Be(-1);
    }

    [Fact]
    public void Title_leaves_a_capitalized_role_noun_right_after_a_name()
    {
        using var document = PhraseDocument.English("Charlie King said.");
        var phrase = document.PhraseAt("Charlie");
        phrase.NameFirst = phrase.Start;
        phrase.End = document.IndexOf("King");

        document.Parser.TitleWord(ref phrase).Should().BeFalse();

        phrase.NameFirst.Should().Be(phrase.Start);
    }

    [Theory]
    [InlineData("Cuban said.", false)]
    [InlineData("Republican claims were false.", true)]
    public void Title_takes_a_party_before_a_speech_verb_but_leaves_a_nationality_as_a_surname(string text, bool taken)
    {
        using var document = PhraseDocument.English(text);
        var phrase = new SpeakerPhrase(0, document.Document.Sentences[0]);

        document.Parser.TitleWord(ref phrase).Should().Be(taken);

        phrase.LastNationality.Should().Be(taken ? 0 : -1);
    }

    [Fact]
    public void Title_after_the_head_takes_a_french_nationality_adjective_as_the_affiliation()
    {
        using var document = PhraseDocument.French("le vice-ministre russe Sergueï Riabkov a déclaré.");
        var phrase = RoleNounRead(document, "le", "vice-ministre");

        document.Parser.TitleWordAfterHead(ref phrase).Should().BeTrue();

        phrase.Affiliation.Should().Be("Russia");
        phrase.TitleEnd.Should().Be(document.IndexOf("Sergueï"));
        phrase.End.Should().Be(phrase.TitleEnd);
    }

    [Fact]
    public void Title_after_the_head_takes_a_french_modifier()
    {
        using var document = PhraseDocument.French("la secrétaire générale a déclaré.");
        var phrase = RoleNounRead(document, "la", "secrétaire");

        document.Parser.TitleWordAfterHead(ref phrase).Should().BeTrue();

        document.TextOf(phrase.TitleFirst, phrase.TitleEnd).Should().Be("secrétaire générale");
        phrase.Affiliation.Should().BeNull();
    }

    [Fact]
    public void Title_after_the_head_takes_no_modifier_in_english()
    {
        using var document = PhraseDocument.English("the secretary general said.");
        var phrase = RoleNounRead(document, "the", "secretary");

        document.Parser.TitleWordAfterHead(ref phrase).Should().BeFalse();

        phrase.TitleEnd.Should().Be(document.IndexOf("general"));
    }

    [Fact]
    public void Complement_ends_the_title_before_a_persons_name()
    {
        using var document = PhraseDocument.English("Secretary of State Mike Pompeo said.");
        var phrase = RoleNounRead(document, "Secretary", "Secretary");

        document.Parser.Complement(ref phrase).Should().BeTrue();

        document.TextOf(phrase.TitleFirst, phrase.TitleEnd).Should().Be("Secretary of State");
        phrase.Affiliation.Should().Be("State");
        phrase.End.Should().Be(document.IndexOf("Mike"));
    }

    [Fact]
    public void Complement_reads_a_french_body_after_du()
    {
        using var document = PhraseDocument.French("le porte-parole du Kremlin a déclaré.");
        var phrase = RoleNounRead(document, "le", "porte-parole");

        document.Parser.Complement(ref phrase).Should().BeTrue();

        phrase.Affiliation.Should().Be("Kremlin");
        phrase.End.Should().Be(document.IndexOf("a"));
    }

    [Fact]
    public void Complement_takes_a_french_nationality_adjective_after_a_lower_case_noun_as_the_affiliation()
    {
        using var document = PhraseDocument.French("le chef de la diplomatie européenne a déclaré.");
        var phrase = RoleNounRead(document, "le", "chef");

        document.Parser.Complement(ref phrase).Should().BeTrue();

        document.TextOf(phrase.TitleFirst, phrase.TitleEnd).Should().Be("chef de la diplomatie européenne");
        phrase.Affiliation.Should().Be("European Union");
    }

    [Theory]
    [InlineData("La procureure de la République de Lyon Anne Roy a déclaré.", "procureure de la République de Lyon", "Anne Roy")]
    [InlineData("le ministre de la Ville et du Logement Paul Martin a déclaré.", "ministre de la Ville et du Logement", "Paul Martin")]
    public void Parse_reads_stacked_and_coordinated_french_complements_up_to_the_name(string text, string title, string name)
    {
        using var document = PhraseDocument.French(text);

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.TitleFirst, mention.TitleEnd).Should().Be(title);
        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be(name);
    }

    [Theory]
    [InlineData("en", "the mother of three said.", "the mother of three")]
    [InlineData("fr", "la mère de trois enfants a déclaré.", "la mère de trois enfants")]
    public void Parse_reads_a_count_after_a_relation_noun_as_its_complement(string language, string text, string phrase)
    {
        using var document = language == "fr" ? PhraseDocument.French(text) : PhraseDocument.English(text);

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        mention.Type.Should().Be(MentionType.Description);
        document.TextOf(mention.First, mention.End).Should().Be(phrase);
    }

    [Theory]
    [InlineData("fr", "le ministre Nouveau Cap Paul Martin a déclaré.", "Paul Martin")]
    [InlineData("en", "the deputy minister Green Wave Mark Smith said.", "Mark Smith")]
    [InlineData("fr", "le ministre Paul Martin a déclaré.", "Paul Martin")]
    [InlineData("fr", "le député fédéral PLR Paul Martin a déclaré.", "Paul Martin")]
    [InlineData("en", "the state senator GOP Mark Smith said.", "Mark Smith")]
    public void Parse_takes_a_label_between_the_title_and_a_first_name_as_no_part_of_the_name(string language, string text, string name)
    {
        using var document = PhraseDocument.For(language, text);

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be(name);
    }

    [Theory]
    [InlineData("fr", "le ministre Paul De Vaux a déclaré.", "Paul De Vaux")]
    [InlineData("en", "the actor Robert De Vaux said.", "Robert De Vaux")]
    [InlineData("fr", "M. De Vaux a déclaré.", "De Vaux")]
    [InlineData("fr", "Mme Le Vaux a déclaré.", "Le Vaux")]
    [InlineData("en", "Mr. De Vaux said.", "De Vaux")]
    public void Parse_reads_a_capitalized_particle_after_a_first_name_or_an_honorific_into_the_surname(string language, string text, string name)
    {
        using var document = PhraseDocument.For(language, text);

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be(name);
    }

    [Theory]
    [InlineData("fr", "Une source proche du dossier a déclaré.", "Une source")]
    [InlineData("en", "A source close to the case said.", "A source")]
    public void Parse_reads_an_unnamed_source_as_a_person_described(string language, string text, string phrase)
    {
        using var document = PhraseDocument.For(language, text);

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        mention.Type.Should().Be(MentionType.Description);
        mention.IsPerson.Should().BeTrue();
        document.TextOf(mention.First, mention.End).Should().Be(phrase);
    }

    [Theory]
    [InlineData("fr", "Il a déclaré à la BNT Paul Martin, maire.", "BNT", "Paul Martin")]
    [InlineData("en", "He told NBC Mark Smith, a teacher.", "NBC", "Mark Smith")]
    [InlineData("fr", "Il a déclaré à la BNT Zorbek Quelmar, maire.", "BNT", "Zorbek Quelmar")]
    [InlineData("en", "He told NBC Zorbek Quelmar, a teacher.", "NBC", "Zorbek Quelmar")]
    public void Parse_ends_an_acronym_before_a_person_named_after_it(string language, string text, string acronym, string name)
    {
        using var document = PhraseDocument.For(language, text);
        var sentence = document.Document.Sentences[0];

        var body = document.Parser.Parse(document.IndexOf(acronym), sentence, inside: false)!;
        var person = document.Parser.Parse(body.End, sentence, inside: false)!;

        document.TextOf(body.NameFirst, body.NameEnd).Should().Be(acronym);
        document.TextOf(person.NameFirst, person.NameEnd).Should().Be(name);
    }

    [Theory]
    [InlineData("He told ACME Security Council members.", "ACME Security Council members")]
    [InlineData("The ACME Zorbek Quelmar said.", "The ACME Zorbek Quelmar")]
    public void Parse_reads_a_name_unknown_to_the_lists_after_an_acronym_as_one_body_but_after_a_speech_verb(string text, string phrase)
    {
        using var document = PhraseDocument.English(text);

        var mention = document.Parser.Parse(document.IndexOf(phrase.Split(' ')[0]), document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.First, mention.End).Should().Be(phrase);
    }

    [Fact]
    public void Parse_reads_a_stacked_english_complement_up_to_the_name()
    {
        using var document = PhraseDocument.English("the director of the Bureau of Investigation John Doe said.");

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.TitleFirst, mention.TitleEnd).Should().Be("director of the Bureau of Investigation");
        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be("John Doe");
    }

    [Fact]
    public void Parse_stacks_no_lower_case_complement()
    {
        using var document = PhraseDocument.French("le président de la République de passage à Lyon a déclaré.");

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.First, mention.End).Should().Be("le président de la République");
    }

    [Theory]
    [InlineData("en", "the ambassador to the Valdoria Republic Mark Smith said.", "ambassador", "ambassador to the Valdoria Republic", "Valdoria Republic")]
    [InlineData("en", "the deputy director for public health Mark Smith said.", "director", "deputy director for public health", null)]
    [InlineData("fr", "son homologue au Conseil régional Paul Martin a déclaré.", "homologue", "homologue au Conseil régional", "Conseil régional")]
    public void Complement_reads_a_body_or_field_after_a_preposition_other_than_of(string language, string text, string roleNoun, string title, string? affiliation)
    {
        using var document = PhraseDocument.For(language, text);
        var phrase = RoleNounRead(document, text.Split(' ')[0], roleNoun);
        phrase.TitleFirst = document.IndexOf(title.Split(' ')[0]);

        document.Parser.Complement(ref phrase).Should().BeTrue();

        document.TextOf(phrase.TitleFirst, phrase.TitleEnd).Should().Be(title);
        phrase.Affiliation.Should().Be(affiliation);
        phrase.End.Should().Be(document.IndexOf(language == "fr" ? "Paul" : "Mark"));
    }

    [Theory]
    [InlineData("en", "They asked the senator to resign.", "senator")]
    [InlineData("fr", "Ils ont invité le ministre à démissionner.", "ministre")]
    [InlineData("fr", "Ils ont invité le ministre pour parler.", "ministre")]
    public void Complement_reads_no_lower_case_word_after_a_preposition_that_only_a_body_may_follow(string language, string text, string roleNoun)
    {
        using var document = PhraseDocument.For(language, text);
        var phrase = RoleNounRead(document, language == "fr" ? "le" : "the", roleNoun);

        document.Parser.Complement(ref phrase).Should().BeFalse();

        phrase.End.Should().Be(document.IndexOf(roleNoun) + 1);
    }

    [Theory]
    [InlineData("en", "a spokesman for Jane Roe said.", "a", "spokesman")]
    [InlineData("en", "an agent for President Jane Roe said.", "an", "agent")]
    [InlineData("en", "a spokesman for House Speaker Jane Roe said.", "a", "spokesman")]
    [InlineData("fr", "le porte-parole de Jeanne Roy a déclaré.", "le", "porte-parole")]
    public void Complement_takes_no_person_for_a_body(string language, string text, string first, string roleNoun)
    {
        using var document = PhraseDocument.For(language, text);
        var phrase = RoleNounRead(document, first, roleNoun);

        document.Parser.Complement(ref phrase).Should().BeFalse();

        phrase.Affiliation.Should().BeNull();
    }

    [Fact]
    public void Complement_reads_a_capitalized_speech_verb_that_ends_a_bodys_name()
    {
        using var document = PhraseDocument.English("He spoke to Jane Roe, editor for the Valley Report.");
        var phrase = RoleNounRead(document, "editor", "editor");

        document.Parser.Complement(ref phrase).Should().BeTrue();

        phrase.Affiliation.Should().Be("Valley Report");
        phrase.End.Should().Be(document.IndexOf("."));
    }

    [Fact]
    public void Parse_reads_a_lower_case_french_complement_after_a_conjunction()
    {
        using var document = PhraseDocument.French("Le ministre de l'intérieur et de la décentralisation, Paul Martin, a déclaré.");

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.TitleFirst, mention.TitleEnd).Should().Be("ministre de l'intérieur et de la décentralisation");
    }

    [Fact]
    public void Mention_finder_takes_no_bare_role_noun_before_a_body_the_verb_governs()
    {
        using var document = PhraseDocument.English("Voters elevated his father and brother to the White House.");

        var mentions = document.FindMentions();

        mentions.Select(m => document.TextOf(m.First, m.End)).Should().NotContain(m => m.StartsWith("brother", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("le coach du club Paul Martin a déclaré.", "coach du club", "Paul Martin")]
    [InlineData("le vice-amiral Paul Martin a déclaré.", "vice-amiral", "Paul Martin")]
    public void Parse_reads_a_french_role_noun_of_sport_or_the_navy(string text, string title, string name)
    {
        using var document = PhraseDocument.French(text);

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.TitleFirst, mention.TitleEnd).Should().Be(title);
        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be(name);
    }

    [Fact]
    public void Parse_reads_a_scientist_as_a_role_noun()
    {
        using var document = PhraseDocument.English("the toxicologist Jane Roy said.");

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.TitleFirst, mention.TitleEnd).Should().Be("toxicologist");
        mention.RoleNoun.Should().Be(document.IndexOf("toxicologist"));
    }

    [Fact]
    public void Complement_needs_a_head_noun()
    {
        using var document = PhraseDocument.English("Secretary of State Mike Pompeo said.");
        var phrase = document.PhraseAt("Secretary");
        phrase.End = document.IndexOf("of");

        document.Parser.Complement(ref phrase).Should().BeFalse();

        phrase.Affiliation.Should().BeNull();
        phrase.End.Should().Be(document.IndexOf("of"));
    }

    [Fact]
    public void Complement_needs_the_head_noun_within_two_words()
    {
        using var document = PhraseDocument.English("Secretary Anna Maria Keller of State said.");
        var phrase = RoleNounRead(document, "Secretary", "Secretary");
        phrase.NameFirst = document.IndexOf("Anna");
        phrase.End = document.IndexOf("of");

        document.Parser.Complement(ref phrase).Should().BeFalse();

        phrase.TitleEnd.Should().Be(document.IndexOf("Anna"));
    }

    [Fact]
    public void Name_reads_capitalized_words_and_a_hyphen_between_them()
    {
        using var document = PhraseDocument.English("Douglas Holtz-Eakin said.");
        var phrase = document.PhraseAt("Douglas");

        ReadName(document, ref phrase);

        phrase.NameFirst.Should().Be(phrase.Start);
        phrase.End.Should().Be(document.IndexOf("said"));
    }

    [Fact]
    public void Name_reads_an_initial_inside_a_name()
    {
        using var document = PhraseDocument.English("He met George W. Bush yesterday.");
        var phrase = document.PhraseAt("George");

        ReadName(document, ref phrase);

        document.TextOf(phrase.NameFirst, phrase.End).Should().Be("George W. Bush");
    }

    [Fact]
    public void Name_reads_a_quoted_nickname_inside_a_name()
    {
        using var document = PhraseDocument.English("Marcia \"Cia\" Price said.");
        var phrase = document.PhraseAt("Marcia");

        ReadName(document, ref phrase);

        document.TextOf(phrase.NameFirst, phrase.End).Should().Be("Marcia \"Cia\" Price");
    }

    [Fact]
    public void Name_joins_nothing_before_a_name()
    {
        using var document = PhraseDocument.English("\"Cia\" Price said.");
        var phrase = new SpeakerPhrase(0, document.Document.Sentences[0]);

        document.Parser.NameJoiner(ref phrase).Should().BeFalse();

        phrase.End.Should().Be(0);
    }

    [Fact]
    public void Name_ends_a_french_body_with_its_nationality_adjective()
    {
        using var document = PhraseDocument.French("la Commission européenne a déclaré.");
        var phrase = document.PhraseAt("la");
        phrase.AfterDeterminer = phrase.Start + 1;
        phrase.NameFirst = document.IndexOf("Commission");
        phrase.End = document.IndexOf("européenne");

        document.Parser.NameWord(ref phrase).Should().BeTrue();

        phrase.Affiliation.Should().Be("European Union");
        document.TextOf(phrase.NameFirst, phrase.End).Should().Be("Commission européenne");
    }

    [Fact]
    public void Name_leaves_a_capitalized_sentence_opener()
    {
        using var document = PhraseDocument.English("But Smith said.");
        var phrase = document.PhraseAt("But");

        document.Parser.NameWord(ref phrase).Should().BeFalse();

        phrase.HasName.Should().BeFalse();
    }

    [Theory]
    [InlineData("Roe Talks “Retaliation” If Kestrovia Rejects Deal", "Talks", false)]
    [InlineData("Covid-19: Roe Sees ‘Personal Insult’ In Vote", "Sees", false)]
    [InlineData("Jane Collins “Thrilled” By Kestrow Vote", "Collins", true)]
    [InlineData("The vote was hailed by Roe Fields “with joy” on Monday.", "Fields", true)]
    [InlineData("Roe Talks Retaliation If Kestrovia Rejects Deal", "Talks", true)]
    public void Name_leaves_a_headline_verb_before_a_quote(string text, string word, bool expected)
    {
        using var document = PhraseDocument.English(text);
        int index = document.IndexOf(word);
        var phrase = document.PhraseAt(document.Document.TextOf(index - 1).ToString());
        phrase.NameFirst = phrase.Start;
        phrase.End = index;

        document.Parser.NameWord(ref phrase).Should().Be(expected);

        phrase.End.Should().Be(expected ? index + 1 : index);
    }

    [Fact]
    public void Name_goes_on_in_a_french_headline_whose_verbs_have_no_ending_of_their_own()
    {
        using var document = PhraseDocument.French("Jean Roux Parles « Retraite » Dans Kestrow");
        var phrase = document.PhraseAt("Jean");
        phrase.NameFirst = phrase.Start;
        phrase.End = document.IndexOf("Parles");

        document.Parser.NameWord(ref phrase).Should().BeTrue();
    }

    [Theory]
    [InlineData("the American said.", "American", true)]
    [InlineData("many Republicans said.", "Republicans", true)]
    [InlineData("many Republican claims were false.", "Republican", false)]
    public void Head_without_role_noun_is_a_nationality_alone_after_a_determiner(string text, string nationality, bool expected)
    {
        using var document = PhraseDocument.English(text);
        var phrase = new SpeakerPhrase(0, document.Document.Sentences[0]) { AfterDeterminer = 1, LastNationality = document.IndexOf(nationality) };
        phrase.End = phrase.LastNationality + 1;

        document.Parser.HeadWithoutRoleNoun(ref phrase);

        phrase.Head.Should().Be(expected ? 1 : -1);
        phrase.HeadNamesPerson.Should().Be(expected);
    }

    [Fact]
    public void Head_without_role_noun_is_a_plain_noun_after_an_inverted_french_speech_verb()
    {
        using var document = PhraseDocument.French("« C'est fini », a lancé un parent.");
        var phrase = document.PhraseAt("un");
        phrase.AfterDeterminer = phrase.End = phrase.Start + 1;

        document.Parser.HeadWithoutRoleNoun(ref phrase);

        phrase.Head.Should().Be(document.IndexOf("parent"));
        phrase.End.Should().Be(document.IndexOf("parent") + 1);
        phrase.Gender.Should().Be(Gender.Male);
    }

    [Theory]
    [InlineData("The 47-year-old said it was over.", true)]
    [InlineData("Then the 47-year-old, visibly moved, spoke.", true)]
    [InlineData("The 47-year-old law says otherwise.", false)]
    [InlineData("The 47-yard run said it all.", false)]
    public void Head_without_role_noun_is_an_age_alone(string text, bool expected)
    {
        using var document = PhraseDocument.English(text);
        var phrase = document.PhraseAt(text.StartsWith("Then", StringComparison.Ordinal) ? "the" : "The");
        phrase.AfterDeterminer = phrase.End = phrase.Start + 1;

        document.Parser.HeadWithoutRoleNoun(ref phrase);

        phrase.HeadNamesPerson.Should().Be(expected);
        if (expected)
        {
            document.TextOf(phrase.TitleFirst, phrase.TitleEnd).Should().Be("47-year-old");
            phrase.End.Should().Be(document.IndexOf("old") + 1);
        }
    }

    [Theory]
    [InlineData("The Kestrow technology columnist Jane Roe said it was over.", "Jane Roe", "Kestrow")]
    [InlineData("Jane Roe technology columnist said it was over.", "Jane Roe", null)]
    public void Parse_makes_a_name_before_plain_nouns_and_a_role_the_body_of_the_person_named_after(string text, string name, string? affiliation)
    {
        using var document = PhraseDocument.English(text);

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be(name);
        mention.Affiliation.Should().Be(affiliation);
    }

    [Theory]
    [InlineData("“It was over,” said Kestrow co-host Zorbek Quelmar.", "said", "Zorbek Quelmar", "co-host", "Kestrow", Gender.Unknown, false)]
    [InlineData("“It was over,” said the Zorvic co-chairwoman Zorbek Quelmar.", "the", "Zorbek Quelmar", "co-chairwoman", "Zorvic", Gender.Female, false)]
    [InlineData("« C'est fini », a dit la co-présidente du Kestrow Club Jeanne Roux.", "la", "Jeanne Roux", "co-présidente du Kestrow Club", "Kestrow Club", Gender.Female, true)]
    public void Parse_reads_a_role_noun_after_a_prefix_and_hyphen_as_a_role_noun(
        string text, string before, string name, string title, string affiliation, Gender gender, bool french)
    {
        using var document = french ? PhraseDocument.French(text) : PhraseDocument.English(text);
        int start = document.IndexOf(before) + (before == "said" ? 1 : 0);

        var mention = document.Parser.Parse(start, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be(name);
        document.TextOf(mention.TitleFirst, mention.TitleEnd).Should().Be(title);
        mention.Affiliation.Should().Be(affiliation);
        mention.Gender.Should().Be(gender);
    }

    [Theory]
    [InlineData("“It was over,” said Kestrow nutritional-supplement executive Jane Roe.", "said", "Kestrow", "nutritional-supplement executive")]
    [InlineData("The Kestrow health-care industry analyst Jane Roe said it was over.", "The", "Kestrow", "health-care industry analyst")]
    public void Parse_reads_a_compound_split_at_its_hyphen_as_one_modifier_of_the_role_noun(string text, string before, string affiliation, string title)
    {
        using var document = PhraseDocument.English(text);
        int start = document.IndexOf(before) + (before == "said" ? 1 : 0);

        var mention = document.Parser.Parse(start, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be("Jane Roe");
        document.TextOf(mention.TitleFirst, mention.TitleEnd).Should().Be(title);
        mention.Affiliation.Should().Be(affiliation);
    }

    [Theory]
    [InlineData("“It was over,” said Kestrow Guard 1st Lt. Jane Roe.", "Kestrow Guard", "1st")]
    [InlineData("“It was over,” said 1st Sgt. Jane Roe.", null, "1st")]
    public void Parse_reads_an_ordinal_before_a_rank_as_part_of_the_title(string text, string? affiliation, string title)
    {
        using var document = PhraseDocument.English(text);

        var mention = document.Parser.Parse(document.IndexOf("said") + 1, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be("Jane Roe");
        document.TextOf(mention.TitleFirst, mention.TitleEnd).Should().Be(title);
        mention.Affiliation.Should().Be(affiliation);
    }

    [Fact]
    public void Parse_keeps_a_hyphenated_name_whose_last_part_is_a_role_noun_in_capitals_a_name()
    {
        using var document = PhraseDocument.English("Jane Smith-Judge said it was over.");

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be("Jane Smith-Judge");
        mention.HasTitle.Should().BeFalse();
    }

    [Theory]
    [InlineData("Former Kestrow Gov. and Zorvic Party Chairman Jane Roe said it was over.", "Jane Roe")]
    [InlineData("The senator and party chairman Jane Roe said it was over.", "Jane Roe")]
    public void Parse_joins_two_titles_of_one_person_before_the_name(string text, string name)
    {
        using var document = PhraseDocument.English(text);

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        mention.Type.Should().Be(MentionType.Name);
        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be(name);
        mention.First.Should().Be(0);
    }

    [Fact]
    public void Parse_joins_two_french_titles_of_one_person_before_the_name()
    {
        using var document = PhraseDocument.French("Le député de Lyon et président du Conseil Jean Roux a déclaré.");

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be("Jean Roux");
    }

    [Theory]
    [InlineData("The senator and Mr. Roe said it was over.")]
    [InlineData("The senator and the chairman Jane Roe said it was over.")]
    public void Parse_keeps_a_second_person_after_a_conjunction_apart(string text)
    {
        using var document = PhraseDocument.English(text);

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        mention.Type.Should().Be(MentionType.Description);
        mention.End.Should().Be(document.IndexOf("and"));
    }

    [Theory]
    [InlineData("Will Roe, the chairman of the Kestrow group, said it was over.", "Will Roe")]
    [InlineData("On Monday, Will Roe said it was over.", "Will Roe")]
    public void Parse_reads_an_auxiliary_spelled_as_a_first_name_before_a_surname_as_the_name(string text, string name)
    {
        using var document = PhraseDocument.English(text);

        var mention = document.Parser.Parse(document.IndexOf("Will"), document.Document.Sentences[0], inside: false)!;

        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be(name);
    }

    [Theory]
    [InlineData("Will Congress act on it?")]
    [InlineData("Kestrow Will Run For Office")]
    public void Parse_leaves_an_auxiliary_before_a_capitalized_word_and_a_verb_out_of_names(string text)
    {
        using var document = PhraseDocument.English(text);

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false);

        (mention is null || mention.End <= document.IndexOf("Will")).Should().BeTrue();
    }

    [Fact]
    public void Parse_reads_an_age_alone_as_a_person_s_description()
    {
        using var document = PhraseDocument.English("The 47-year-old said it was over.");

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        mention.Type.Should().Be(MentionType.Description);
        mention.IsPerson.Should().BeTrue();
        document.TextOf(mention.First, mention.End).Should().Be("The 47-year-old");
    }

    [Fact]
    public void Head_without_role_noun_needs_a_determiner()
    {
        using var document = PhraseDocument.English("American said.");
        var phrase = new SpeakerPhrase(0, document.Document.Sentences[0]) { End = 1, LastNationality = 0 };

        document.Parser.HeadWithoutRoleNoun(ref phrase);

        phrase.Head.Should().Be(-1);
    }

    [Fact]
    public void Parse_puts_the_parts_together_into_a_named_person()
    {
        using var document = PhraseDocument.English("Russian Deputy Foreign Minister Sergei Ryabkov said.");

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        mention.Type.Should().Be(MentionType.Name);
        document.TextOf(mention.NameFirst, mention.NameEnd).Should().Be("Sergei Ryabkov");
        document.TextOf(mention.TitleFirst, mention.TitleEnd).Should().Be("Deputy Foreign Minister");
        mention.RoleNoun.Should().Be(document.IndexOf("Minister"));
        mention.Affiliation.Should().Be("Russia");
        mention.Gender.Should().Be(Gender.Male);
        mention.IsPerson.Should().BeTrue();
    }

    [Theory]
    [InlineData("Mark Allen Smith said.", Gender.Male)]
    [InlineData("Mark Tan Wei Long said.", Gender.Unknown)]
    [InlineData("Marie Dupuis-Roy a déclaré.", Gender.Female)]
    [InlineData("Marie Nguyen Thi Lan a déclaré.", Gender.Unknown)]
    public void Parse_takes_a_gender_from_the_first_name_of_two_or_three_words_only(string text, Gender gender)
    {
        using var document = text.Contains("déclaré", StringComparison.Ordinal) ? PhraseDocument.French(text) : PhraseDocument.English(text);

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        mention.Type.Should().Be(MentionType.Name);
        mention.IsPerson.Should().BeTrue();
        mention.Gender.Should().Be(gender);
    }

    [Fact]
    public void Parse_reads_a_french_group_with_its_nationality()
    {
        using var document = PhraseDocument.French("plusieurs responsables occidentaux ont déclaré.");

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        mention.Type.Should().Be(MentionType.Group);
        mention.IsPlural.Should().BeTrue();
        mention.Affiliation.Should().Be("West");
    }

    [Theory]
    [InlineData("Mark Smith and his wife Jane Smith moved to Springfield in 2010. “We never looked back,” the couple said.", Language.English, "the couple")]
    [InlineData("Marc Roux et sa femme Marie Roux ont quitté Lyon en 2010. « Nous ne regrettons rien », a déclaré le couple.", Language.French, "le couple")]
    public void A_couple_that_speaks_is_a_group_not_the_person_named_before(string text, Language language, string mention)
    {
        var quote = new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(text).Quoted().Single();

        quote.Speaker!.Kind.Should().Be(SpeakerKind.Group);
        quote.SpeakerMention!.Value.Text.Should().Be(mention);
    }

    [Fact]
    public void Parse_reads_no_group_in_a_french_adjective_spelled_as_a_group_noun_after_a_plain_noun()
    {
        using var document = PhraseDocument.French("les chiffres officiels ont indiqué.");
        var sentence = document.Document.Sentences[0];

        document.Parser.Parse(0, sentence, inside: false)?.Type.Should().NotBe(MentionType.Group);
        document.Parser.Parse(2, sentence, inside: false).Should().BeNull();
    }

    [Fact]
    public void Parse_reads_a_french_group_with_an_adjective_spelled_as_a_group_noun()
    {
        using var document = PhraseDocument.French("les médecins militaires ont déclaré.");

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: false)!;

        mention.Type.Should().Be(MentionType.Group);
        document.TextOf(mention.First, mention.End).Should().Be("les médecins militaires");
    }

    [Fact]
    public void Parse_reads_a_pronoun_with_its_gender()
    {
        using var document = PhraseDocument.French("Elle a déclaré.");

        var mention = document.Parser.Parse(0, document.Document.Sentences[0], inside: true)!;

        mention.Type.Should().Be(MentionType.Pronoun);
        mention.Gender.Should().Be(Gender.Female);
        mention.InsideQuote.Should().BeTrue();
    }

    [Theory]
    [InlineData("“It is over,” said a bystander.", "a", true)]
    [InlineData("Mark Smith posted a comment, saying the plan was “a disgrace.”", "the", false)]
    [InlineData("« C'est fini », a lancé un passant.", "un", true)]
    [InlineData("Paul Martin a publié un message, ajoutant la réforme était « une honte ».", "la", false)]
    public void Parse_takes_a_plain_noun_after_an_inverted_speech_verb_but_not_after_a_participle(string text, string determiner, bool person)
    {
        using var document = text.Contains('«') ? PhraseDocument.French(text) : PhraseDocument.English(text);
        int start = document.Document.Tokens.FindLastIndex(t => document.Document.Text.AsSpan(t.Start, t.Length).SequenceEqual(determiner));

        var mention = document.Parser.Parse(start, document.Document.Sentences[document.Document.SentenceOf[start]], inside: false);

        (mention is not null).Should().Be(person);
    }

    [Fact]
    public void Parse_finds_no_phrase_in_a_bare_lower_case_role_noun()
    {
        using var document = PhraseDocument.English("They want to achieve justice.");

        document.Parser.Parse(document.IndexOf("justice"), document.Document.Sentences[0], inside: false).Should().BeNull();
    }

    [Fact]
    public void Mention_finder_finds_each_phrase_of_a_sentence_once()
    {
        using var document = PhraseDocument.English("“He will act,” Secretary of State Mike Pompeo told the minister.");

        var mentions = document.FindMentions();

        mentions.Select(m => document.TextOf(m.First, m.End)).Should().Equal("He", "Secretary of State Mike Pompeo", "the minister");
        mentions.Select(m => m.InsideQuote).Should().Equal(true, false, false);
    }

    [Theory]
    [InlineData("“WALLACE: let me ask about the mayor and Senator Jane Doe, who told me they disagree,” the host said.", "English", "WALLACE", "the host")]
    [InlineData("« Le ministre Paul Martin et la maire de Lyon ne sont pas d'accord », a dit la présidente.", "French", "Le ministre Paul Martin", "la présidente")]
    public void Mention_finder_reads_a_quotation_only_where_it_may_name_who_speaks(string text, string language, string label, string speaker)
    {
        using var document = language == "French" ? PhraseDocument.French(text) : PhraseDocument.English(text);

        var mentions = document.FindMentions();

        mentions.Select(m => document.TextOf(m.First, m.End)).Should().Equal(label, speaker);
    }

    [Theory]
    [InlineData("Frustrations grew in the campaign. Jane Doe called it “a mess.”", "English")]
    [InlineData("Rumeurs et démentis se succèdent. Paul Martin a parlé d'« un gâchis ».", "French")]
    public void Mention_finder_takes_no_word_capitalized_only_as_a_sentence_opener_for_a_name(string text, string language)
    {
        using var document = language == "English" ? PhraseDocument.English(text) : PhraseDocument.French(text);

        var mentions = document.FindMentions();

        mentions.Select(m => document.TextOf(m.First, m.End)).Should().NotContain(["Frustrations", "Rumeurs"])
            .And.Contain(m => m == "Jane Doe" || m == "Paul Martin");
    }

    [Theory]
    [InlineData("Brooks grew tired. Critics of Brooks want more.", "Brooks")]
    [InlineData("Brooks told reporters he was tired.", "Brooks")]
    [InlineData("Protesters gathered at dawn.", "Protesters")]
    [InlineData("Dupont avait tort. Les amis de Dupont le savent.", "Dupont")]
    public void Mention_finder_keeps_a_sentence_opener_the_article_capitalizes_elsewhere_or_that_a_speech_verb_follows(string text, string name)
    {
        using var document = text.Contains("avait", StringComparison.Ordinal) ? PhraseDocument.French(text) : PhraseDocument.English(text);

        var mentions = document.FindMentions();

        document.TextOf(mentions[0].First, mentions[0].End).Should().Be(name);
    }

    [Theory]
    [InlineData("A cet égard, Paul Martin a déclaré qu'il partirait.", "Paul Martin")]
    [InlineData("A Paul Martin, elle a répondu.", "Paul Martin")]
    [InlineData("Fort de ce score, le maire a déclaré qu'il restait.", "le maire")]
    public void Mention_finder_takes_no_french_sentence_opener_for_a_name(string text, string first)
    {
        using var document = PhraseDocument.French(text);

        var mentions = document.FindMentions();

        document.TextOf(mentions[0].First, mentions[0].End).Should().Be(first);
    }

    [Theory]
    [InlineData("Reprising the role, Jane Doe said she was ready.", "Jane Doe")]
    [InlineData("Moreover, Jane Doe said she was ready.", "Jane Doe")]
    [InlineData("Using aid as a weapon, the minister said, was wrong.", "the minister")]
    public void Mention_finder_takes_no_english_sentence_opener_for_a_name(string text, string first)
    {
        using var document = PhraseDocument.English(text);

        var mentions = document.FindMentions();

        document.TextOf(mentions[0].First, mentions[0].End).Should().Be(first);
    }

    [Fact]
    public void Mention_finder_takes_no_abbreviated_month_for_a_name()
    {
        using var document = PhraseDocument.English("In a statement published Oct. 25, the ministry accused the rebels.");

        var mentions = document.FindMentions();

        mentions.Select(m => document.TextOf(m.First, m.End)).Should().NotContain("Oct.");
    }

    [Fact]
    public void Mention_finder_reads_a_name_with_the_participle_ending_before_a_verb()
    {
        using var document = PhraseDocument.English("Browning said she was ready.");

        var mentions = document.FindMentions();

        document.TextOf(mentions[0].First, mentions[0].End).Should().Be("Browning");
    }

    [Fact]
    public void Mention_finder_starts_no_description_on_a_word_before_its_article()
    {
        using var document = PhraseDocument.French("Sur le même réseau social l'eurodéputée Anne Roy a dénoncé ces images.");

        var mentions = document.FindMentions();

        mentions.Select(m => document.TextOf(m.First, m.End)).Should().Contain("l'eurodéputée Anne Roy");
        mentions.Select(m => document.TextOf(m.First, m.End)).Should().NotContain(m => m.StartsWith("social", StringComparison.Ordinal));
    }

    /// <summary>Asks the title part for one word after another, as long as it takes them.</summary>
    private static void ReadTitle(PhraseDocument document, ref SpeakerPhrase phrase)
    {
        bool taken;
        do
        {
            taken = document.Parser.TitleWord(ref phrase);
        }
        while (taken && !phrase.IsComplete);
    }

    /// <summary>Asks the name part for one token after another, as long as it takes them.</summary>
    private static void ReadName(PhraseDocument document, ref SpeakerPhrase phrase)
    {
        bool taken;
        do
        {
            taken = document.Document.Tokens[phrase.End].Kind == TokenKind.Word
                ? document.Parser.NameWord(ref phrase)
                : document.Parser.NameJoiner(ref phrase);
        }
        while (taken);
    }

    /// <summary>A phrase that opens at <paramref name="first"/> and has read up to the role noun <paramref name="roleNoun"/>, which heads its title.</summary>
    private static SpeakerPhrase RoleNounRead(PhraseDocument document, string first, string roleNoun)
    {
        var phrase = document.PhraseAt(first);
        int head = document.IndexOf(roleNoun);
        phrase.AfterDeterminer = head;
        phrase.Head = phrase.TitleFirst = head;
        phrase.TitleEnd = phrase.End = head + 1;
        return phrase;
    }
}
