using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using QuoteExtraction.Lexicons;
using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Languages;

/// <summary>
/// The data one language needs at every stage: abbreviations, elisions, clitics, function words.
/// Built once per language and shared; immutable.
/// </summary>
internal sealed class LanguageProfile
{
    private static readonly Lazy<LanguageProfile> s_english = new(() => new LanguageProfile(
        Language.English,
        abbreviations: Lexicon.Load("abbreviations.en", ignoreCase: false),
        functionWords: Lexicon.Load("function-words.en", ignoreCase: true),
        elisions: Lexicon.Empty,
        invertedClitics: Lexicon.Empty,
        apostropheWords: Lexicon.Load("apostrophe-words.en", ignoreCase: true),
        wholeWords: Lexicon.Empty,
        hyphenPrefixes: Lexicon.Load("hyphen-prefixes.en", ignoreCase: true),
        speechVerbs: Lexicon.Load("speech-verbs.en", ignoreCase: true),
        groupsDigitsWithSpace: false)
    {
        SplitsCompoundsAtHyphens = true,
        MarksContractions = true,
        ContractionClitics = LoadContractionClitics("contractions.en"),
        ContractionStems = Lexicon.Load("contraction-stems.en", ignoreCase: true),
        Titles = Lexicon.Load("titles.en", ignoreCase: true),
        TitleModifiers = Lexicon.Load("title-modifiers.en", ignoreCase: true),
        GroupNouns = Lexicon.Load("group-nouns.en", ignoreCase: true),
        OrganizationWords = Lexicon.Load("organization-words.en", ignoreCase: true),
        Pronouns = Lexicon.Load("pronouns.en", ignoreCase: true),
        SpeechNouns = Lexicon.Load("speech-nouns.en", ignoreCase: true),
        SentenceStarters = Lexicon.Load("sentence-starters.en", ignoreCase: true),
        CueAuxiliaries = Lexicon.Load("cue-auxiliaries.en", ignoreCase: true),
        SourceNouns = Lexicon.Load("source-nouns.en", ignoreCase: true),
        NonNames = Lexicon.Load("non-names.en", ignoreCase: false),
        Negations = Lexicon.Load("negations.en", ignoreCase: true),
        Determiners = Lexicon.Load("determiners.en", ignoreCase: true),
        ComplementPrepositions = Lexicon.Load("complement-prepositions.en", ignoreCase: true),
        Complementizers = Lexicon.Load("complementizers.en", ignoreCase: true),
        SourceMarkers = LoadPhrases("source-markers.en"),
        OpinionMarkers = Lexicon.Load("opinion-markers.en", ignoreCase: true),
        AdverbSuffix = "ly",
    });

    private static readonly Lazy<LanguageProfile> s_french = new(() => new LanguageProfile(
        Language.French,
        abbreviations: Lexicon.Load("abbreviations.fr", ignoreCase: false),
        functionWords: Lexicon.Load("function-words.fr", ignoreCase: true),
        elisions: Lexicon.Load("elisions.fr", ignoreCase: true),
        invertedClitics: Lexicon.Load("clitics.fr", ignoreCase: true),
        apostropheWords: Lexicon.Empty,
        wholeWords: Lexicon.Load("whole-words.fr", ignoreCase: true),
        hyphenPrefixes: Lexicon.Empty,
        speechVerbs: Lexicon.FromForms(Lexicon.Load("speech-verbs.fr", ignoreCase: true).Entries.Keys.SelectMany(FrenchConjugation.Forms), ignoreCase: true),
        groupsDigitsWithSpace: true)
    {
        SeparatesElisions = true,
        InvertsCliticsWithHyphen = true,
        EuphonicInfixes = Lexicon.Load("euphonic-infixes.fr", ignoreCase: true),
        Titles = Lexicon.Load("titles.fr", ignoreCase: true),
        TitleModifiers = Lexicon.Load("title-modifiers.fr", ignoreCase: true),
        GroupNouns = Lexicon.Load("group-nouns.fr", ignoreCase: true),
        OrganizationWords = Lexicon.Load("organization-words.fr", ignoreCase: true),
        Pronouns = Lexicon.Load("pronouns.fr", ignoreCase: true),
        SpeechNouns = Lexicon.Load("speech-nouns.fr", ignoreCase: true),
        SentenceStarters = Lexicon.Load("sentence-starters.fr", ignoreCase: true),
        CueAuxiliaries = Lexicon.Load("cue-auxiliaries.fr", ignoreCase: true),
        SourceNouns = Lexicon.Load("source-nouns.fr", ignoreCase: true),
        NonNames = Lexicon.Load("non-names.fr", ignoreCase: false),
        Negations = Lexicon.Load("negations.fr", ignoreCase: true),
        NationalityAdjectives = Lexicon.Load("nationalities.fr", ignoreCase: true),
        Determiners = Lexicon.Load("determiners.fr", ignoreCase: true),
        ComplementPrepositions = Lexicon.Load("complement-prepositions.fr", ignoreCase: true),
        Complementizers = Lexicon.Load("complementizers.fr", ignoreCase: true),
        SourceMarkers = LoadPhrases("source-markers.fr"),
        OpinionMarkers = Lexicon.Load("opinion-markers.fr", ignoreCase: true),
    });

    private readonly Lazy<WordClassTable> _classes;

    private static readonly Lazy<Lexicon> s_numberSuffixes = new(() => Lexicon.Load("number-suffixes", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_pluralEndings = new(() => Lexicon.Load("plural-endings", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_degreeSignAbbreviations = new(() => Lexicon.Load("degree-sign-abbreviations", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_mentionMarkers = new(() => Lexicon.Load("mention-markers", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_titleSmallWords = new(() => Lexicon.Load("title-small-words", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_firstNames = new(() => Lexicon.Load("first-names", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_speechIdiomVerbs = new(() => Lexicon.Load("speech-idiom-verbs", ignoreCase: false));
    private static readonly Lazy<Lexicon> s_honorifics = new(() => Lexicon.Load("honorifics", ignoreCase: false));
    private static readonly Lazy<Lexicon> s_nationalities = new(() => Lexicon.Load("nationalities", ignoreCase: false));
    private static readonly Lazy<Lexicon> s_countries = new(() => Lexicon.FromForms(s_nationalities.Value.Entries.Values, ignoreCase: false));

    private LanguageProfile(Language language, Lexicon abbreviations, Lexicon functionWords, Lexicon elisions,
        Lexicon invertedClitics, Lexicon apostropheWords, Lexicon wholeWords, Lexicon hyphenPrefixes, Lexicon speechVerbs, bool groupsDigitsWithSpace)
    {
        Language = language;
        Abbreviations = abbreviations;
        FunctionWords = functionWords;
        Elisions = elisions;
        InvertedClitics = invertedClitics;
        ApostropheWords = apostropheWords;
        WholeWords = wholeWords;
        HyphenPrefixes = hyphenPrefixes;
        SpeechVerbs = speechVerbs;
        GroupsDigitsWithSpace = groupsDigitsWithSpace;

        // Built on first use, once every list is set.
        _classes = new Lazy<WordClassTable>(BuildClasses);
    }

    public static LanguageProfile English => s_english.Value;

    public static LanguageProfile French => s_french.Value;

    public Language Language { get; }

    /// <summary>Words whose final period belongs to them, without the period; tag <c>title</c> never ends a sentence.</summary>
    public Lexicon Abbreviations { get; }

    /// <summary>Closed-class words: sentence starters and language evidence.</summary>
    public Lexicon FunctionWords { get; }

    /// <summary>Whether an elided word forms a token with its apostrophe (French <c>l'</c> <c>homme</c>); see <see cref="Elisions"/>.</summary>
    public bool SeparatesElisions { get; private init; }

    /// <summary>Words that elide before a vowel and form a token with their apostrophe (French <c>l'</c>).</summary>
    public Lexicon Elisions { get; }

    /// <summary>
    /// Whether a pronoun after a verb and a hyphen forms its own token (French <c>a</c> <c>-t-il</c>); see
    /// <see cref="InvertedClitics"/>.
    /// </summary>
    public bool InvertsCliticsWithHyphen { get; private init; }

    /// <summary>Pronouns that follow a verb after a hyphen and form their own token (French <c>-t-il</c>).</summary>
    public Lexicon InvertedClitics { get; }

    /// <summary>Letters written between a verb and an inverted pronoun (French <c>a-t-il</c>), part of the pronoun's token.</summary>
    public Lexicon EuphonicInfixes { get; private init; } = Lexicon.Empty;

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
    public bool MarksContractions { get; private init; }

    /// <summary>
    /// The clitics a word may end with after an apostrophe (<c>n't</c>, <c>'s</c>, <c>'re</c>), those with letters before
    /// their apostrophe first.
    /// </summary>
    public ImmutableArray<ContractionClitic> ContractionClitics { get; private init; } = [];

    /// <summary>The words after which a possessive clitic is a contraction (<c>it's</c>, <c>let's</c>).</summary>
    public Lexicon ContractionStems { get; private init; } = Lexicon.Empty;

    /// <summary>
    /// Whether compounds split at their hyphens except after <see cref="HyphenPrefixes"/> (English <c>e-mail</c>,
    /// <c>non-human</c>, but <c>15 - year</c>); when false, hyphenated words stay whole (French <c>vice-ministre</c>).
    /// </summary>
    public bool SplitsCompoundsAtHyphens { get; private init; }

    /// <summary>The prefixes after which a hyphen joins a compound where compounds split (see <see cref="SplitsCompoundsAtHyphens"/>).</summary>
    public Lexicon HyphenPrefixes { get; }

    /// <summary>Reporting verbs in all their forms (<c>said</c>, <c>told</c>, <c>a déclaré</c>'s <c>déclaré</c>).</summary>
    public Lexicon SpeechVerbs { get; }

    /// <summary>Words before a quotation that mark a scare quote (<c>so-called</c>); shared by all languages.</summary>
    public static Lexicon MentionMarkers => s_mentionMarkers.Value;

    /// <summary>Short words that stay lower case inside a capitalized title (<c>the</c>, <c>of</c>, <c>de</c>); shared by all languages.</summary>
    public static Lexicon TitleSmallWords => s_titleSmallWords.Value;

    /// <summary>Role nouns (<c>minister</c>, <c>spokeswoman</c>), tagged <c>m</c> or <c>f</c> when they tell the gender.</summary>
    public Lexicon Titles { get; private init; } = Lexicon.Empty;

    /// <summary>Words that modify a role noun inside a title (<c>deputy</c>, <c>foreign</c>, <c>former</c>).</summary>
    public Lexicon TitleModifiers { get; private init; } = Lexicon.Empty;

    /// <summary>Plural nouns for groups that speak (<c>officials</c>, <c>sources</c>).</summary>
    public Lexicon GroupNouns { get; private init; } = Lexicon.Empty;

    /// <summary>Words that make a capitalized name an organization (<c>Department</c>, <c>Kremlin</c>).</summary>
    public Lexicon OrganizationWords { get; private init; } = Lexicon.Empty;

    /// <summary>Subject pronouns that can stand for a speaker, tagged m, f, p (plural) or n (organization).</summary>
    public Lexicon Pronouns { get; private init; } = Lexicon.Empty;

    /// <summary>Nouns that report speech (<c>statement</c>, <c>demands</c>).</summary>
    public Lexicon SpeechNouns { get; private init; } = Lexicon.Empty;

    /// <summary>Capitalized sentence openers that are not names (<c>Despite</c>, <c>Last</c>).</summary>
    public Lexicon SentenceStarters { get; private init; } = Lexicon.Empty;

    /// <summary>Capitalized words that are never a name (<c>Monday</c>, <c>September</c>).</summary>
    public Lexicon NonNames { get; private init; } = Lexicon.Empty;

    /// <summary>Documents and media that speak (<c>the letter reads</c>, <c>the report stated</c>).</summary>
    public Lexicon SourceNouns { get; private init; } = Lexicon.Empty;

    /// <summary>Words that may stand between a speaker and the speech verb (<c>has</c>, <c>also</c>).</summary>
    public Lexicon CueAuxiliaries { get; private init; } = Lexicon.Empty;

    /// <summary>Words before a speech verb that deny the speech (<c>not</c>, <c>never</c>).</summary>
    public Lexicon Negations { get; private init; } = Lexicon.Empty;

    /// <summary>Lower-case nationality adjectives written after the role noun (French <c>russe</c>), with the affiliation they give.</summary>
    public Lexicon NationalityAdjectives { get; private init; } = Lexicon.Empty;

    /// <summary>Words that open a speaker phrase (<c>the</c>, <c>la</c>), tagged m or f when they tell the gender, p when plural.</summary>
    public Lexicon Determiners { get; private init; } = Lexicon.Empty;

    /// <summary>Prepositions that join a role noun to its body or place (<c>of</c>, <c>du</c>).</summary>
    public Lexicon ComplementPrepositions { get; private init; } = Lexicon.Empty;

    /// <summary>Words that open reported speech after a speech verb (<c>that</c>, <c>que</c>).</summary>
    public Lexicon Complementizers { get; private init; } = Lexicon.Empty;

    /// <summary>Words that open a sentence with the person whose view it gives (<c>For X, …</c>, <c>Pour X, …</c>).</summary>
    public Lexicon OpinionMarkers { get; private init; } = Lexicon.Empty;

    /// <summary>Phrases that introduce a source (<c>according to</c>, <c>selon</c>), as the tokens' texts.</summary>
    public string[][] SourceMarkers { get; private init; } = [];

    /// <summary>
    /// The ending that marks an adverb (<c>ly</c>), which may stand between a speaker and the verb; null
    /// where the ending is shared with nouns (French <c>-ment</c>: <c>gouvernement</c>), whose adverbs are listed instead.
    /// </summary>
    public string? AdverbSuffix { get; private init; }

    /// <summary>First names tagged m, f or u; shared by all languages.</summary>
    public static Lexicon FirstNames => s_firstNames.Value;

    /// <summary>Honorifics written before a name (<c>Mr.</c>, <c>Mme</c>), tagged m or f; shared by all languages.</summary>
    public static Lexicon Honorifics => s_honorifics.Value;

    /// <summary>Nationality adjectives and country forms, each with the affiliation it gives; shared by all languages.</summary>
    public static Lexicon Nationalities => s_nationalities.Value;

    /// <summary>The countries and bodies the nationality adjectives give (<c>Russia</c>, <c>NATO</c>): names that are not people's.</summary>
    public static Lexicon Countries => s_countries.Value;

    /// <summary>Letters that stay with the digits before them (<c>1990s</c>, <c>1er</c>); shared by all languages.</summary>
    public static Lexicon NumberSuffixes => s_numberSuffixes.Value;

    /// <summary>Letters that end a plural, after which a bare apostrophe is a possessive (<c>students'</c>); shared by all languages.</summary>
    public static Lexicon PluralEndings => s_pluralEndings.Value;

    /// <summary>Abbreviations whose degree sign after them is part of the word (<c>n°</c>); shared by all languages.</summary>
    public static Lexicon DegreeSignAbbreviations => s_degreeSignAbbreviations.Value;

    /// <summary>The verbs of the speech idiom <c>as X put it</c>, exactly as written (see <see cref="WordClass.SpeechIdiomVerb"/>); shared by all languages.</summary>
    public static Lexicon SpeechIdiomVerbs => s_speechIdiomVerbs.Value;

    /// <summary>Whether a plain space groups thousands (French <c>80 000</c>); a no-break space always does.</summary>
    public bool GroupsDigitsWithSpace { get; }

    /// <summary>
    /// Fills <paramref name="classes"/> (a pooled array, maybe longer than the tokens) with the classes of
    /// every word token, of its text and, for a contraction or possessive, of its stem; None for other tokens.
    /// </summary>
    public void ClassesOf(string text, List<Token> tokens, WordClass[] classes)
    {
        var table = _classes.Value;
        var all = CollectionsMarshal.AsSpan(tokens);
        for (int i = 0; i < all.Length; i++)
        {
            ref readonly var token = ref all[i];
            var wordClass = WordClass.None;
            if (token.Kind == TokenKind.Word)
            {
                wordClass = table.Of(text, token.Start, token.Length);
                if (token.Clitic.Length > 0)
                {
                    wordClass |= table.Of(text, token.Start, token.Stem.Length);
                }
            }

            classes[i] = wordClass;
        }
    }

    /// <summary>The class bits of a pronoun's tag in the pronoun list (<c>m</c>, <c>f</c>, <c>p</c>, <c>r</c>, <c>i</c>; <c>n</c> sets none).</summary>
    public static WordClass PronounClass(string tag) => tag switch
    {
        "m" => WordClass.MalePronoun,
        "f" => WordClass.FemalePronoun,
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
        Add(Honorifics, WordClass.Honorific);
        Add(Nationalities, WordClass.Nationality);
        Add(NonNames, WordClass.NonName);
        foreach (var marker in SourceMarkers)
        {
            classes[marker[0]] = classes.GetValueOrDefault(marker[0]) | WordClass.SourceMarkerStart;
        }

        Add(SpeechIdiomVerbs, WordClass.SpeechIdiomVerb);

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
    /// Reads the contraction clitics of the lexicon <paramref name="name"/>, written with a straight apostrophe and tagged
    /// <c>negation</c>, <c>possessive</c> or nothing for a contraction; those with letters before their apostrophe come
    /// first, so that they win over a shorter clitic with the same ending.
    /// </summary>
    private static ImmutableArray<ContractionClitic> LoadContractionClitics(string name) =>
        [.. Lexicon.Load(name, ignoreCase: true).Entries
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

    private static string[][] LoadPhrases(string name) =>
        [.. Lexicon.Load(name, ignoreCase: true).Entries.Keys.Select(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    public static LanguageProfile For(Language language) => language switch
    {
        Language.French => French,
        _ => English,
    };
}
