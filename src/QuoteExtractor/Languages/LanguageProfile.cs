using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using QuoteExtraction.Lexicons;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Languages;

/// <summary>
/// Everything one language means to the pipeline: its word lists, and the switches of the behaviours
/// that only some languages have (elided articles, inverted clitics, compounds split at hyphens, a
/// verb inflector). Built once per language from its data (<see cref="LanguageData"/>) and shared;
/// immutable. The lists all languages share are in <see cref="SharedLexicons"/>.
/// </summary>
internal sealed class LanguageProfile
{
    /// <summary>The package's languages, from the embedded list of their codes.</summary>
    private static readonly Lazy<LanguageProfile[]> s_all = new(() =>
        [.. Lexicon.EmbeddedLines("languages")!.Select(line => line.Trim()).Where(line => line.Length > 0 && line[0] != '#')
            .Select(code => new LanguageProfile(LanguageData.Embedded(code)))]);

    private readonly Lazy<WordClassTable> _classes;

    /// <summary>The profile of the language whose lists and settings <paramref name="data"/> gives.</summary>
    /// <exception cref="InvalidDataException">When a setting has a value it cannot have.</exception>
    public LanguageProfile(LanguageData data)
    {
        Code = data.Code;
        Language = data.Setting("language") is { } language ? Enum.Parse<Language>(language) : Language.Auto;
        Abbreviations = data.List("abbreviations", ignoreCase: false);
        FunctionWords = data.List("function-words", ignoreCase: true);
        SeparatesElisions = data.Switch("separates-elisions");
        Elisions = data.List("elisions", ignoreCase: true);
        InvertsCliticsWithHyphen = data.Switch("inverts-clitics-with-hyphen");
        InvertedClitics = data.List("clitics", ignoreCase: true);
        EuphonicInfixes = data.List("euphonic-infixes", ignoreCase: true);
        ApostropheWords = data.List("apostrophe-words", ignoreCase: true);
        WholeWords = data.List("whole-words", ignoreCase: true);
        MarksContractions = data.Switch("marks-contractions");
        ContractionClitics = ContractionCliticsOf(data.List("contractions", ignoreCase: true));
        ContractionStems = data.List("contraction-stems", ignoreCase: true);
        SplitsCompoundsAtHyphens = data.Switch("splits-compounds-at-hyphens");
        HyphenPrefixes = data.List("hyphen-prefixes", ignoreCase: true);
        var inflect = data.Setting("speech-verb-inflector") is { } inflector ? VerbInflectors.Named(inflector) : null;
        SpeechVerbs = Verbs(data.List("speech-verbs", ignoreCase: true), inflect);
        ReportingVerbs = Verbs(data.List("reporting-verbs", ignoreCase: true), inflect);
        InfinitiveVerbs = Verbs(data.List("infinitive-verbs", ignoreCase: true), inflect);
        CausativeSpeechVerbs = data.List("causative-speech-verbs", ignoreCase: true);
        InfinitiveMarkers = data.List("infinitive-markers", ignoreCase: true);
        ObjectVerbs = Verbs(data.List("object-verbs", ignoreCase: true), inflect);
        InfinitiveEndings = data.Setting("infinitive-endings") is { } endings ? [.. endings.Split(' ', StringSplitOptions.RemoveEmptyEntries)] : [];
        GroupsDigitsWithSpace = data.Switch("groups-digits-with-space");
        Titles = data.List("titles", ignoreCase: true);
        TitleModifiers = data.List("title-modifiers", ignoreCase: true);
        GroupNouns = data.List("group-nouns", ignoreCase: true);
        OrganizationWords = data.List("organization-words", ignoreCase: true);
        Pronouns = data.List("pronouns", ignoreCase: true);
        SourcePronouns = data.List("source-pronouns", ignoreCase: true);
        SpeechNouns = data.List("speech-nouns", ignoreCase: true);
        SentenceStarters = data.List("sentence-starters", ignoreCase: true);
        BoilerplateLines = data.List("boilerplate-lines", ignoreCase: true);
        Rubrics = data.List("rubrics", ignoreCase: true);
        CueAuxiliaries = data.List("cue-auxiliaries", ignoreCase: true);
        ReportingAdverbs = data.List("reporting-adverbs", ignoreCase: true);
        SourceNouns = data.List("source-nouns", ignoreCase: true);
        CategoryRoleNouns = data.List("category-role-nouns", ignoreCase: true);
        NonNames = data.List("non-names", ignoreCase: false);
        Negations = data.List("negations", ignoreCase: true);
        Copulas = data.List("copulas", ignoreCase: true);
        PassiveAuxiliaries = data.List("passive-auxiliaries", ignoreCase: true);
        FiniteAuxiliaries = data.List("finite-auxiliaries", ignoreCase: true);
        ShareWords = data.List("share-words", ignoreCase: true);
        NationalityAdjectives = data.List("nationalities", ignoreCase: true);
        PlacesAdjectivesAfterNouns = data.Switch("places-adjectives-after-nouns");
        WritesTitlesInSentenceCase = data.Switch("writes-titles-in-sentence-case");
        TitleCredits = data.List("title-credits", ignoreCase: true);
        Determiners = data.List("determiners", ignoreCase: true);
        ComplementPrepositions = data.List("complement-prepositions", ignoreCase: true);
        Complementizers = data.List("complementizers", ignoreCase: true);
        QuestionWords = data.List("question-words", ignoreCase: true);
        AdjunctPrepositions = data.List("adjunct-prepositions", ignoreCase: true);
        AgentPrepositions = data.List("agent-prepositions", ignoreCase: true);
        Subordinators = data.List("subordinators", ignoreCase: true);
        AbsolutePrepositions = data.List("absolute-prepositions", ignoreCase: true);
        SourceMarkers = data.Phrases("source-markers");
        ComparisonLeads = data.Phrases("comparison-leads");
        ComparisonOpeners = data.List("comparison-openers", ignoreCase: true);
        TimeWords = data.List("time-words", ignoreCase: true);
        TakenUpLeads = data.Phrases("taken-up-leads");
        CollectiveSourceMarkers = data.Phrases("collective-source-markers");
        OpinionMarkers = data.List("opinion-markers", ignoreCase: true);
        SpeakerQuantifiers = data.List("speaker-quantifiers", ignoreCase: false);
        IndefiniteDeterminers = data.List("indefinite-determiners", ignoreCase: true);
        PossessiveDeterminers = data.List("possessive-determiners", ignoreCase: true);
        AdverbSuffix = data.Setting("adverb-suffix");
        ParticipleSuffix = data.Setting("participle-suffix");
        AgeDescription = data.Setting("age-description");
        PluralSuffix = data.Setting("plural-suffix") ?? string.Empty;
        HeadlineVerbSuffix = data.Setting("headline-verb-suffix");
        DetectionMarks = data.Setting("detection-marks") ?? string.Empty;

        // Built on first use, once every list is set.
        _classes = new Lazy<WordClassTable>(BuildClasses);
    }

    /// <summary>Every language of the package, in the order detection prefers them on a tie.</summary>
    public static IReadOnlyList<LanguageProfile> All => s_all.Value;

    /// <summary>English.</summary>
    public static LanguageProfile English => For(Language.English);

    /// <summary>French.</summary>
    public static LanguageProfile French => For(Language.French);

    /// <summary>The language's code, which names its data files (<c>en</c>).</summary>
    public string Code { get; }

    /// <summary>The language users name it by; <see cref="Language.Auto"/> for a language the package does not offer (a test's).</summary>
    public Language Language { get; }

    /// <summary>The tag of <see cref="Abbreviations"/> for a title written before a name (<c>Mr.</c>), which never ends a sentence.</summary>
    public const string TitleAbbreviationTag = "title";

    /// <summary>Words whose final period belongs to them, without the period; tag <see cref="TitleAbbreviationTag"/> never ends a sentence.</summary>
    public Lexicon Abbreviations { get; }

    /// <summary>Closed-class words: sentence starters and language evidence.</summary>
    public Lexicon FunctionWords { get; }

    /// <summary>Whether an elided word forms a token with its apostrophe (French <c>l'</c> <c>homme</c>); see <see cref="Elisions"/>.</summary>
    public bool SeparatesElisions { get; }

    /// <summary>Words that elide before a vowel and form a token with their apostrophe (French <c>l'</c>).</summary>
    public Lexicon Elisions { get; }

    /// <summary>Whether a pronoun after a verb and a hyphen forms its own token (French <c>a</c> <c>-t-il</c>); see <see cref="InvertedClitics"/>.</summary>
    public bool InvertsCliticsWithHyphen { get; }

    /// <summary>Pronouns that follow a verb after a hyphen and form their own token (French <c>-t-il</c>).</summary>
    public Lexicon InvertedClitics { get; }

    /// <summary>Letters written between a verb and an inverted pronoun (French <c>a-t-il</c>), part of the pronoun's token.</summary>
    public Lexicon EuphonicInfixes { get; }

    /// <summary>The tag of a word written between two apostrophes (<c>rock ’n’ roll</c>); see <see cref="ApostropheWords"/>.</summary>
    public const string EnclosedTag = "enclosed";

    /// <summary>Words written with a leading apostrophe (English <c>'em</c>); tag <see cref="EnclosedTag"/> for <c>’n’</c>.</summary>
    public Lexicon ApostropheWords { get; }

    /// <summary>Words with an apostrophe that stay whole although they start like an elided word (French <c>l'on</c>).</summary>
    public Lexicon WholeWords { get; }

    /// <summary>
    /// Whether a word's clitic after an apostrophe (English <c>n't</c>, <c>'s</c>, <c>'re</c>) is marked inside the word's
    /// token, which stays whole (<c>don't</c>); see <see cref="ContractionClitics"/>.
    /// </summary>
    public bool MarksContractions { get; }

    /// <summary>The clitics a word may end with after an apostrophe (<c>n't</c>, <c>'s</c>, <c>'re</c>), those with letters before their apostrophe first.</summary>
    public ImmutableArray<ContractionClitic> ContractionClitics { get; }

    /// <summary>The words after which a possessive clitic is a contraction (<c>it's</c>, <c>let's</c>).</summary>
    public Lexicon ContractionStems { get; }

    /// <summary>
    /// Whether compounds split at their hyphens except after <see cref="HyphenPrefixes"/> (English <c>e-mail</c>,
    /// <c>non-human</c>, but <c>15 - year</c>); when false, hyphenated words stay whole (French <c>vice-ministre</c>).
    /// </summary>
    public bool SplitsCompoundsAtHyphens { get; }

    /// <summary>The prefixes after which a hyphen joins a compound where compounds split (see <see cref="SplitsCompoundsAtHyphens"/>).</summary>
    public Lexicon HyphenPrefixes { get; }

    /// <summary>Reporting verbs in all their forms (<c>said</c>, <c>told</c>, <c>a déclaré</c>'s <c>déclaré</c>).</summary>
    public Lexicon SpeechVerbs { get; }

    /// <summary>
    /// Infinitives that report speech only after a causative auxiliary (French <c>a fait savoir</c>, <c>a fait valoir</c>),
    /// which the cue auxiliaries hold; alone they say nothing of speech.
    /// </summary>
    public Lexicon CausativeSpeechVerbs { get; }

    /// <summary>
    /// The speech verbs, in all their forms, whose content clause is reported speech (<c>said that …</c>, <c>a affirmé
    /// que …</c>), tagged <see cref="BareClauseTag"/> when the clause may follow with no complementizer; belief and
    /// perception verbs (<c>think</c>, <c>show</c>) are not among them.
    /// </summary>
    public Lexicon ReportingVerbs { get; }

    /// <summary>
    /// The speech verbs, in all their forms, whose infinitive complement is reported speech (<c>promised to …</c>,
    /// <c>urged voters to …</c>, <c>a promis de …</c>); a verb tagged with particles takes it only after one of them
    /// (<c>called on voters to …</c>), one tagged <see cref="BareInfinitiveTag"/> right after it with no marker.
    /// </summary>
    public Lexicon InfinitiveVerbs { get; }

    /// <summary>The tag of an infinitive verb whose infinitive follows it with no marker and no object (<c>affirme avoir …</c>).</summary>
    public const string BareInfinitiveTag = "bare";

    /// <summary>
    /// The speech verbs, in all their forms, whose object is what their subject says about (<c>criticized the council for
    /// …</c>, <c>praised the engineers</c>); a verb tagged with particles takes it only after one of them (<c>called for an
    /// inquiry</c>).
    /// </summary>
    public Lexicon ObjectVerbs { get; }

    /// <summary>The words that open an infinitive complement, kept in it (<c>to</c>, <c>de</c>, <c>à</c>).</summary>
    public Lexicon InfinitiveMarkers { get; }

    /// <summary>
    /// The endings of an infinitive (<c>er</c>, <c>ir</c>, <c>re</c>): where the language sets them, a word must have one
    /// to be taken for an infinitive; elsewhere its marker tells it alone.
    /// </summary>
    public ImmutableArray<string> InfinitiveEndings { get; }

    /// <summary>The tag of a reporting verb whose content clause may follow it with no complementizer (<c>said the plan was dead</c>).</summary>
    public const string BareClauseTag = "bare";

    /// <summary>The tag of a reporting verb whose clause may follow its addressee with no complementizer (<c>told reporters she would run</c>).</summary>
    public const string AddresseeClauseTag = "addressee";

    /// <summary>The tag of a reporting verb whose content may be an indirect question (<c>asked whether …</c>, <c>a demandé si …</c>).</summary>
    public const string QuestionTag = "question";

    /// <summary>The words that open an indirect question after a verb tagged <see cref="QuestionTag"/> (<c>whether</c>, <c>si</c>).</summary>
    public Lexicon QuestionWords { get; }

    /// <summary>Role nouns (<c>minister</c>, <c>spokeswoman</c>), tagged <c>m</c> or <c>f</c> when they tell the gender.</summary>
    public Lexicon Titles { get; }

    /// <summary>Words that modify a role noun inside a title (<c>deputy</c>, <c>foreign</c>, <c>former</c>).</summary>
    public Lexicon TitleModifiers { get; }

    /// <summary>Plural nouns for groups that speak (<c>officials</c>, <c>sources</c>); those tagged <see cref="AdjectiveTag"/> are adjectives too.</summary>
    public Lexicon GroupNouns { get; }

    /// <summary>
    /// The tag of a group noun that is an adjective too (French <c>officiels</c>, <c>militaires</c>): right after a plain noun, in a
    /// language whose adjectives follow their noun, it modifies that noun (<c>les chiffres officiels</c>) and names no group.
    /// </summary>
    public const string AdjectiveTag = "adjective";

    /// <summary>Words that make a capitalized name an organization (<c>Department</c>, <c>Kremlin</c>).</summary>
    public Lexicon OrganizationWords { get; }

    /// <summary>Subject pronouns that can stand for a speaker, tagged m, f, p (plural) or n (organization).</summary>
    public Lexicon Pronouns { get; }

    /// <summary>Nouns that report speech (<c>statement</c>, <c>demands</c>).</summary>
    public Lexicon SpeechNouns { get; }

    /// <summary>Capitalized sentence openers that are not names (<c>Despite</c>, <c>Last</c>).</summary>
    public Lexicon SentenceStarters { get; }

    /// <summary>
    /// Paragraphs that a web page inserts into an article's text (<c>Advertisement</c>, <c>Story continues
    /// below advertisement</c>): a quote broken by one goes on after it.
    /// </summary>
    public Lexicon BoilerplateLines { get; }

    /// <summary>
    /// Labels of a web page's sections and links that open a paragraph before a colon or a dash (<c>WATCH:</c>,
    /// <c>READ MORE:</c>): a sentence of their own, never a speaker or the subject of what follows.
    /// </summary>
    public Lexicon Rubrics { get; }

    /// <summary>Capitalized words that are never a name (<c>Monday</c>, <c>September</c>).</summary>
    public Lexicon NonNames { get; }

    /// <summary>Documents and media that speak (<c>the letter reads</c>, <c>the report stated</c>).</summary>
    public Lexicon SourceNouns { get; }

    /// <summary>
    /// Role nouns that name a kind of person rather than an office (<c>the diplomat</c>, <c>le responsable</c>): a description
    /// with one may stand for a person the article introduced with a more precise title.
    /// </summary>
    public Lexicon CategoryRoleNouns { get; }

    /// <summary>Words that may stand between a speaker and the speech verb (<c>has</c>, <c>also</c>).</summary>
    public Lexicon CueAuxiliaries { get; }

    /// <summary>
    /// Adverbs of time and frequency that may stand right before a reporting verb whose clause follows (<c>has since
    /// said that</c>, <c>often says</c>); read only there, since before a quotation's cue they more often open a new clause.
    /// </summary>
    public Lexicon ReportingAdverbs { get; }

    /// <summary>Words before a speech verb that deny the speech (<c>not</c>, <c>never</c>).</summary>
    public Lexicon Negations { get; }

    /// <summary>Forms of "to be" that identify a description with the name after them (<c>The first witness was Jane Roe</c>).</summary>
    public Lexicon Copulas { get; }

    /// <summary>Forms of "to be" that make a reporting verb after them passive (<c>Engineers were told that …</c>): its subject hears the words.</summary>
    public Lexicon PassiveAuxiliaries { get; }

    /// <summary>
    /// Auxiliaries and modals that only a finite clause holds (<c>were</c>, <c>would</c>, <c>can't</c>): after a verb that
    /// takes a bare clause, one a few words on shows that those words are the clause's subject (<c>said allies were …</c>).
    /// </summary>
    public Lexicon FiniteAuxiliaries { get; }

    /// <summary>Words that make a noun phrase the share of a group (<c>percent</c>, <c>majority</c>, <c>moitié</c>): its answers to a poll are what it says.</summary>
    public Lexicon ShareWords { get; }

    /// <summary>Lower-case nationality adjectives written after the role noun (French <c>russe</c>), with the affiliation they give.</summary>
    public Lexicon NationalityAdjectives { get; }

    /// <summary>
    /// Whether a title's modifiers may follow its role noun (French <c>secrétaire générale</c>, <c>vice-ministre
    /// russe</c>), as well as precede it.
    /// </summary>
    public bool PlacesAdjectivesAfterNouns { get; }

    /// <summary>
    /// Whether titles of works capitalize only their first word (French <c>« La tête la première »</c>), so that
    /// a quote starting with a capital after a plain word inside a sentence is a title or a name, since a
    /// fragment of speech woven into a sentence starts in lower case.
    /// </summary>
    public bool WritesTitlesInSentenceCase { get; }

    /// <summary>
    /// Words that credit a work in sentence case to its author right after its title (French <c>de</c> in
    /// <c>« Le vent du soir » de Jeanne Roy</c>); read only when <see cref="WritesTitlesInSentenceCase"/>.
    /// </summary>
    public Lexicon TitleCredits { get; }

    /// <summary>Words that open a speaker phrase (<c>the</c>, <c>la</c>), tagged m or f when they tell the gender, p when plural.</summary>
    public Lexicon Determiners { get; }

    /// <summary>The tag of <see cref="ComplementPrepositions"/> for a preposition that only a capitalized body or place may follow (<c>ambassador to the Netherlands</c>).</summary>
    public const string BodyComplementTag = "body";

    /// <summary>
    /// The tag of <see cref="ComplementPrepositions"/> for a preposition that, after a speaker inverted with a speech verb, names
    /// whom the words were told (<c>affirme la chercheuse à Kestrow Info</c>): the verb's complement, not the title's.
    /// </summary>
    public const string AddresseeComplementTag = "addressee";

    /// <summary>Prepositions that join a role noun to its body or place (<c>of</c>, <c>du</c>); tag <see cref="BodyComplementTag"/> when only a body may follow, <see cref="AddresseeComplementTag"/> when it may name an addressee.</summary>
    public Lexicon ComplementPrepositions { get; }

    /// <summary>Words that open reported speech after a speech verb (<c>that</c>, <c>que</c>).</summary>
    public Lexicon Complementizers { get; }

    /// <summary>
    /// Prepositions that open an adjunct between an inverted speech verb and its speaker (<c>sur</c>, <c>dans</c>:
    /// <c>« … », a écrit dans un message le maire</c>), besides the small words of titles.
    /// </summary>
    public Lexicon AdjunctPrepositions { get; }

    /// <summary>
    /// Prepositions that introduce the agent of a passive (<c>by</c>, <c>par</c>: <c>une pétition lancée par le
    /// chirurgien X</c>), the person who acts although the sentence is not about them grammatically.
    /// </summary>
    public Lexicon AgentPrepositions { get; }

    /// <summary>
    /// Conjunctions that open a subordinate clause before the main one (<c>while</c>, <c>alors</c> of <c>alors que</c>):
    /// a sentence's subject follows the comma that ends that clause (<c>While Jane Roe waited, Mark Smith left</c>).
    /// </summary>
    public Lexicon Subordinators { get; }

    /// <summary>Prepositions that open a clause whose participle has the noun after them as its subject (<c>with Jane Doe noting …</c>); read for languages with a participle ending.</summary>
    public Lexicon AbsolutePrepositions { get; }

    /// <summary>Words that open a sentence with the person whose view it gives (<c>For X, …</c>, <c>Pour X, …</c>).</summary>
    public Lexicon OpinionMarkers { get; }

    /// <summary>The tag of an opinion marker after whose phrase and comma the sentence reports what the person named says (<c>Pour X, le parti …</c>).</summary>
    public const string SpeechOpinionTag = "speech";

    /// <summary>Phrases that introduce a source (<c>according to</c>, <c>selon</c>), as the tokens' texts.</summary>
    public string[][] SourceMarkers { get; }

    /// <summary>
    /// Pronouns that are a mention only right after one of the <see cref="SourceMarkers"/> (<c>according to him</c>,
    /// <c>selon lui</c>), tagged as <see cref="Pronouns"/> are: elsewhere they are objects, never a speaker.
    /// </summary>
    public Lexicon SourcePronouns { get; }

    /// <summary>
    /// A comparison and the pronoun that takes up the words, after which the speaker follows the speech verb
    /// (<c>comme le décrit le journal</c>, <c>ainsi que l'a rappelé le ministre</c>), as the tokens' texts.
    /// </summary>
    public string[][] ComparisonLeads { get; }

    /// <summary>
    /// Words that open a comparison with what a source reported, whose comma the reported words follow (<c>As the Daily
    /// Courier reported, …</c>, <c>Comme l'a rappelé le maire, …</c>).
    /// </summary>
    public Lexicon ComparisonOpeners { get; }

    /// <summary>
    /// Words of a phrase of time that may stand between a reporting verb and the clause it reports (<c>said Wednesday
    /// night that</c>, <c>a affirmé lundi soir que</c>); those tagged <see cref="TimeModifierTag"/> need a time word after them.
    /// </summary>
    public Lexicon TimeWords { get; }

    /// <summary>The tag of a time word that only modifies the next one (<c>this</c> of <c>this week</c>), and alone rather opens a subject (<c>said this plan …</c>).</summary>
    public const string TimeModifierTag = "modifier";

    /// <summary>
    /// Phrases that open the sentence after a quotation and take up its words before the speech verb (<c>« … » C'est ce
    /// qu'a déclaré le ministre.</c>, <c>“…” That is what Jane Roe said.</c>), as the tokens' texts: that verb's speaker spoke the quotation.
    /// </summary>
    public string[][] TakenUpLeads { get; }

    /// <summary>
    /// Phrases that open a sentence on a body whose members then speak through an indefinite pronoun (<c>Du côté du
    /// club, on estime …</c>, <c>Chez Renault, on assure …</c>), as the tokens' texts: that body is the speaker.
    /// </summary>
    public string[][] CollectiveSourceMarkers { get; }

    /// <summary>Lower-case function words that may open a described speaker after a speech verb (<c>said one unaligned Florida Republican</c>).</summary>
    public Lexicon SpeakerQuantifiers { get; }

    /// <summary>Determiners that introduce somebody new (<c>an expert</c>, <c>un témoin</c>), not a person named elsewhere.</summary>
    public Lexicon IndefiniteDeterminers { get; }

    /// <summary>Possessive determiners (<c>her</c>, <c>sa</c>), which make the description after them somebody's relation (<c>her son</c>).</summary>
    public Lexicon PossessiveDeterminers { get; }

    /// <summary>
    /// The ending of a participle (<c>saying</c>), whose subject is the sentence's (<c>X issued a statement
    /// saying …</c>); null where participles are not told by their ending.
    /// </summary>
    public string? ParticipleSuffix { get; }

    /// <summary>
    /// Characters that the language writes and the others rarely do (French <c>«</c>, <c>é</c>): each word or mark that
    /// holds one is a vote for the language when it is detected, which decides a short text whose function words tie.
    /// </summary>
    public string DetectionMarks { get; }

    /// <summary>
    /// What follows a number and a hyphen to describe a person by their age (<c>year-old</c>: <c>the 56-year-old said</c>),
    /// a phrase that names a person without a role noun; null when the language writes no such compound.
    /// </summary>
    public string? AgeDescription { get; }

    /// <summary>Whether <paramref name="word"/> ends with the language's participle ending (<c>saying</c>); never where it has none.</summary>
    public bool IsParticiple(ReadOnlySpan<char> word) => ParticipleSuffix is { } suffix && word.EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>
    /// The ending that marks an adverb (<c>ly</c>), which may stand between a speaker and the verb; null
    /// where the ending is shared with nouns (French <c>-ment</c>: <c>gouvernement</c>), whose adverbs are listed instead.
    /// </summary>
    public string? AdverbSuffix { get; }

    /// <summary>Whether a plain space groups thousands (French <c>80 000</c>); a no-break space always does.</summary>
    public bool GroupsDigitsWithSpace { get; }

    /// <summary>The ending of a regular plural noun (<c>Republicans</c>, <c>Américains</c>), exactly as written.</summary>
    public string PluralSuffix { get; }

    /// <summary>Whether <paramref name="word"/> is longer than the language's <see cref="PluralSuffix"/> and ends with it (<c>polls</c>).</summary>
    public bool EndsWithPluralSuffix(ReadOnlySpan<char> word) =>
        PluralSuffix.Length > 0 && word.Length > PluralSuffix.Length && word.EndsWith(PluralSuffix, StringComparison.Ordinal);

    /// <summary>
    /// The ending of the present-tense verb a headline puts after its subject (<c>Roe Talks “Retaliation”</c>), where a
    /// headline capitalizes every word; null when the language's verbs have no such ending or its headlines are in sentence case.
    /// </summary>
    public string? HeadlineVerbSuffix { get; }

    /// <summary>How many plain words <see cref="ClassifyWords"/> reads before it looks them up.</summary>
    private const int ClassifyBatch = 64;

    /// <summary>
    /// Fills the document's <see cref="Document.Classes"/> with the classes of every word token, of its
    /// text and, for a contraction or possessive, of its stem; None for other tokens.
    /// </summary>
    public void ClassifyWords(Document document)
    {
        var (text, tokens, classes) = (document.Text, document.Tokens, document.Classes.Items);
        var table = _classes.Value;
        var all = CollectionsMarshal.AsSpan(tokens);

        // The plain words are read first and looked up in batches: the lookups, which wait on the table's memory, then
        // follow each other with no branch between them, and many are under way at once.
        Span<Vector128<byte>> words = stackalloc Vector128<byte>[ClassifyBatch];
        Span<int> wordTokens = stackalloc int[ClassifyBatch];
        int pending = 0;
        for (int i = 0; i < all.Length; i++)
        {
            ref readonly var token = ref all[i];
            if (token.Kind == TokenKind.Word && token.Clitic.Length == 0 && !token.Has(TokenFlags.Hyphenated)
                && WordClassTable.TryReadWord(text, token.Start, token.Length, out var word))
            {
                words[pending] = word;
                wordTokens[pending++] = i;
                if (pending == ClassifyBatch)
                {
                    LookUp(table, words, wordTokens, classes);
                    pending = 0;
                }
            }
            else
            {
                classes[i] = token.Kind == TokenKind.Word ? ClassOfWord(text, token, table) : WordClass.None;
            }
        }

        LookUp(table, words[..pending], wordTokens[..pending], classes);
    }

    /// <summary>Gives each token of <paramref name="wordTokens"/> the classes of its word, read in <paramref name="words"/>.</summary>
    private static void LookUp(WordClassTable table, ReadOnlySpan<Vector128<byte>> words, ReadOnlySpan<int> wordTokens, WordClass[] classes)
    {
        for (int k = 0; k < words.Length; k++)
        {
            classes[wordTokens[k]] = table.ClassOf(words[k]);
        }
    }

    /// <summary>The classes of a word token, of its text and, for a contraction or possessive, of its stem.</summary>
    private static WordClass ClassOfWord(string text, in Token token, WordClassTable table)
    {
        var wordClass = table.Of(text, token.Start, token.Length);
        if (token.Clitic.Length > 0)
        {
            wordClass |= table.Of(text, token.Start, token.Stem.Length);
        }

        if (token.Has(TokenFlags.Hyphenated) && (wordClass & WordClass.Title) == 0)
        {
            wordClass |= PrefixedRoleNoun(text, token, table);
        }

        return wordClass;
    }

    /// <summary>
    /// The role noun's class of a hyphenated word whose last part is a role noun in lower case (<c>co-host</c>,
    /// <c>ex-ministre</c>): a prefix keeps the role, and the lists cannot hold every prefixed form. A capitalized
    /// last part is rather a name's (<c>Smith-King</c>).
    /// </summary>
    private static WordClass PrefixedRoleNoun(string text, in Token token, WordClassTable table)
    {
        int tail = RoleNounStart(text, token);
        return tail > token.Start && tail < token.End && char.IsLower(text[tail])
            ? table.Of(text, tail, token.End - tail) & WordClass.Title
            : WordClass.None;
    }

    /// <summary>Where the part of a word that a role noun's list is asked about starts: after its last hyphen, if any.</summary>
    public static int RoleNounStart(string text, in Token token) =>
        token.Has(TokenFlags.Hyphenated) ? text.LastIndexOf('-', token.End - 1, token.Length) + 1 : token.Start;

    /// <summary>The class bits of a pronoun's tag in the pronoun list (<c>m</c>, <c>f</c>, <c>p</c>, <c>r</c>, <c>i</c>; <c>n</c> sets none).</summary>
    public static WordClass PronounClass(string tag) => tag switch
    {
        GenderTag.Male => WordClass.MalePronoun,
        GenderTag.Female => WordClass.FemalePronoun,
        "p" => WordClass.PluralPronoun,
        "r" => WordClass.RelativePronoun,
        "i" => WordClass.IndefinitePronoun,
        _ => WordClass.None,
    };

    private WordClassTable BuildClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(Lexicon lexicon, WordClass wordClass)
        {
            foreach (var form in lexicon.Entries.Keys)
            {
                classes[form] = classes.GetValueOrDefault(form) | wordClass;
            }
        }

        Add(FunctionWords, WordClass.Function);
        Add(SpeechVerbs, WordClass.SpeechVerb);
        Add(CueAuxiliaries, WordClass.CueAuxiliary);
        Add(Titles, WordClass.Title);
        Add(TitleModifiers, WordClass.TitleModifier);
        Add(GroupNouns, WordClass.GroupNoun);
        Add(OrganizationWords, WordClass.OrganizationWord);
        Add(SourceNouns, WordClass.SourceNoun);
        Add(Determiners, WordClass.Determiner);
        Add(Pronouns, WordClass.Pronoun);
        foreach (var (form, tag) in Pronouns.Entries)
        {
            classes[form] |= PronounClass(tag);
        }

        Add(NationalityAdjectives, WordClass.NationalityAdjective);
        Add(ComplementPrepositions, WordClass.ComplementPreposition);
        Add(Negations, WordClass.Negation);
        Add(SentenceStarters, WordClass.SentenceStarter);
        Add(SpeechNouns, WordClass.SpeechNoun);
        Add(SharedLexicons.Honorifics, WordClass.Honorific);
        Add(SharedLexicons.Nationalities, WordClass.Nationality);
        Add(NonNames, WordClass.NonName);
        foreach (var marker in SourceMarkers)
        {
            classes[marker[0]] = classes.GetValueOrDefault(marker[0]) | WordClass.SourceMarkerStart;
        }

        Add(SharedLexicons.SpeechIdiomVerbs, WordClass.SpeechIdiomVerb);
        Add(CausativeSpeechVerbs, WordClass.CausativeSpeechVerb);
        Add(Copulas, WordClass.Copula);
        Add(ReportingVerbs, WordClass.ReportingVerb);
        Add(InfinitiveVerbs, WordClass.InfinitiveVerb);
        Add(Complementizers, WordClass.Complementizer);
        Add(InfinitiveMarkers, WordClass.InfinitiveMarker);
        Add(ObjectVerbs, WordClass.ObjectVerb);
        Add(QuestionWords, WordClass.QuestionWord);
        Add(Subordinators, WordClass.Subordinator);
        Add(PossessiveDeterminers, WordClass.PossessiveDeterminer);
        Add(FiniteAuxiliaries, WordClass.FiniteAuxiliary);
        Add(PassiveAuxiliaries, WordClass.PassiveAuxiliary);
        Add(ReportingAdverbs, WordClass.ReportingAdverb);
        Add(ShareWords, WordClass.ShareWord);
        Add(AgentPrepositions, WordClass.AgentPreposition);
        Add(AbsolutePrepositions, WordClass.AbsolutePreposition);
        Add(AdjunctPrepositions, WordClass.AdjunctPreposition);
        Add(IndefiniteDeterminers, WordClass.IndefiniteDeterminer);
        Add(ComparisonOpeners, WordClass.ComparisonOpener);
        Add(TimeWords, WordClass.TimeWord);
        foreach (var (form, tag) in SharedLexicons.TitleSmallWords.Entries)
        {
            classes[form] = classes.GetValueOrDefault(form) | (tag == SharedLexicons.ConjunctionTag ? WordClass.Conjunction : WordClass.SmallWord);
        }
        foreach (var (form, tag) in ReportingVerbs.Entries)
        {
            if (tag == BareClauseTag)
            {
                classes[form] |= WordClass.BareClauseVerb;
            }
        }

        foreach (var (form, tag) in OpinionMarkers.Entries)
        {
            if (tag.Contains(SpeechOpinionTag, StringComparison.Ordinal))
            {
                classes[form] = classes.GetValueOrDefault(form) | WordClass.SpeechOpinionMarker;
            }
        }

        foreach (var (form, tag) in Determiners.Entries)
        {
            if (tag.Contains('p', StringComparison.Ordinal))
            {
                classes[form] |= WordClass.PluralDeterminer;
            }
        }

        return new WordClassTable(classes);
    }

    /// <summary>
    /// A list of verbs in all their forms: as listed, or each listed infinitive's forms by <paramref name="inflect"/>
    /// (French lists infinitives), every form with its infinitive's tag.
    /// </summary>
    private static Lexicon Verbs(Lexicon listed, Func<string, IEnumerable<string>>? inflect) =>
        inflect is null
            ? listed
            : Lexicon.FromEntries(listed.Entries.SelectMany(entry => inflect(entry.Key).Select(form => KeyValuePair.Create(form, entry.Value))), ignoreCase: true);

    /// <summary>
    /// The contraction clitics of <paramref name="contractions"/>, written with a straight apostrophe and tagged
    /// <c>negation</c>, <c>possessive</c> or nothing for a contraction; those with letters before their apostrophe come
    /// first, so that they win over a shorter clitic with the same ending.
    /// </summary>
    private static ImmutableArray<ContractionClitic> ContractionCliticsOf(Lexicon contractions) =>
        [.. contractions.Entries
            .Where(entry => entry.Key.Contains('\'', StringComparison.Ordinal))
            .Select(entry =>
            {
                var (form, tag) = entry;
                int apostrophe = form.IndexOf('\'', StringComparison.Ordinal);
                var flags = tag switch
                {
                    "negation" => TokenFlags.Contraction | TokenFlags.Negation,
                    "possessive" => TokenFlags.Possessive,
                    _ => TokenFlags.Contraction,
                };
                return new ContractionClitic(form[..apostrophe], form[(apostrophe + 1)..], flags);
            })
            .OrderByDescending(clitic => clitic.Lead.Length)];

    /// <summary>The profile of <paramref name="language"/>; the first language for <see cref="Language.Auto"/>, which detection replaces first.</summary>
    public static LanguageProfile For(Language language)
    {
        var all = s_all.Value;
        foreach (var profile in all)
        {
            if (profile.Language == language)
            {
                return profile;
            }
        }

        return all[0];
    }
}
