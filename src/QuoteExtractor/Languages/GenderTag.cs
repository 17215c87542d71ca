namespace QuoteExtraction.Languages;

/// <summary>
/// The gender tags of the word lists (<c>m</c>, <c>f</c>: first names, honorifics, role nouns,
/// determiners, pronouns), read in one place so that every list means the same by them.
/// </summary>
internal static class GenderTag
{
    /// <summary>The tag of a word for a man (<c>he</c>, <c>Mr.</c>, <c>président</c>).</summary>
    public const string Male = "m";

    /// <summary>The tag of a word for a woman (<c>she</c>, <c>Mme</c>, <c>présidente</c>).</summary>
    public const string Female = "f";

    /// <summary>The gender a list's tag tells; <see cref="Gender.Unknown"/> for any other tag, the empty one included.</summary>
    public static Gender Parse(string tag) => tag switch
    {
        Male => Gender.Male,
        Female => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>The gender of a pronoun from its tag bits (<see cref="LanguageProfile.PronounClass"/>), which hold its tag without a lookup.</summary>
    public static Gender OfPronoun(WordClass pronounTags) => pronounTags switch
    {
        WordClass.MalePronoun => Gender.Male,
        WordClass.FemalePronoun => Gender.Female,
        _ => Gender.Unknown,
    };
}
