namespace QuoteExtraction.Tests.Reported;

/// <summary>Reported speech: each construction in English and French, who says it, and the look-alikes left alone.</summary>
public class ReportedSpeechTests
{
    [Theory]
    [InlineData("Mayor Jane Doe said that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "said", "reported-that")]
    [InlineData("Mayor Jane Doe pointed out that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "pointed", "reported-that")]
    [InlineData("Mayor Jane Doe made it clear that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "made it clear", "reported-that")]
    [InlineData("Mayor Jane Doe has made clear on Monday that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "made clear", "reported-that")]
    [InlineData("Jane Doe told reporters on Monday that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "told", "reported-that")]
    [InlineData("Jane Doe told a crowd of commuters Tuesday that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "told", "reported-that")]
    [InlineData("The mayor, Jane Doe, has repeatedly insisted that the bridge is safe.", "that the bridge is safe", "Jane Doe", "insisted", "reported-that")]
    [InlineData("According to Mayor Jane Doe, the bridge will reopen in May.", "the bridge will reopen in May", "Jane Doe", "According to", "reported-according-to")]
    [InlineData("The bridge will reopen in May, according to Mayor Jane Doe.", "The bridge will reopen in May", "Jane Doe", "according to", "reported-according-to")]
    [InlineData("The bridge will reopen in May, Mayor Jane Doe said.", "The bridge will reopen in May", "Jane Doe", "said", "reported-inverted")]
    [InlineData("The bridge will reopen in May, said Mayor Jane Doe.", "The bridge will reopen in May", "Jane Doe", "said", "reported-inverted")]
    [InlineData("The bridge will reopen in May, said Mayor Jane Doe during the council meeting.", "The bridge will reopen in May", "Jane Doe", "said", "reported-inverted")]
    [InlineData("The bridge will reopen in May, said Mayor Jane Doe later in a statement.", "The bridge will reopen in May", "Jane Doe", "said", "reported-inverted")]
    [InlineData("Mayor Jane Doe said the bridge would reopen in May.", "the bridge would reopen in May", "Jane Doe", "said", "reported-bare")]
    [InlineData("Mayor Jane Doe said in an email the bridge would reopen in May.", "the bridge would reopen in May", "Jane Doe", "said", "reported-bare")]
    [InlineData("Mayor Jane Doe said in a statement Thursday night she would reopen the bridge in May.", "she would reopen the bridge in May", "Jane Doe", "said", "reported-bare")]
    [InlineData("The bridge will reopen in May, said Jane Doe, the city's engineer.", "The bridge will reopen in May", "Jane Doe", "said", "reported-inverted")]
    [InlineData("The bridge, Mayor Jane Doe said, will reopen in May.", "The bridge, Mayor Jane Doe said, will reopen in May", "Jane Doe", "said", "reported-parenthetical")]
    [InlineData("And if the vote fails, Jane Doe said, the bridge will close.", "And if the vote fails, Jane Doe said, the bridge will close", "Jane Doe", "said", "reported-parenthetical")]
    [InlineData("The bridge, said Mayor Jane Doe, will reopen in May.", "The bridge, said Mayor Jane Doe, will reopen in May", "Jane Doe", "said", "reported-parenthetical")]
    [InlineData("The bridge will reopen in May, said Jane Doe, an engineer whose team has checked every cable (twice) since March.", "The bridge will reopen in May", "Jane Doe", "said", "reported-inverted")]
    [InlineData("The bridge will reopen in May, said Jane Doe, director of the city's roads department and a civil engineer by training.", "The bridge will reopen in May", "Jane Doe", "said", "reported-inverted")]
    [InlineData("The bridge will reopen in May, Jane Doe said, on condition of anonymity to discuss the plans of the council.", "The bridge will reopen in May", "Jane Doe", "said", "reported-inverted")]
    [InlineData("The city's engineer, Jane Doe, said the bridge would reopen in May.", "the bridge would reopen in May", "Jane Doe", "said", "reported-bare")]
    [InlineData("Mayor Jane Doe visited the site and said that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "said", "reported-that")]
    [InlineData("At the end of the meeting, Jane Doe said she would retire.", "she would retire", "Jane Doe", "said", "reported-bare")]
    [InlineData("But according to Mayor Jane Doe, the bridge will reopen in May.", "the bridge will reopen in May", "Jane Doe", "according to", "reported-according-to")]
    [InlineData("The next day, according to Mayor Jane Doe, the council voted again.", "The next day, according to Mayor Jane Doe, the council voted again", "Jane Doe", "according to", "reported-according-to")]
    [InlineData("Mayor Jane Doe asked reporters whether the bridge was safe.", "whether the bridge was safe", "Jane Doe", "asked", "reported-that")]
    [InlineData("Mayor Jane Doe told reporters she would reopen the bridge in May.", "she would reopen the bridge in May", "Jane Doe", "told", "reported-addressee")]
    [InlineData("Mayor Jane Doe assured residents she would reopen the bridge in May.", "she would reopen the bridge in May", "Jane Doe", "assured", "reported-addressee")]
    [InlineData("Mayor Jane Doe reminded voters she had reopened the bridge in May.", "she had reopened the bridge in May", "Jane Doe", "reminded", "reported-addressee")]
    [InlineData("Mayor Jane Doe reminded reporters that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "reminded", "reported-that")]
    [InlineData("Mayor Jane Doe joked that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "joked", "reported-that")]
    [InlineData("Mayor Jane Doe later clarified that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "clarified", "reported-that")]
    [InlineData("Mayor Jane Doe speculated that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "speculated", "reported-that")]
    [InlineData("Mayor Jane Doe told the Daily Courier they're ready to reopen the bridge.", "they're ready to reopen the bridge", "Jane Doe", "told", "reported-addressee")]
    [InlineData("Mayor Jane Doe told reporters the bridge would reopen in May.", "the bridge would reopen in May", "Jane Doe", "told", "reported-addressee")]
    [InlineData("Mayor Jane Doe told the Daily Courier her engineers had checked the bridge.", "her engineers had checked the bridge", "Jane Doe", "told", "reported-addressee")]
    [InlineData("Mayor Jane Doe acknowledged the bridge would not reopen in May.", "the bridge would not reopen in May", "Jane Doe", "acknowledged", "reported-bare")]
    [InlineData("Mayor Jane Doe warned the bridge could close again.", "the bridge could close again", "Jane Doe", "warned", "reported-bare")]
    [InlineData("Mayor Jane Doe said her engineers had checked the bridge.", "her engineers had checked the bridge", "Jane Doe", "said", "reported-bare")]
    [InlineData("Mayor Jane Doe said it's too early to reopen the bridge.", "it's too early to reopen the bridge", "Jane Doe", "said", "reported-bare")]
    [InlineData("Mayor Jane Doe said 40 engineers had checked the bridge.", "40 engineers had checked the bridge", "Jane Doe", "said", "reported-bare")]
    [InlineData("Mayor Jane Doe said engineers were checking the bridge.", "engineers were checking the bridge", "Jane Doe", "said", "reported-bare")]
    [InlineData("Mayor Jane Doe said there would be no toll on the bridge.", "there would be no toll on the bridge", "Jane Doe", "said", "reported-bare")]
    [InlineData("Mayor Jane Doe said none of the old bridges had passed inspection.", "none of the old bridges had passed inspection", "Jane Doe", "said", "reported-bare")]
    [InlineData("Mayor Jane Doe said that the bridge would reopen in May, and the council voted against it.", "that the bridge would reopen in May", "Jane Doe", "said", "reported-that")]
    [InlineData("Mayor Jane Doe said that the bridge would reopen in May, according to the minutes of the council.", "that the bridge would reopen in May", "Jane Doe", "said", "reported-that")]
    [InlineData("Jane Doe, who has run the city for a decade, said the bridge would reopen in May.", "the bridge would reopen in May", "Jane Doe", "said", "reported-bare")]
    [InlineData("Mayor Jane Doe on Tuesday said the bridge would reopen in May.", "the bridge would reopen in May", "Jane Doe", "said", "reported-bare")]
    [InlineData("Mayor Jane Doe on Thursday evening announced that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "announced", "reported-that")]
    [InlineData("An engineer familiar with the inspection said that the bridge would reopen in May.", "that the bridge would reopen in May", "an engineer", "said", "reported-that")]
    [InlineData("The story noted that the bridge would reopen in May.", "that the bridge would reopen in May", "story", "noted", "reported-that")]
    [InlineData("A spokeswoman briefed on the inspection said the bridge would reopen in May.", "the bridge would reopen in May", "a spokeswoman", "said", "reported-bare")]
    [InlineData("Mayor Jane Doe here said the bridge would reopen in May.", "the bridge would reopen in May", "Jane Doe", "said", "reported-bare")]
    [InlineData("Jane Doe -- who has run the city for a decade -- said the bridge would reopen in May.", "the bridge would reopen in May", "Jane Doe", "said", "reported-bare")]
    [InlineData("Jane Doe — who has run the city for a decade — said that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "said", "reported-that")]
    [InlineData("Mayor Jane Doe has since said that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "said", "reported-that")]
    [InlineData("Mayor Jane Doe often says the bridge will reopen in May.", "the bridge will reopen in May", "Jane Doe", "says", "reported-bare")]
    [InlineData("Mayor Jane Doe has long argued the bridge was never safe.", "the bridge was never safe", "Jane Doe", "argued", "reported-bare")]
    [InlineData("While Jane Doe says the bridge is safe, the engineers want it closed.", "the bridge is safe", "Jane Doe", "says", "reported-bare")]
    [InlineData("When Mayor Jane Doe said that the bridge would reopen, the council voted against the plan.", "that the bridge would reopen", "Jane Doe", "said", "reported-that")]
    [InlineData("Although Mayor Jane Doe insisted that the bridge was safe, the council closed it.", "that the bridge was safe", "Jane Doe", "insisted", "reported-that")]
    [InlineData("Mayor Jane Doe said during the council meeting that the bridge would reopen in May.", "that the bridge would reopen in May", "Jane Doe", "said", "reported-that")]
    [InlineData("The bridge will reopen in May according to Mayor Jane Doe.", "The bridge will reopen in May", "Jane Doe", "according to", "reported-according-to")]
    [InlineData("The plan, which according to Mayor Jane Doe will cost too much, was dropped.", "which according to Mayor Jane Doe will cost too much", "Jane Doe", "according to", "reported-according-to")]
    [InlineData("The bridge will reopen in May, according to Mayor Jane Doe, but the council wants it closed.", "The bridge will reopen in May", "Jane Doe", "according to", "reported-according-to")]
    [InlineData("The bridge will reopen in May, according to Mayor Jane Doe who checked the cables herself after the storm last week.", "The bridge will reopen in May", "Jane Doe", "according to", "reported-according-to")]
    public void English_reported_speech_is_an_indirect_quote_of_its_source(string text, string content, string speaker, string cue, string rule) =>
        Check(TestHelpers.English, text, content, speaker, cue, rule);

    [Theory]
    [InlineData("Le maire Jean Dupont a affirmé que le pont rouvrirait en mai.", "que le pont rouvrirait en mai", "Jean Dupont", "affirmé", "reported-that")]
    [InlineData("Jean Dupont a indiqué lundi à la presse qu'il ne se représenterait pas.", "qu'il ne se représenterait pas", "Jean Dupont", "indiqué", "reported-that")]
    [InlineData("Jean Dupont a expliqué dans un communiqué que le pont rouvrirait en mai.", "que le pont rouvrirait en mai", "Jean Dupont", "expliqué", "reported-that")]
    [InlineData("Selon le maire Jean Dupont, le pont rouvrira en mai.", "le pont rouvrira en mai", "Jean Dupont", "Selon", "reported-according-to")]
    [InlineData("D'après Jean Dupont, le pont rouvrira en mai.", "le pont rouvrira en mai", "Jean Dupont", "D'après", "reported-according-to")]
    [InlineData("Aux dires du maire Jean Dupont, le pont rouvrira en mai.", "le pont rouvrira en mai", "Jean Dupont", "Aux dires du", "reported-according-to")]
    [InlineData("Le pont rouvrira en mai, selon le maire Jean Dupont.", "Le pont rouvrira en mai", "Jean Dupont", "selon", "reported-according-to")]
    [InlineData("Le pont pourrait rouvrir en mai, a indiqué le maire Jean Dupont.", "Le pont pourrait rouvrir en mai", "Jean Dupont", "indiqué", "reported-inverted")]
    [InlineData("Le pont pourrait rouvrir en mai, a indiqué le maire Jean Dupont dans un communiqué.", "Le pont pourrait rouvrir en mai", "Jean Dupont", "indiqué", "reported-inverted")]
    [InlineData("Le pont pourrait rouvrir en mai, précise le maire Jean Dupont jeudi dans un communiqué.", "Le pont pourrait rouvrir en mai", "Jean Dupont", "précise", "reported-inverted")]
    [InlineData("Le pont, a précisé le maire Jean Dupont, rouvrira en mai.", "Le pont, a précisé le maire Jean Dupont, rouvrira en mai", "Jean Dupont", "précisé", "reported-parenthetical")]
    [InlineData("Pour l'analyste Jean Dupont, le pont doit être reconstruit.", "le pont doit être reconstruit", "Jean Dupont", "Pour", "reported-according-to")]
    [InlineData("Et selon le maire Jean Dupont, le pont rouvrira en mai.", "le pont rouvrira en mai", "Jean Dupont", "selon", "reported-according-to")]
    [InlineData("Le lendemain, selon le maire Jean Dupont, le conseil a voté de nouveau.", "Le lendemain, selon le maire Jean Dupont, le conseil a voté de nouveau", "Jean Dupont", "selon", "reported-according-to")]
    [InlineData("Le pont rouvrira en mai selon le maire Jean Dupont.", "Le pont rouvrira en mai", "Jean Dupont", "selon", "reported-according-to")]
    [InlineData("Le conseil a rejeté le plan, qui selon le maire Jean Dupont coûtera trop cher aux habitants de la ville.", "qui selon le maire Jean Dupont coûtera trop cher aux habitants de la ville", "Jean Dupont", "selon", "reported-according-to")]
    [InlineData("Le maire Jean Dupont a critiqué le plan, qui selon lui coûtera trop cher.", "qui selon lui coûtera trop cher", "Jean Dupont", "selon", "reported-according-to")]
    [InlineData("Toujours selon le maire Jean Dupont, le pont rouvrira en mai.", "Toujours selon le maire Jean Dupont, le pont rouvrira en mai", "Jean Dupont", "selon", "reported-according-to")]
    [InlineData("Le maire Jean Dupont a demandé aux ingénieurs si le pont était sûr.", "si le pont était sûr", "Jean Dupont", "demandé", "reported-that")]
    [InlineData("Le maire Jean Dupont nie toute faute et a répété qu'il ne démissionnerait pas.", "qu'il ne démissionnerait pas", "Jean Dupont", "répété", "reported-that")]
    [InlineData("Le maire Jean Dupont ne dit pas quand le pont rouvrira, mais précise qu'il sera plus large.", "qu'il sera plus large", "Jean Dupont", "précise", "reported-that")]
    [InlineData("Jean Dupont, qui dirige la ville depuis dix ans, a affirmé que le pont rouvrirait en mai.", "que le pont rouvrirait en mai", "Jean Dupont", "affirmé", "reported-that")]
    [InlineData("Jean Dupont — qui dirige la ville depuis dix ans — a affirmé que le pont rouvrirait en mai.", "que le pont rouvrirait en mai", "Jean Dupont", "affirmé", "reported-that")]
    [InlineData("Alors que le maire Jean Dupont affirme que le pont est sûr, les ingénieurs veulent le fermer.", "que le pont est sûr", "Jean Dupont", "affirme", "reported-that")]
    public void French_reported_speech_is_an_indirect_quote_of_its_source(string text, string content, string speaker, string cue, string rule) =>
        Check(TestHelpers.French, text, content, speaker, cue, rule);

    [Theory]
    [InlineData("en", "Mayor Jane Doe spoke on Monday. According to the mayor, John Roe was never asked about the bridge.", "John Roe was never asked about the bridge", "Jane Doe", "According to")]
    [InlineData("fr", "Le maire Jean Dupont a parlé lundi. Selon le maire, Paul Martin n'a jamais été consulté sur le pont.", "Paul Martin n'a jamais été consulté sur le pont", "Jean Dupont", "Selon")]
    [InlineData("en", "According to the spokesman, John Roe, the bridge will reopen in May.", "the bridge will reopen in May", "John Roe", "According to")]
    [InlineData("fr", "Selon le porte-parole, Paul Martin, le pont rouvrira en mai.", "le pont rouvrira en mai", "Paul Martin", "Selon")]
    public void A_name_after_a_fronted_source_and_its_comma_opens_the_clause_unless_a_second_comma_makes_it_the_source(
        string language, string text, string content, string speaker, string cue)
    {
        var reported = TestHelpers.For(language).ExtractQuotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;

        reported.Text.Should().Be(content);
        reported.Speaker!.Name.Should().Be(speaker);
        (reported.Cue?.Text).Should().Be(cue);
        reported.Rule.Should().Be("reported-according-to");
    }

    [Theory]
    [InlineData("en", "People with knowledge of the talks said that the bridge would reopen in May.", "that the bridge would reopen in May", "People with knowledge of the talks", "said")]
    [InlineData("en", "Organizers of the march said the bridge would reopen in May.", "the bridge would reopen in May", "Organizers of the march", "said")]
    [InlineData("en", "Residents of the old quarter have repeatedly insisted the bridge is unsafe.", "the bridge is unsafe", "Residents of the old quarter", "insisted")]
    [InlineData("en", "In the old quarter, longtime shopkeepers said the bridge should be rebuilt.", "the bridge should be rebuilt", "longtime shopkeepers", "said")]
    [InlineData("en", "The council voted, but local shopkeepers said that the bridge must stay open.", "that the bridge must stay open", "local shopkeepers", "said")]
    [InlineData("en", "The bridge has been closed far too long, local shopkeepers said.", "The bridge has been closed far too long", "local shopkeepers", "said")]
    [InlineData("fr", "Plusieurs ingénieurs ont assuré que le pont rouvrirait en mai.", "que le pont rouvrirait en mai", "Plusieurs ingénieurs", "assuré")]
    [InlineData("en", "In the new survey, 61 percent said the bridge should reopen in May.", "the bridge should reopen in May", "61 percent", "said")]
    [InlineData("en", "Among local drivers, 42% say the bridge should reopen in May.", "the bridge should reopen in May", "42%", "say")]
    [InlineData("en", "The drivers were asked, and six in 10 said they wanted the bridge to reopen.", "they wanted the bridge to reopen", "six in 10", "said")]
    [InlineData("fr", "Au total, 61 % ont affirmé que le pont devait rouvrir en mai.", "que le pont devait rouvrir en mai", "61 %", "affirmé")]
    [InlineData("fr", "Dans ce sondage, une majorité a affirmé que le pont devait rouvrir en mai.", "que le pont devait rouvrir en mai", "une majorité", "affirmé")]
    public void A_plural_noun_phrase_that_names_nobody_speaks_as_an_unnamed_group(string language, string text, string content, string speaker, string cue)
    {
        var analysis = TestHelpers.For(language).Analyze(text);

        var reported = analysis.Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        reported.Text.Should().Be(content);
        reported.Rule.Should().Be("reported-noun-phrase");
        (reported.Cue?.Text).Should().Be(cue);
        (reported.SpeakerMention?.Text).Should().Be(speaker);
        reported.Speaker!.Name.Should().Be(speaker);
        reported.Speaker.Kind.Should().Be(SpeakerKind.Group);
        analysis.Speakers.Should().Contain(reported.Speaker);
    }

    [Theory]
    [InlineData("en", "The report said nothing about the bridge.")]
    [InlineData("en", "The bridge said to be unsafe will close.")]
    [InlineData("en", "Its engineers said that the bridge would reopen in May.")]
    [InlineData("en", "Local engineers did not say that the bridge would reopen in May.")]
    [InlineData("en", "When local engineers said that the bridge would reopen, the council voted against the plan.")]
    [InlineData("en", "Recent polls show that the bridge is a major issue for voters.")]
    [InlineData("en", "The data suggest that the bridge is a major issue for voters.")]
    [InlineData("fr", "Les sondages montrent que le pont inquiète les électeurs.")]
    [InlineData("fr", "Ses ingénieurs ont affirmé que le pont rouvrirait en mai.")]
    [InlineData("fr", "Plusieurs ingénieurs n'ont pas dit que le pont rouvrirait en mai.")]
    public void A_noun_phrase_look_alike_gives_no_indirect_quote(string language, string text) =>
        TestHelpers.For(language).ExtractQuotes(text).Should().NotContain(q => q.Kind == QuoteKind.Indirect);

    [Theory]
    [InlineData("Le maire Jean Dupont a visité le chantier. Le pont rouvrira en mai, a-t-il précisé.", "précisé")]
    [InlineData("Le maire Jean Dupont a visité le chantier. Le pont rouvrira en mai, dit-il.", "dit")]
    public void A_French_inverted_pronoun_speaks_for_the_person_it_stands_for(string text, string cue)
    {
        var reported = TestHelpers.French.ExtractQuotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        reported.Text.Should().Be("Le pont rouvrira en mai");
        reported.Speaker!.Name.Should().Be("Jean Dupont");
        (reported.Cue?.Text).Should().Be(cue);
    }

    [Theory]
    [InlineData("Jean Dupont", "lui")]
    [InlineData("Jeanne Dupont", "elle")]
    public void A_pronoun_after_a_French_opinion_marker_gives_the_view_of_the_person_it_stands_for(string name, string pronoun)
    {
        var quotes = TestHelpers.French.ExtractQuotes($"{name} a visité le chantier lundi. Pour {pronoun}, le pont doit être reconstruit.");

        var reported = quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        reported.Text.Should().Be("le pont doit être reconstruit");
        reported.Speaker!.Name.Should().Be(name);
        (reported.SpeakerMention?.Text).Should().Be(pronoun);
        reported.Rule.Should().Be("reported-according-to");
    }

    [Fact]
    public void A_pronoun_speaker_takes_the_name_of_the_person_it_stands_for()
    {
        var quotes = TestHelpers.English.ExtractQuotes("Mayor Jane Doe visited the site on Monday. She said that the bridge would reopen in May.");

        var reported = quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        reported.Speaker!.Name.Should().Be("Jane Doe");
        (reported.SpeakerMention?.Text).Should().Be("She");
    }

    [Theory]
    [InlineData("Mayor Jane Doe did not say that the bridge would reopen in May.")]
    [InlineData("Mayor Jane Doe never said that the bridge would reopen in May.")]
    [InlineData("Recent polls show that the bridge is a major issue for voters.")]
    [InlineData("The data suggest that the bridge is a major issue for voters.")]
    [InlineData("Mayor Jane Doe believes that the bridge is a major issue for voters.")]
    [InlineData("Mayor Jane Doe thinks the bridge is a major issue for voters.")]
    [InlineData("Mayor Jane Doe hopes that the bridge will reopen in May.")]
    [InlineData("Mayor Jane Doe was told that the bridge would reopen in May.")]
    [InlineData("The engineers were told that the bridge would reopen in May.")]
    [InlineData("The engineers have been told that the bridge would reopen in May.")]
    [InlineData("Mayor Jane Doe said her goodbyes.")]
    [InlineData("Mayor Jane Doe argued for the plan the engineers had drawn.")]
    [InlineData("Mayor Jane Doe made the decision that the bridge would reopen in May.")]
    [InlineData("Mayor Jane Doe made it possible that the bridge would reopen in May.")]
    [InlineData("Mayor Jane Doe said goodbye to the engineers who built the bridge.")]
    [InlineData("The council forced Mayor Jane Doe to say that the bridge would reopen in May.")]
    [InlineData("Mayor Jane Doe told reporters the story of the old bridge.")]
    [InlineData("Mayor Jane Doe was asked whether the bridge was safe.")]
    [InlineData("The bridge will reopen in May, according to federal data.")]
    [InlineData("For Mayor Jane Doe, the new bridge is a personal triumph.")]
    [InlineData("In a speech last July, Mayor Jane Doe said: “The bridge will reopen.”")]
    [InlineData("But when the council cut the funds, Mayor Jane Doe said: “The bridge will close.”")]
    [InlineData("Mayor Jane Doe is likely to stress that the bridge is safe.")]
    [InlineData("Mayor Jane Doe may keep a lead in pledged delegates.")]
    [InlineData("The bridge has been closed far too long, local shopkeepers believe.")]
    public void English_look_alikes_give_no_indirect_quote(string text) =>
        TestHelpers.English.ExtractQuotes(text).Should().NotContain(q => q.Kind == QuoteKind.Indirect);

    [Theory]
    [InlineData("Le maire Jean Dupont n'a pas dit que le pont rouvrirait en mai.")]
    [InlineData("Les sondages montrent que le pont inquiète les électeurs.")]
    [InlineData("Le maire Jean Dupont croit que le pont rouvrira en mai.")]
    [InlineData("Le maire Jean Dupont espère que le pont rouvrira en mai.")]
    [InlineData("Le maire Jean Dupont n'a pas demandé si le pont était sûr.")]
    [InlineData("Les ingénieurs ont été avertis que le pont rouvrirait en mai.")]
    [InlineData("Entre 300 (selon la police) et 400 habitants (selon le maire Jean Dupont) ont défilé.")]
    [InlineData("Les prix du pont varient selon les saisons de l'année.")]
    [InlineData("Le pont rouvrira en mai, selon les premières estimations.")]
    public void French_look_alikes_give_no_indirect_quote(string text) =>
        TestHelpers.French.ExtractQuotes(text).Should().NotContain(q => q.Kind == QuoteKind.Indirect);

    [Theory]
    [InlineData("en", "Mayor Jane Doe said that the bridge would reopen in May, but the engineer Mark Smith said the road would stay closed.",
        "that the bridge would reopen in May", "Jane Doe", "the road would stay closed", "Mark Smith")]
    [InlineData("fr", "Le maire Jean Dupont a affirmé que le pont rouvrirait en mai, et l'ingénieur Paul Martin a précisé que la route resterait fermée.",
        "que le pont rouvrirait en mai", "Jean Dupont", "que la route resterait fermée", "Paul Martin")]
    public void Each_construction_of_a_sentence_gives_its_own_indirect_quote(string language, string text, string first, string firstSpeaker, string second, string secondSpeaker)
    {
        var quotes = TestHelpers.For(language).ExtractQuotes(text);

        quotes.Select(q => q.Text).Should().Equal(first, second);
        quotes.Select(q => q.Speaker!.Name).Should().Equal(firstSpeaker, secondSpeaker);
    }

    [Theory]
    [InlineData("en", "Mayor Jane Doe, who says the bridge is unsafe, said the council should close it.", "the bridge is unsafe")]
    [InlineData("fr", "Le maire Jean Dupont, qui affirme que le pont est dangereux, a indiqué que le conseil devait le fermer.", "que le pont est dangereux")]
    public void Reported_words_in_a_relative_clause_end_before_the_main_verb(string language, string text, string content)
    {
        var quotes = TestHelpers.For(language).ExtractQuotes(text);

        quotes.Should().Contain(q => q.Kind == QuoteKind.Indirect && q.Text == content);
    }

    [Theory]
    [InlineData("en", "The bridge will reopen in May, according to a new poll.", "The bridge will reopen in May", "a new poll", "according to")]
    [InlineData("en", "According to recent polls, the mayor will win a second term.", "the mayor will win a second term", "recent polls", "According to")]
    [InlineData("fr", "Selon de récents sondages, le maire sera réélu en mai.", "le maire sera réélu en mai", "de récents sondages", "Selon")]
    public void A_source_that_names_nobody_speaks_as_its_phrase(string language, string text, string content, string source, string cue)
    {
        var reported = TestHelpers.For(language).ExtractQuotes(text).Should().ContainSingle().Subject;

        reported.Kind.Should().Be(QuoteKind.Indirect);
        reported.Text.Should().Be(content);
        reported.Rule.Should().Be("reported-according-to");
        (reported.Cue?.Text).Should().Be(cue);
        reported.Speaker!.Name.Should().Be(source);
        reported.Speaker.Kind.Should().Be(SpeakerKind.Unknown);
    }

    [Fact]
    public void A_source_marker_whose_words_hold_a_quotation_leaves_the_next_marker_its_own()
    {
        var quotes = TestHelpers.French.ExtractQuotes("Le chantier avance : « Tout va bien », selon le maire Jean Dupont, dont les ingénieurs sont selon lui les meilleurs de tout le pays voisin.");

        var reported = quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        reported.Text.Should().Be("dont les ingénieurs sont selon lui les meilleurs de tout le pays voisin");
        reported.Speaker!.Name.Should().Be("Jean Dupont");
    }

    [Theory]
    [InlineData("en", "The decision, according to Jane Doe, runs against the commitments of the city, “and could stall the bridge.”", "The decision, according to Jane Doe, runs against the commitments of the city", "Jane Doe")]
    [InlineData("fr", "Cette décision, selon la juriste Jeanne Dupont, est contraire aux engagements de l'État, « et pourrait bloquer le pont ».", "Cette décision, selon la juriste Jeanne Dupont, est contraire aux engagements de l'État", "Jeanne Dupont")]
    public void An_interrupting_source_s_words_end_at_the_comma_before_a_quotation(string language, string text, string content, string speaker)
    {
        var reported = TestHelpers.For(language).ExtractQuotes(text).Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        reported.Text.Should().Be(content);
        reported.Speaker!.Name.Should().Be(speaker);
        reported.Rule.Should().Be("reported-according-to");
    }

    [Theory]
    [InlineData("en", "The decision, according to Jane Doe, runs against “the commitments of the city” and the law.")]
    [InlineData("fr", "Cette décision, selon la juriste Jeanne Dupont, est « contraire aux engagements de l'État » et à la loi.")]
    [InlineData("en", "Word emerged that the bridge would close and that the mayor was, in the words of Jane Doe, “the torchbearer” of the plan.")]
    [InlineData("fr", "Le maire reste, selon la juriste Jeanne Dupont, « le gardien » du projet de la ville.")]
    public void An_interrupting_source_s_words_that_a_quotation_breaks_or_follows_right_away_give_none(string language, string text) =>
        TestHelpers.For(language).ExtractQuotes(text).Should().NotContain(q => q.Kind == QuoteKind.Indirect);

    [Theory]
    [InlineData("en", "The bridge will reopen in May, her lawyer said.", "lawyer")]
    [InlineData("fr", "Le pont rouvrira en mai, a précisé son avocat.", "avocat")]
    public void A_speaker_a_possessive_opens_closes_the_reported_words(string language, string text, string speaker)
    {
        var reported = TestHelpers.For(language).ExtractQuotes(text).Should().ContainSingle().Subject;

        reported.Kind.Should().Be(QuoteKind.Indirect);
        reported.Text.Should().Be(language == "fr" ? "Le pont rouvrira en mai" : "The bridge will reopen in May");
        reported.Rule.Should().Be("reported-inverted");
        (reported.SpeakerMention?.Text).Should().EndWith(speaker);
    }

    [Theory]
    [InlineData("en", "His office said that the bridge would reopen in May.", "that the bridge would reopen in May", "office", "reported-that")]
    [InlineData("en", "Her campaign has said the bridge would reopen in May.", "the bridge would reopen in May", "campaign", "reported-bare")]
    [InlineData("en", "The bridge will reopen in May, his campaign said.", "The bridge will reopen in May", "campaign", "reported-inverted")]
    [InlineData("fr", "Son cabinet a affirmé que le pont rouvrirait en mai.", "que le pont rouvrirait en mai", "cabinet", "reported-that")]
    [InlineData("fr", "Le pont rouvrira en mai, a précisé son cabinet.", "Le pont rouvrira en mai", "cabinet", "reported-inverted")]
    public void A_body_a_possessive_relates_to_speaks_as_itself(string language, string text, string content, string speaker, string rule)
    {
        var reported = TestHelpers.For(language).ExtractQuotes(text).Should().ContainSingle().Subject;

        reported.Kind.Should().Be(QuoteKind.Indirect);
        reported.Text.Should().Be(content);
        reported.Rule.Should().Be(rule);
        (reported.SpeakerMention?.Text).Should().Be(speaker);
    }

    [Theory]
    [InlineData("en", "Security personnel said the gate would stay closed until May.", "the gate would stay closed until May", "Security personnel")]
    [InlineData("en", "Some strategists say the bridge will reopen in May.", "the bridge will reopen in May", "Some strategists")]
    [InlineData("fr", "Son entourage a affirmé que le pont rouvrirait en mai.", "que le pont rouvrirait en mai", "entourage")]
    public void A_group_noun_speaks_as_a_group(string language, string text, string content, string speaker)
    {
        var reported = TestHelpers.For(language).ExtractQuotes(text).Should().ContainSingle().Subject;

        reported.Kind.Should().Be(QuoteKind.Indirect);
        reported.Text.Should().Be(content);
        (reported.SpeakerMention?.Text).Should().Be(speaker);
        reported.Speaker!.Kind.Should().Be(SpeakerKind.Group);
    }

    [Fact]
    public void A_clause_that_holds_a_quotation_gives_the_quote_alone()
    {
        var quotes = TestHelpers.English.ExtractQuotes("Mayor Jane Doe said the plan was “dead on arrival.”");

        quotes.Should().ContainSingle().Which.Kind.Should().NotBe(QuoteKind.Indirect);
    }

    [Fact]
    public void Indirect_quotes_come_in_text_order_and_groups_follow_their_new_places()
    {
        var quotes = TestHelpers.English.ExtractQuotes(
            "Mayor Jane Doe said that the bridge would reopen in May. “It is safe,” she said. “We checked.”");

        quotes.Select(q => q.Kind).Should().Equal(QuoteKind.Indirect, QuoteKind.Direct, QuoteKind.Direct);
        quotes.Select(q => q.Group).Should().Equal(0, 1, 1);
    }

    [Fact]
    public void Reported_speech_can_be_turned_off()
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { Language = Language.English, IncludeIndirect = false });

        extractor.ExtractQuotes("Mayor Jane Doe said that the bridge would reopen in May.").Should().BeEmpty();
    }

    private static void Check(QuoteExtractor extractor, string text, string content, string speaker, string cue, string rule)
    {
        var reported = extractor.ExtractQuotes(text).Should().ContainSingle().Subject;
        reported.Kind.Should().Be(QuoteKind.Indirect);
        reported.Text.Should().Be(content);
        text.Substring(reported.Span.Start, reported.Span.Length).Should().Be(reported.Text);
        reported.Speaker!.Name.Should().Be(speaker);
        (reported.Cue?.Text).Should().Be(cue);
        reported.Rule.Should().Be(rule);
    }
}
