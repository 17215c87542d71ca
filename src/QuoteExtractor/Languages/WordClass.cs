namespace QuoteExtraction.Languages;

/// <summary>
/// The word lists of a <see cref="LanguageProfile"/> a word belongs to, all read with one lookup so
/// that the attribution stages test a token's lists with bit operations.
/// </summary>
[Flags]
internal enum WordClass : uint
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
}
