namespace QuoteExtraction.Tokenization;

/// <summary>Classes of an ASCII character, as <see cref="CharClass.ClassOfAscii(char)"/> gives them.</summary>
[Flags]
internal enum AsciiClass : byte
{
    /// <summary>None of the classes below.</summary>
    None = 0,

    /// <summary>An upper-case letter.</summary>
    Upper = 1 << 0,

    /// <summary>A lower-case letter.</summary>
    Lower = 1 << 1,

    /// <summary>A letter of either case.</summary>
    Letter = Upper | Lower,

    /// <summary>A character that ends a word of letters with no rule to apply (see <see cref="CharClass.EndsPlainWord"/>).</summary>
    PlainWordEnd = 1 << 2,

    /// <summary>
    /// A mark that forms a token of its run (<c>,</c> <c>,,</c> <c>$</c> <c>%</c>) in any context: it starts no
    /// quotation, sentence end, bracket, signed number, hashtag, handle, emoticon or e-mail address.
    /// </summary>
    MarkRun = 1 << 3,
}
