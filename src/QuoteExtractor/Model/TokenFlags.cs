namespace QuoteExtraction;

/// <summary>
/// Small facts about a <see cref="Token"/>, computed once. The tokenizer sets all of them but
/// <see cref="SentenceStart"/> and <see cref="ParagraphStart"/>, which the sentence splitter sets: the tokens
/// of <see cref="QuoteExtractor.Tokenize(string)"/> never have those two, the tokens of an
/// <see cref="ArticleAnalysis"/> do.
/// </summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "The data model names it so: a set of flags on a token.")]
public enum TokenFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>The first letter is upper case.</summary>
    Capitalized = 1 << 0,

    /// <summary>At least two letters and all of them upper case.</summary>
    AllCaps = 1 << 1,

    /// <summary>The token contains a digit.</summary>
    HasDigit = 1 << 2,

    /// <summary>An abbreviation or initial whose final period belongs to the token (<c>Mr.</c>, <c>U.S.</c>, <c>J.</c>).</summary>
    Abbreviation = 1 << 3,

    /// <summary>A French elided article or pronoun ending in an apostrophe (<c>l'</c>, <c>qu'</c>, <c>jusqu'</c>).</summary>
    Elided = 1 << 4,

    /// <summary>An English contraction; <see cref="Token.Clitic"/> is the contracted part (<c>n't</c>, <c>'re</c>, <c>'ll</c>).</summary>
    Contraction = 1 << 5,

    /// <summary>The contracted part is a negation (<c>n't</c>).</summary>
    Negation = 1 << 6,

    /// <summary>A possessive (<c>Arafat's</c>, <c>students'</c>); <see cref="Token.Clitic"/> is the possessive ending.</summary>
    Possessive = 1 << 7,

    /// <summary>The word contains a hyphen (<c>vice-ministre</c>, <c>15-year</c>).</summary>
    Hyphenated = 1 << 8,

    /// <summary>A French inverted clitic pronoun written after a hyphen (<c>-il</c>, <c>-t-elle</c>, <c>-on</c>).</summary>
    InvertedClitic = 1 << 9,

    /// <summary>The token starts a sentence. Set only in <see cref="ArticleAnalysis.Tokens"/>, not by <see cref="QuoteExtractor.Tokenize(string)"/>.</summary>
    SentenceStart = 1 << 10,

    /// <summary>The token starts a paragraph. Set only in <see cref="ArticleAnalysis.Tokens"/>, not by <see cref="QuoteExtractor.Tokenize(string)"/>.</summary>
    ParagraphStart = 1 << 11,

    /// <summary>Whitespace (or the start of the text) comes right before the token.</summary>
    SpaceBefore = 1 << 12,

    /// <summary>Whitespace (or the end of the text) comes right after the token.</summary>
    SpaceAfter = 1 << 13,
}
