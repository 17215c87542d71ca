using QuoteExtraction.Attribution;
using QuoteExtraction.Attribution.Sieves;

namespace QuoteExtraction.Tests.Attribution;

/// <summary>Each attribution sieve alone, on a quote its pattern covers and on one it does not.</summary>
public class SieveTests
{
    public static TheoryData<string, string, string, string, string> Cases() => new()
    {
        // sieve, article, quote start, expected rule (a field of AttributionRules), expected mention
        { nameof(TranscriptLabelSieve), "\"PENCE: We will win this election.\"", "PENCE", nameof(AttributionRules.TranscriptLabel), "PENCE" },
        { nameof(OpeningSourceSieve), "According to Yahoo News, Clinton spokesman Jesse Lehrich called it “a disgrace.”", "a disgrace", nameof(AttributionRules.SourceOpensSentence), "Yahoo News" },
        { nameof(OpeningSourceSieve), "The hall was empty. Said Jane Doe, who watched the count, “It is over.”", "It is over", nameof(AttributionRules.CueOpensSentence), "Jane Doe" },
        { nameof(OpeningSourceSieve), "Obama Sees ‘Personal Insult’ in Vote", "Personal", nameof(AttributionRules.HeadlineSubject), "Obama" },
        { nameof(OpeningSourceSieve), "Kestrow Fever-19: Roe Talks “Retaliation” If Kestrovia Rejects Deal", "Retaliation", nameof(AttributionRules.HeadlineSubject), "Roe" },
        { nameof(OpeningSourceSieve), "Repeal of the tax: Mayor Jane Doe ‘deeply shocked’ by the vote", "deeply", nameof(AttributionRules.TopicColonSubject), "Mayor Jane Doe" },
        { nameof(AfterQuoteCueSieve), "“It is over,” said Mark Smith.", "It is over", nameof(AttributionRules.QuoteCueSpeaker), "Mark Smith" },
        { nameof(PostSignatureSieve), "“We won.”\n\n— Jane Doe (@janedoe) May 2, 2024\n\n(“Nous avons gagné.”)", "Nous avons", nameof(AttributionRules.PostSignature), "Jane Doe" },
        { nameof(PostSignatureSieve), "“We won.”\n\n— Jane Doe (@janedoe) May 2, 2024\n\n“We will win again.”", "We will", nameof(AttributionRules.PostSignature), "Jane Doe" },
        { nameof(AfterQuoteCueSieve), "“It is over,” Jane Doe, who watched the count, said.", "It is over", nameof(AttributionRules.QuoteSpeakerAppositionCue), "Jane Doe" },
        { nameof(AfterQuoteCueSieve), "“It is over,” Jane Doe said on Monday, according to the Springfield Courier.", "It is over", nameof(AttributionRules.RelayingSourceAfterQuote), "the Springfield Courier" },
        { nameof(AfterQuoteCueSieve), "“It is over,” said her lawyer, Jane Doe.", "It is over", nameof(AttributionRules.QuoteCueSpeaker), "lawyer" },
        { nameof(AfterQuoteCueSieve), "“It is over,” his spokesman said.", "It is over", nameof(AttributionRules.QuoteSpeakerCue), "spokesman" },
        { nameof(AfterQuoteCueSieve), "“We will not back down.” ― Bernie Sanders", "We will", nameof(AttributionRules.QuoteDashSpeaker), "Bernie Sanders" },
        { nameof(AfterQuoteCueSieve), "‘I thought I was dying’: robbery victim Jane Doe speaks out", "I thought", nameof(AttributionRules.HeadingSource), "robbery victim Jane Doe" },
        { nameof(BeforeQuoteCueSieve), "Mayor Jane Doe told reporters: “It is over.”", "It is over", nameof(AttributionRules.SpeakerCueQuote), "Mayor Jane Doe" },
        { nameof(BeforeQuoteCueSieve), "Zentrix Chief Executive, Jane Doe, told reporters: “It is over.”", "It is over", nameof(AttributionRules.SpeakerCueQuote), "Jane Doe" },
        { nameof(BeforeQuoteCueSieve), "Mayor Jane Doe said:\n\n“It is over.”", "It is over", nameof(AttributionRules.LeadIn), "Mayor Jane Doe" },
        { nameof(ColonLeadSieve), "Rush Limbaugh: “It reeks of fear.”", "It reeks", nameof(AttributionRules.ColonLead), "Rush Limbaugh" },
        { nameof(NextSentenceCueSieve), "Mark Smith left. “We will reopen the bridge in May.” That is what Mayor Jane Doe said on Monday.", "We will", nameof(AttributionRules.NextSentenceCue), "Mayor Jane Doe" },
        { nameof(NextSentenceCueSieve), "Mark Smith left. “We will reopen the bridge in May.” That’s what she told reporters.", "We will", nameof(AttributionRules.NextSentenceCue), "she" },
        { nameof(PreviousSentenceCueSieve), "The plan has stalled, Schiff said. “The other factor is time.”", "The other", nameof(AttributionRules.PreviousSentenceCue), "Schiff" },
        { nameof(SplitQuoteSieve), "“It is over,” the mayor said late on Monday night. “We lost.”", "We lost", nameof(AttributionRules.SplitQuote), "the mayor" },
        { nameof(InSentenceCueSieve), "Trump said on Monday that the trade deal signed last year was “a disaster” for workers.", "a disaster", nameof(AttributionRules.SentenceCueBefore), "Trump" },
        { nameof(InSentenceCueSieve), "The deal was “a disaster” for workers, according to Trump.", "a disaster", nameof(AttributionRules.SourceInSentence), "Trump" },
        { nameof(FloatingQuoteSieve), "“It is over,” the mayor said.\n\n“We lost.”", "We lost", nameof(AttributionRules.FloatingQuote), "the mayor" },
        { nameof(ColonSubjectSieve), "Mayor Jane Doe, after the vote, paid tribute to her staff: “They never gave up.”", "They never", nameof(AttributionRules.ColonSubject), "Mayor Jane Doe" },
        { nameof(ColonSubjectSieve), "The Springfield City Council was firm in its ruling: “The matter is closed.”", "The matter", nameof(AttributionRules.ColonSubject), "The Springfield City Council" },
        { nameof(ColonSubjectSieve), "The State Department issued a short statement: “We regret the delay.”", "We regret", nameof(AttributionRules.ColonSubject), "The State Department" },
        { nameof(ColonSubjectSieve), "Earlier this week, Jane Doe shared her worries with donors at a dinner, “I do not know what will happen.”", "I do not", nameof(AttributionRules.ColonSubject), "Jane Doe" },
        { nameof(ReportedSpeakerSieve), "Mayor Jane Doe accused the council of lying.\n\n“They knew it all along.”", "They knew", nameof(AttributionRules.ReportedSpeaker), "Mayor Jane Doe" },
        { nameof(ReportedSpeakerSieve), "The villager, Jane Doe, said they go for days without water.\n\n“We have no water.”", "We have", nameof(AttributionRules.ReportedSpeaker), "Jane Doe" },
        { nameof(FloatingQuoteSieve), "“It is over,” the mayor said.\n\nThe count ended at dawn.\n\n“We lost.”", "We lost", nameof(AttributionRules.FloatingQuote), "the mayor" },
        { nameof(FloatingQuoteSieve), "“It is over,” the mayor said.\n\nMark Smith wins in Springfield\n\n“We lost.”", "We lost", nameof(AttributionRules.FloatingQuote), "the mayor" },
        { nameof(ReportedSpeakerSieve), "Another villager, Zorbek Quelmar, said they go for days without water.\n\n“We have no water.”", "We have", nameof(AttributionRules.ReportedSpeaker), "Zorbek Quelmar" },
        { nameof(ReportedSpeakerSieve), "Mayor Jane Doe said timing mattered. And “the vote came too late.”", "the vote", nameof(AttributionRules.ReportedSpeakerInParagraph), "Mayor Jane Doe" },
        { nameof(QuoteSpeakerVerbSieve), "“It is over,” an angry Jane Doe went on.", "It is over", nameof(AttributionRules.QuoteSpeakerVerb), "Jane Doe" },
        { nameof(QuoteSpeakerVerbSieve), "“Would you stay?” Mark Smith pressed.", "Would you", nameof(AttributionRules.QuoteSpeakerVerb), "Mark Smith" },
        { nameof(SentenceOpenerSieve), "Fiorina routinely casts herself as a “change warrior.”", "change", nameof(AttributionRules.SentenceOpener), "Fiorina" },
        { nameof(SentenceOpenerSieve), "Rep. Jane Doe, who was elected in the wave of 2010, casts the mayor as a man who would “unravel” the plan.", "unravel", nameof(AttributionRules.SentenceOpener), "Rep. Jane Doe" },
        { nameof(SentenceOpenerSieve), "Senator Mark Smith of Maryland, a Democrat on the finance committee, advocates a “progressive consumption tax” modeled on another.", "progressive", nameof(AttributionRules.SentenceOpener), "Senator Mark Smith" },
        { nameof(PreviousSentenceSubjectSieve), "Sen. Bernie Sanders named it as one reason. “The younger people are angry.”", "The younger", nameof(AttributionRules.PreviousSentenceSubject), "Sen. Bernie Sanders" },
        { nameof(PreviousSentenceSubjectSieve), "“It is over,” said Mark Smith.\n\nJane Doe is upbeat about the vote in Springfield.\n\n“We can still win.”", "We can", nameof(AttributionRules.PreviousSentenceSubject), "Jane Doe" },
        { nameof(PreviousSentenceSubjectSieve), "Mayor Jane Doe answered her critics on Sunday. In an interview with the Springfield Herald: “We can still win.”", "We can", nameof(AttributionRules.PreviousSentenceSubject), "Mayor Jane Doe" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_sieve_alone_attributes_the_quote_its_pattern_covers(string sieveName, string article, string quoteStart, string ruleName, string mention)
    {
        using var scene = new AttributionScene(article);
        int quote = scene.QuoteStarting(quoteStart);

        var found = SieveNamed(sieveName).Attribute(scene.Context, quote);

        found.Should().NotBeNull($"{sieveName} should attribute «{quoteStart}…»");
        found!.Value.Rule.Should().BeSameAs(RuleNamed(ruleName));
        scene.MentionText(found.Value.Mention).Should().Be(mention);
    }

    [Theory]
    [InlineData(nameof(AfterQuoteCueSieve), "Mayor Jane Doe told reporters: “It is over.”", "It is over")]
    [InlineData(nameof(BeforeQuoteCueSieve), "“It is over,” said Mark Smith.", "It is over")]
    [InlineData(nameof(TranscriptLabelSieve), "“It is over,” said Mark Smith.", "It is over")]
    [InlineData(nameof(SplitQuoteSieve), "“It is over,” said Mark Smith.", "It is over")]
    [InlineData(nameof(NextSentenceCueSieve), "Mark Smith left. “We will reopen the bridge in May.” Mayor Jane Doe said it again.", "We will")]
    [InlineData(nameof(NextSentenceCueSieve), "Mark Smith left. “We will reopen the bridge in May.” That is what the plan needs, Jane Doe said.", "We will")]
    [InlineData(nameof(FloatingQuoteSieve), "“It is over,” said Mark Smith. The rain stopped. Jane Doe left.\n\n“We lost.”", "We lost")]
    [InlineData(nameof(FloatingQuoteSieve), "“It is over,” said Mark Smith.\n\nJane Doe won the vote in Springfield on Monday.\n\n“We lost.”", "We lost")]
    [InlineData(nameof(SentenceOpenerSieve), "“It is over,” said Mark Smith.", "It is over")]
    [InlineData(nameof(PostSignatureSieve), "“We won.”\n\n— Jane Doe, May 2, 2024\n\n“We will win again.”", "We will")]
    [InlineData(nameof(PostSignatureSieve), "“We won.”\n\n— Jane Doe (@janedoe) May 2, 2024\n\nThe mayor left. “We will win again.”", "We will")]
    [InlineData(nameof(OpeningSourceSieve), "Repeal of the tax: ‘We are deeply shocked’", "We are")]
    [InlineData(nameof(OpeningSourceSieve), "Citing Jane Doe, the mayor said “it is over.”", "it is over")]
    [InlineData(nameof(OpeningSourceSieve), "Praising Jane Doe as “a hero,” the mayor left early.", "a hero")]
    [InlineData(nameof(OpeningSourceSieve), "Football: “We will win the cup,” says Mark Smith", "We will")]
    [InlineData(nameof(ColonSubjectSieve), "The new law lists two measures: “A ban on fees.”", "A ban")]
    [InlineData(nameof(ColonSubjectSieve), "Jane Doe visited the plant, “a fine place” for workers.", "a fine")]
    [InlineData(nameof(ReportedSpeakerSieve), "Mayor Jane Doe accused the council of lying. “They knew it all along,” she added.", "They knew")]
    [InlineData(nameof(ReportedSpeakerSieve), "The council met on Monday.\n\n“They knew it all along.”", "They knew")]
    [InlineData(nameof(ReportedSpeakerSieve), "Mayor Jane Doe said timing mattered. For Mark Smith, “the vote came too late.”", "the vote")]
    [InlineData(nameof(ReportedSpeakerSieve), "“It is over,” Mayor Jane Doe said at the hall. “The vote came too late.”", "The vote")]
    [InlineData(nameof(QuoteSpeakerVerbSieve), "“Stop,” Jane Doe waved at the guard near the gate.", "Stop")]
    [InlineData(nameof(QuoteSpeakerVerbSieve), "The “reset” Jane Doe wanted never came.", "reset")]
    [InlineData(nameof(QuoteSpeakerVerbSieve), "“It is over,” Jane Doe is a fine slogan for the campaign.", "It is over")]
    [InlineData(nameof(FloatingQuoteSieve), "“It is over,” said Mark Smith.\n\n“Smith must call me.”", "Smith must")]
    [InlineData(nameof(PreviousSentenceSubjectSieve), "Jane Doe said the vote was lost.\n\n“We can still win.”", "We can")]
    [InlineData(nameof(PreviousSentenceSubjectSieve), "Jane Doe is upbeat about the vote.\n\n“We can still win,” wrote Mark Smith.", "We can")]
    [InlineData(nameof(PreviousSentenceSubjectSieve), "Jane Doe is upbeat. “It is over,” said Mark Smith.\n\n“We can still win.”", "We can")]
    [InlineData(nameof(PreviousSentenceSubjectSieve), "Mayor Jane Doe answered her critics on Sunday. A note in the report makes it clear: “We can still win.”", "We can")]
    [InlineData(nameof(PreviousSentenceSubjectSieve), "Mayor Jane Doe answered her critics on Sunday. In an interview, Mark Smith added: “We can still win.”", "We can")]
    public void A_sieve_leaves_a_quote_outside_its_pattern(string sieveName, string article, string quoteStart)
    {
        using var scene = new AttributionScene(article);
        int quote = scene.QuoteStarting(quoteStart);

        SieveNamed(sieveName).Attribute(scene.Context, quote).Should().BeNull();
    }

    [Theory]
    [InlineData("Marc Roux est parti. « Nous rouvrirons le pont en mai. » C'est ce qu'a déclaré lundi à la presse la maire Marie Lenoir.", "la maire Marie Lenoir")]
    [InlineData("Marc Roux est parti. « Nous rouvrirons le pont en mai », c’est ce qu’a affirmé Marie Lenoir.", "Marie Lenoir")]
    [InlineData("Marc Roux est parti. « Nous rouvrirons le pont en mai. » Voilà ce que Marie Lenoir a dit aux habitants.", "Marie Lenoir")]
    public void A_quote_whose_words_the_next_sentence_takes_up_is_the_speaker_of_that_sentences_verb_in_french(string article, string mention)
    {
        using var scene = new AttributionScene(article, Language.French);
        int quote = scene.QuoteStarting("Nous rouvrirons");

        var found = new NextSentenceCueSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        found!.Value.Rule.Should().BeSameAs(AttributionRules.NextSentenceCue);
        scene.MentionText(found.Value.Mention).Should().Be(mention);
    }

    [Fact]
    public void A_quote_paragraph_after_a_paragraph_whose_last_sentence_a_person_opens_is_that_persons()
    {
        using var scene = new AttributionScene("« C'est fini », a dit Marc Roux.\n\nMarie Lenoir reste confiante pour le second tour.\n\n« Nous pouvons encore gagner. »", Language.French);
        int quote = scene.QuoteStarting("Nous pouvons");

        var found = new PreviousSentenceSubjectSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().Be("Marie Lenoir");
    }

    [Fact]
    public void A_whole_sentence_quoted_after_a_comma_is_the_clauses_subjects_in_french()
    {
        using var scene = new AttributionScene("Plus tôt cette semaine, Jeanne Roy a partagé ses craintes avec des donateurs, « Je ne sais pas ce qui va arriver. »", Language.French);
        int quote = scene.QuoteStarting("Je ne sais");

        var found = new ColonSubjectSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().Be("Jeanne Roy");
    }

    [Fact]
    public void A_fragment_is_the_words_of_the_opener_past_its_apposition_in_french()
    {
        using var scene = new AttributionScene("La députée Jeanne Roy, élue lors de la vague de 2010 dans le nord, décrit le maire comme un homme qui veut « tout défaire » du projet.", Language.French);
        int quote = scene.QuoteStarting("tout défaire");

        var found = new SentenceOpenerSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().Be("La députée Jeanne Roy");
    }

    [Fact]
    public void A_quote_in_a_sentence_naming_nobody_after_a_sentence_reporting_words_is_the_reporters_in_french()
    {
        using var scene = new AttributionScene("La maire Marie Lenoir a expliqué que le vote était perdu. Et « ce n'est pas fini ».", Language.French);
        int quote = scene.QuoteStarting("ce n'est");

        var found = new ReportedSpeakerSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        found!.Value.Rule.Should().BeSameAs(AttributionRules.ReportedSpeakerInParagraph);
        scene.MentionText(found.Value.Mention).Should().Be("La maire Marie Lenoir");
    }

    [Fact]
    public void A_speaker_and_an_unlisted_verb_after_a_quote_left_open_speak_it_in_french()
    {
        using var scene = new AttributionScene("« Vous partez déjà ? » Marie Lenoir hésite.", Language.French);
        int quote = scene.QuoteStarting("Vous partez");

        var found = new QuoteSpeakerVerbSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().Be("Marie Lenoir");
    }

    [Fact]
    public void A_floating_quote_that_names_the_previous_speaker_is_not_theirs_in_french()
    {
        using var scene = new AttributionScene("« C'est fini », a dit Marc Roux.\n\n« Roux doit m'appeler. »", Language.French);
        int quote = scene.QuoteStarting("Roux doit");

        new FloatingQuoteSieve().Attribute(scene.Context, quote).Should().BeNull("nobody names themself in their own words");
    }

    [Fact]
    public void A_reported_speaker_named_in_apposition_after_a_phrase_of_no_mention_speaks()
    {
        using var scene = new AttributionScene("Une passante, Marie Lenoir, a affirmé qu'ils attendent depuis des jours.\n\n« Nous n'avons plus d'eau. »", Language.French);
        int quote = scene.QuoteStarting("Nous n'avons");

        var found = new ReportedSpeakerSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().Be("Marie Lenoir");
    }

    [Theory]
    [InlineData("Speaking at a rally in Salem, Oregon, Jane Doe attacked her rival, calling him “a total fraud.”", "a total", "Jane Doe", Language.English)]
    [InlineData("Lors d'une réunion à Tours, Touraine, Marie Lenoir a attaqué son rival, le qualifiant d'« imposteur ».", "imposteur", "Marie Lenoir", Language.French)]
    public void A_place_after_a_place_a_preposition_governs_is_no_subject(string article, string quoteStart, string mention, Language language)
    {
        using var scene = new AttributionScene(article, language);
        int quote = scene.QuoteStarting(quoteStart);

        var found = new InSentenceCueSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().Be(mention);
    }

    [Fact]
    public void A_floating_quote_continues_its_speaker_past_a_heading_that_names_another()
    {
        using var scene = new AttributionScene("« C'est fini », a dit la maire.\n\nLa victoire de Marc Roux à Lyon\n\n« Nous avons perdu. »", Language.French);
        int quote = scene.QuoteStarting("Nous avons");

        var found = new FloatingQuoteSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull("a heading names nobody who speaks");
        scene.MentionText(found!.Value.Mention).Should().Be("la maire");
    }

    [Theory]
    [InlineData("« C'est un mauvais débat », a dit la ministre Marie Lenoir.\n\nSur l'engagement au Mali « Nous avons été les premiers à aider nos voisins dans cette lutte, et nous le resterons. »", "Nous avons", Language.French)]
    [InlineData("“It is a bad debate,” said Mayor Jane Doe.\n\nOn the deal with Springfield “We were the first to help our neighbours in this fight, and we will stay so.”", "We were", Language.English)]
    public void A_floating_quote_continues_its_speaker_past_a_place_a_preposition_governs(string article, string quoteStart, Language language)
    {
        using var scene = new AttributionScene(article, language);
        int quote = scene.QuoteStarting(quoteStart);
        scene.AttributeEveryQuote();

        var found = new FloatingQuoteSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull("a place set off by a preposition names nobody who speaks");
        found!.Value.Entity.Should().Be(scene.Context.AttributionOf(quote - 1)!.Value.Entity);
    }

    [Fact]
    public void A_floating_quote_takes_its_speakers_mention_between_the_quotes()
    {
        using var scene = new AttributionScene("“It is over,” Mark Smith said. Smith then left the hall.\n\n“We lost.”");
        int quote = scene.QuoteStarting("We lost");

        var found = new FloatingQuoteSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().Be("Smith", "the speaker is named again between the quotes");
    }

    [Theory]
    [InlineData("« C'est fini », a déclaré Jeanne Roux, selon Radio Kestrow.", Language.French, "Radio Kestrow")]
    [InlineData("« C'est fini », a lancé la maire, selon Kestrow Info.", Language.French, "Kestrow Info")]
    [InlineData("“It is over,” Jane Doe said, according to a statement.", Language.English, "Jane Doe")]
    [InlineData("“It is over,” Jane Doe said. According to the Springfield Courier, the count ended.", Language.English, "Jane Doe")]
    public void The_source_a_marker_names_after_the_speech_verb_gives_the_words_when_it_is_named(string article, Language language, string mention)
    {
        using var scene = new AttributionScene(article, language);
        int quote = scene.QuoteStarting(language == Language.French ? "C'est" : "It is over");

        var found = new AfterQuoteCueSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        scene.MentionText(found!.Value.Mention).Should().Be(mention);
    }

    [Theory]
    [InlineData("“It is over,” said her lawyer, Jane Doe.", "Jane Doe")]
    [InlineData("« C'est fini », a déclaré son avocate, Jeanne Roux.", "Jeanne Roux")]
    public void A_relation_after_a_speech_verb_speaks_under_the_name_in_apposition(string article, string name)
    {
        var quote = new QuoteExtractor().ExtractQuotes(article).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(name);
    }

    [Fact]
    public void A_possessive_after_a_speech_verb_opens_no_speaker_when_its_phrase_goes_on_as_an_object()
    {
        using var scene = new AttributionScene("Mr. Smith, who has called the remarks “toxic,” portrayed his party's nominee as a passing trouble.");
        int quote = scene.QuoteStarting("toxic");

        var found = new AfterQuoteCueSieve().Attribute(scene.Context, quote);

        found.Should().BeNull("the phrase after the possessive is the verb's object");
    }

    [Fact]
    public void A_sieve_changes_nothing_when_it_resolves_a_pronoun()
    {
        using var scene = new AttributionScene("Jane Doe arrived late.\n\n“It is over,” she said.");
        int quote = scene.QuoteStarting("It is over");
        var before = scene.Snapshot();

        var found = new AfterQuoteCueSieve().Attribute(scene.Context, quote);
        var again = new AfterQuoteCueSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        found!.Value.LinkedPronoun.Should().BeGreaterThanOrEqualTo(0, "“she” is resolved to Jane Doe");
        again.Should().Be(found);
        scene.Snapshot().Should().Be(before, "a sieve only proposes; the attributor links the pronoun");
    }

    [Fact]
    public void The_attributor_links_the_pronoun_the_kept_attribution_resolves()
    {
        using var scene = new AttributionScene("Jane Doe arrived late.\n\n“It is over,” she said.");
        int quote = scene.QuoteStarting("It is over");

        var kept = Attributor.Attribute(scene.Context, scene.Resolver, quote);

        kept.Should().NotBeNull();
        var pronoun = scene.Context.Mentions[kept!.Value.LinkedPronoun];
        pronoun.Entity.Should().Be(kept.Value.Entity);
        scene.Context.Entities[kept.Value.Entity].Gender.Should().Be(Gender.Female);
        scene.Context.AttributionOf(quote).Should().Be(kept);
    }

    [Fact]
    public void The_sieve_order_holds_each_sieve_once()
    {
        var sieves = SieveOrder.All.Concat(SieveOrder.AfterAll).Select(s => s.GetType()).ToList();
        sieves.Should().OnlyHaveUniqueItems();
        typeof(IAttributionSieve).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(IAttributionSieve).IsAssignableFrom(t))
            .Should().BeEquivalentTo(sieves, "every sieve runs");
    }

    [Theory]
    [InlineData("Repeal of the tax: ‘We have had enough’\n\n“We have had enough of waiting,” Jane Doe said.", "We have had", "Jane Doe", Language.English)]
    [InlineData("La grève des cheminots : « Nous irons jusqu'au bout »\n\n« Nous irons jusqu’au bout, quoi qu’il arrive », a déclaré Marie Lenoir.", "Nous irons jusqu'au", "Marie Lenoir", Language.French)]
    [InlineData("“We have had enough of waiting,” Jane Doe said. Mark Smith, the manager, declined to comment.\n\n“Enough of waiting.”\n\nThe strike goes on.", "Enough of", "Jane Doe", Language.English)]
    public void A_quote_without_a_cue_takes_the_speaker_of_another_quote_that_holds_its_words(string article, string quoteStart, string mention, Language language)
    {
        using var scene = new AttributionScene(article, language);
        int quote = scene.QuoteStarting(quoteStart);
        scene.AttributeEveryQuote();

        var found = new EchoedQuoteSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        found!.Value.Rule.Should().BeSameAs(AttributionRules.EchoedQuote);
        scene.MentionText(found.Value.Mention).Should().Be(mention);
    }

    [Theory]
    [InlineData("Repeal of the tax: ‘We have had enough’\n\n“We want a fair deal,” Jane Doe said.", "We have had")]
    [InlineData("Repeal of the tax: ‘We have had enough’\n\n“We have had enough of waiting.”", "We have had")]
    [InlineData("Repeal of the tax: ‘We have had enough’\n\n“We have had,” Jane Doe said.", "We have had")]
    public void A_quote_whose_words_no_attributed_quote_holds_takes_no_echoed_speaker(string article, string quoteStart)
    {
        using var scene = new AttributionScene(article);
        int quote = scene.QuoteStarting(quoteStart);
        scene.AttributeEveryQuote();

        new EchoedQuoteSieve().Attribute(scene.Context, quote).Should().BeNull();
    }

    [Theory]
    [InlineData("Why wait so long? “The damage was done long before.” Then came the deal, “a trap,” his lawyer Jane Doe replied.", "The damage", "lawyer Jane Doe", Language.English)]
    [InlineData("Pourquoi attendre si longtemps ? « Le mal était fait bien avant. » Puis il a cédé à « un piège », a répondu son avocate, Marie Lenoir.", "Le mal", "avocate", Language.French)]
    public void A_quote_without_a_cue_takes_the_speaker_of_the_next_quote_of_its_paragraph(string article, string quoteStart, string mention, Language language)
    {
        using var scene = new AttributionScene(article, language);
        int quote = scene.QuoteStarting(quoteStart);
        scene.AttributeEveryQuote();

        var found = new NextQuoteSpeakerSieve().Attribute(scene.Context, quote);

        found.Should().NotBeNull();
        found!.Value.Rule.Should().BeSameAs(AttributionRules.NextQuoteSpeaker);
        scene.MentionText(found.Value.Mention).Should().Be(mention);
    }

    [Theory]
    [InlineData("Why wait so long? “The damage was done long before.” Then Mark Smith came with the deal, “a trap,” his lawyer Jane Doe replied.", "The damage")]
    [InlineData("“Will you run again?” “Not this time,” Jane Doe replied.", "Will you")]
    [InlineData("Why wait so long? “The damage was done long before.”\n\n“It was a trap,” Jane Doe replied.", "The damage")]
    public void A_quote_takes_no_speaker_from_the_next_quote_across_a_name_a_question_or_a_paragraph(string article, string quoteStart)
    {
        using var scene = new AttributionScene(article);
        int quote = scene.QuoteStarting(quoteStart);
        scene.AttributeEveryQuote();

        new NextQuoteSpeakerSieve().Attribute(scene.Context, quote).Should().BeNull();
    }

    private static IAttributionSieve SieveNamed(string name) => SieveOrder.All.Single(s => s.GetType().Name == name);

    private static AttributionRule RuleNamed(string name) => (AttributionRule)typeof(AttributionRules).GetField(name)!.GetValue(null)!;
}
