using QuoteExtraction.Lexicons;

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
        groupsDigitsWithSpace: false));

    private static readonly Lazy<LanguageProfile> s_french = new(() => new LanguageProfile(
        Language.French,
        abbreviations: Lexicon.Load("abbreviations.fr", ignoreCase: false),
        functionWords: Lexicon.Load("function-words.fr", ignoreCase: true),
        elisions: Lexicon.Load("elisions.fr", ignoreCase: true),
        invertedClitics: Lexicon.Load("clitics.fr", ignoreCase: true),
        apostropheWords: Lexicon.Empty,
        wholeWords: Lexicon.Load("whole-words.fr", ignoreCase: true),
        hyphenPrefixes: null,
        speechVerbs: Lexicon.Load("speech-verbs.fr", ignoreCase: true),
        groupsDigitsWithSpace: true));

    private static readonly Lazy<Lexicon> s_numberSuffixes = new(() => Lexicon.Load("number-suffixes", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_mentionMarkers = new(() => Lexicon.Load("mention-markers", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_titleSmallWords = new(() => Lexicon.Load("title-small-words", ignoreCase: true));

    private LanguageProfile(Language language, Lexicon abbreviations, Lexicon functionWords, Lexicon elisions,
        Lexicon invertedClitics, Lexicon apostropheWords, Lexicon wholeWords, Lexicon? hyphenPrefixes, Lexicon speechVerbs, bool groupsDigitsWithSpace)
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
    }

    public static LanguageProfile English => s_english.Value;

    public static LanguageProfile French => s_french.Value;

    public Language Language { get; }

    /// <summary>Words whose final period belongs to them, without the period; tag <c>title</c> never ends a sentence.</summary>
    public Lexicon Abbreviations { get; }

    /// <summary>Closed-class words: sentence starters and language evidence.</summary>
    public Lexicon FunctionWords { get; }

    /// <summary>Words that elide before a vowel and form a token with their apostrophe (French <c>l'</c>).</summary>
    public Lexicon Elisions { get; }

    /// <summary>Pronouns that follow a verb after a hyphen and form their own token (French <c>-t-il</c>).</summary>
    public Lexicon InvertedClitics { get; }

    /// <summary>Words written with a leading apostrophe (English <c>'em</c>).</summary>
    public Lexicon ApostropheWords { get; }

    /// <summary>Words with an apostrophe that stay whole although they start like an elided word (French <c>l'on</c>).</summary>
    public Lexicon WholeWords { get; }

    /// <summary>
    /// When set, compounds split at their hyphens except after these prefixes (English <c>e-mail</c>,
    /// <c>non-human</c>, but <c>15 - year</c>); when null, hyphenated words stay whole (French).
    /// </summary>
    public Lexicon? HyphenPrefixes { get; }

    /// <summary>Reporting verbs in all their forms (<c>said</c>, <c>told</c>, <c>a déclaré</c>'s <c>déclaré</c>).</summary>
    public Lexicon SpeechVerbs { get; }

    /// <summary>Words before a quotation that mark a scare quote (<c>so-called</c>); shared by all languages.</summary>
    public static Lexicon MentionMarkers => s_mentionMarkers.Value;

    /// <summary>Short words that stay lower case inside a capitalized title (<c>the</c>, <c>of</c>, <c>de</c>); shared by all languages.</summary>
    public static Lexicon TitleSmallWords => s_titleSmallWords.Value;

    /// <summary>Letters that stay with the digits before them (<c>1990s</c>, <c>1er</c>); shared by all languages.</summary>
    public static Lexicon NumberSuffixes => s_numberSuffixes.Value;

    /// <summary>Whether a plain space groups thousands (French <c>80 000</c>); a no-break space always does.</summary>
    public bool GroupsDigitsWithSpace { get; }

    public static LanguageProfile For(Language language) => language switch
    {
        Language.French => French,
        _ => English,
    };
}
