using QuoteExtraction.Lexicons;

namespace QuoteExtraction.Languages;

/// <summary>
/// The word lists every language shares: names, honorifics and nationalities appear in articles of any
/// language, and a few conventions of quoting are the same in all. Each is loaded on first use.
/// </summary>
internal static class SharedLexicons
{
    private static readonly Lazy<Lexicon> s_numberSuffixes = new(() => Lexicon.Load("number-suffixes", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_pluralEndings = new(() => Lexicon.Load("plural-endings", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_degreeSignAbbreviations = new(() => Lexicon.Load("degree-sign-abbreviations", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_mentionMarkers = new(() => Lexicon.Load("mention-markers", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_titleSmallWords = new(() => Lexicon.Load("title-small-words", ignoreCase: true));
    private static readonly Lazy<Lexicon> s_firstNames = new(() => Lexicon.Load("first-names", ignoreCase: true));
    private static readonly Lazy<(string First, string Second)[]> s_mentionMarkerPairs = new(() =>
        [.. s_mentionMarkers.Value.Entries.Keys.Select(marker => marker.Split(' ')).Where(words => words.Length == 2).Select(words => (words[0], words[1]))]);
    private static readonly Lazy<Lexicon> s_creditWords = new(() => Lexicon.Load("credit-words", ignoreCase: false));
    private static readonly Lazy<Lexicon> s_speechIdiomVerbs = new(() => Lexicon.Load("speech-idiom-verbs", ignoreCase: false));
    private static readonly Lazy<Lexicon> s_honorifics = new(() => Lexicon.Load("honorifics", ignoreCase: false));
    private static readonly Lazy<Lexicon> s_nationalities = new(() => Lexicon.Load("nationalities", ignoreCase: false));
    private static readonly Lazy<Lexicon> s_countries = new(() => Lexicon.FromForms(s_nationalities.Value.Entries.Values, ignoreCase: false));
    private static readonly Lazy<Lexicon> s_titleJoiners = new(() => Lexicon.Load("title-joiners", ignoreCase: false));
    private static readonly Lazy<Lexicon> s_partyWords = new(() => Lexicon.Load("party-words", ignoreCase: false));

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

    /// <summary>The verbs that report speech only with the word after them (<c>as X put it</c>, <c>shot back</c>), exactly as written (see <see cref="WordClass.SpeechIdiomVerb"/>), tagged with that word; shared by all languages.</summary>
    public static Lexicon SpeechIdiomVerbs => s_speechIdiomVerbs.Value;

    /// <summary>Words before a quotation that mark a scare quote (<c>so-called</c>); shared by all languages.</summary>
    public static Lexicon MentionMarkers => s_mentionMarkers.Value;

    /// <summary>The markers of <see cref="MentionMarkers"/> written as two words (<c>so called</c>), which may stand a word apart (<c>so - called</c>).</summary>
    public static IReadOnlyList<(string First, string Second)> MentionMarkerPairs => s_mentionMarkerPairs.Value;

    /// <summary>Words after a quoted title that credit its author (<c>by</c>, <c>par</c>), exactly as written; shared by all languages.</summary>
    public static Lexicon CreditWords => s_creditWords.Value;

    /// <summary>The tag of <see cref="TitleSmallWords"/> for a conjunction, which joins phrases rather than governing one.</summary>
    public const string ConjunctionTag = "conjunction";

    /// <summary>Short words that stay lower case inside a capitalized title (<c>the</c>, <c>of</c>, <c>de</c>); shared by all languages.</summary>
    public static Lexicon TitleSmallWords => s_titleSmallWords.Value;

    /// <summary>
    /// Words that carry a title on right after its role noun (<c>of</c> in <c>Secretary of State</c>), exactly
    /// as written; shared by all languages, as English titles appear in French articles too.
    /// </summary>
    public static Lexicon TitleJoiners => s_titleJoiners.Value;

    /// <summary>
    /// The last word of an affiliation that is a political party (<c>Party</c> of <c>Republican Party</c>),
    /// exactly as written; shared by all languages, as the affiliations of <see cref="Nationalities"/> are.
    /// </summary>
    public static Lexicon PartyWords => s_partyWords.Value;
}
