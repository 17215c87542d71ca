namespace QuoteExtraction.Languages;

/// <summary>
/// The word lists of a <see cref="LanguageProfile"/> a word belongs to, all read with one lookup so
/// that the attribution stages test a token's lists with bit operations.
/// </summary>
[Flags]
internal enum WordClass : ulong
{
    None = 0,
    Function = 1 << 0,
    SpeechVerb = 1 << 1,
    CueAuxiliary = 1 << 2,
    Title = 1 << 3,
    TitleModifier = 1 << 4,
    GroupNoun = 1 << 5,
    OrganizationWord = 1 << 6,
    SourceNoun = 1 << 7,
    Determiner = 1 << 8,
    PluralDeterminer = 1 << 9,
    Pronoun = 1 << 10,
    NationalityAdjective = 1 << 11,
    ComplementPreposition = 1 << 12,
    Negation = 1 << 13,
    SentenceStarter = 1 << 14,
    SpeechNoun = 1 << 15,

    /// <summary>The first word of a source marker (<c>according</c> of <c>according to</c>).</summary>
    SourceMarkerStart = 1 << 16,

    /// <summary>Maybe an honorific (<c>Mr.</c>); the caller confirms with the case-sensitive list.</summary>
    Honorific = 1 << 17,

    /// <summary>Maybe a country or party word (<c>Russian</c>, <c>Republican</c>).</summary>
    Nationality = 1 << 18,

    /// <summary>Maybe a capitalized word that is never part of a name.</summary>
    NonName = 1 << 19,

    /// <summary>A pronoun for a man (tag <c>m</c> of the pronoun list).</summary>
    MalePronoun = 1 << 20,

    /// <summary>A pronoun for a woman (tag <c>f</c>).</summary>
    FemalePronoun = 1 << 21,

    /// <summary>A plural pronoun (tag <c>p</c>).</summary>
    PluralPronoun = 1 << 22,

    /// <summary>A relative pronoun (tag <c>r</c>: "X, who said").</summary>
    RelativePronoun = 1 << 23,

    /// <summary>An indefinite pronoun (tag <c>i</c>: French <c>on</c>).</summary>
    IndefinitePronoun = 1 << 24,

    /// <summary>
    /// Maybe a verb that reports speech only with the word after it (<c>as X put it</c>, <c>shot back</c>, in
    /// any case); the caller confirms the exact words. Set for both languages, as the idiom is read in any article.
    /// </summary>
    SpeechIdiomVerb = 1 << 25,

    /// <summary>A form of <c>to be</c> that links a subject to its description (<c>is</c>, <c>est</c>).</summary>
    Copula = 1 << 26,

    /// <summary>A reporting verb whose content clause is reported speech (<c>said</c>, <c>affirmé</c>).</summary>
    ReportingVerb = 1 << 27,

    /// <summary>A reporting verb whose clause may follow it with no complementizer (<c>said the plan was dead</c>).</summary>
    BareClauseVerb = 1 << 28,

    /// <summary>A word that opens reported speech after a speech verb (<c>that</c>, <c>que</c>).</summary>
    Complementizer = 1 << 29,

    /// <summary>An opinion marker that reports what the person it names says (<c>Pour X, …</c>; see <see cref="LanguageProfile.SpeechOpinionTag"/>).</summary>
    SpeechOpinionMarker = 1u << 30,

    /// <summary>A speech verb whose infinitive complement is reported speech (<c>promised to …</c>, <c>a promis de …</c>).</summary>
    InfinitiveVerb = 1u << 31,

    /// <summary>A conjunction of the shared small words (<c>and</c>, <c>et</c>), which joins phrases rather than governing one.</summary>
    Conjunction = 1UL << 32,

    /// <summary>A shared small word of titles that is no conjunction: a preposition or an article (<c>of</c>, <c>de</c>).</summary>
    SmallWord = 1UL << 33,

    /// <summary>A word that marks an infinitive (<c>to</c>, <c>de</c>).</summary>
    InfinitiveMarker = 1UL << 34,

    /// <summary>A speech verb whose object is what it reports (<c>criticized X for</c>, <c>called for</c>).</summary>
    ObjectVerb = 1UL << 35,

    /// <summary>A word that opens an indirect question (<c>whether</c>, <c>si</c>).</summary>
    QuestionWord = 1UL << 36,

    /// <summary>A conjunction that opens a subordinate clause before the main one (<c>while</c>, <c>quand</c>).</summary>
    Subordinator = 1UL << 37,

    /// <summary>A possessive determiner (<c>his</c>, <c>sa</c>).</summary>
    PossessiveDeterminer = 1UL << 38,

    /// <summary>An auxiliary or modal that only a finite clause holds (<c>were</c>, <c>would</c>).</summary>
    FiniteAuxiliary = 1UL << 39,

    /// <summary>A form of <c>to be</c> that makes a reporting verb after it passive (<c>were told</c>, <c>été</c>).</summary>
    PassiveAuxiliary = 1UL << 40,

    /// <summary>An adverb of time or frequency that may stand between a reporting verb and its subject (<c>since</c>, <c>often</c>).</summary>
    ReportingAdverb = 1UL << 41,

    /// <summary>A word that makes a noun phrase the share of a group (<c>percent</c>, <c>majorité</c>).</summary>
    ShareWord = 1UL << 42,

    /// <summary>A preposition that introduces a passive verb's agent (<c>by</c>, <c>par</c>).</summary>
    AgentPreposition = 1UL << 43,

    /// <summary>A preposition that opens an absolute clause (<c>with</c>, <c>avec</c>).</summary>
    AbsolutePreposition = 1UL << 44,

    /// <summary>A preposition that opens an adjunct between an inverted speech verb and its speaker (<c>during</c>, <c>devant</c>).</summary>
    AdjunctPreposition = 1UL << 45,

    /// <summary>A determiner that introduces somebody new (<c>an</c>, <c>un</c>).</summary>
    IndefiniteDeterminer = 1UL << 46,

    /// <summary>An infinitive that reports speech after a causative auxiliary (<c>a fait savoir</c>; see <see cref="LanguageProfile.CausativeSpeechVerbs"/>).</summary>
    CausativeSpeechVerb = 1UL << 47,

    /// <summary>A word that opens a comparison with what a source reported (<c>as</c> of <c>As the Daily Courier reported, …</c>, <c>comme</c>).</summary>
    ComparisonOpener = 1UL << 48,

    /// <summary>A word of a phrase of time between a reporting verb and its clause (<c>Wednesday</c>, <c>week</c>, <c>soir</c>; see <see cref="LanguageProfile.TimeWords"/>).</summary>
    TimeWord = 1UL << 49,

    /// <summary>Every bit a pronoun's tag can set.</summary>
    PronounTags = MalePronoun | FemalePronoun | PluralPronoun | RelativePronoun | IndefinitePronoun,
}
