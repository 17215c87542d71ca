namespace QuoteExtraction.Tokenization;

/// <summary>The family of a quotation mark, and the role its context gives it: opening, closing or undecided.</summary>
internal static class QuoteMarks
{
    /// <summary>The family of the quotation mark <paramref name="c"/>; <see cref="QuoteMarkFamily.None"/> for a lone backtick.</summary>
    public static QuoteMarkFamily FamilyOf(char c) => c switch
    {
        '“' or '”' or '‟' => QuoteMarkFamily.CurlyDouble,
        '‘' or '’' or '‛' => QuoteMarkFamily.CurlySingle,
        '«' or '»' => QuoteMarkFamily.Guillemet,
        '‹' or '›' => QuoteMarkFamily.SingleGuillemet,
        '„' => QuoteMarkFamily.LowDouble,
        '‚' => QuoteMarkFamily.LowSingle,
        '"' => QuoteMarkFamily.StraightDouble,
        '\'' => QuoteMarkFamily.StraightSingle,
        _ => QuoteMarkFamily.None,
    };

    /// <summary>
    /// The role of the quotation mark of <paramref name="length"/> characters at <paramref name="i"/>: opening after a
    /// space and before a word, closing after a word and before a space; between two spaces or two words, the mark's
    /// shape decides when it has a side, and the role stays undecided when it has none (<c>"</c>).
    /// </summary>
    public static QuoteMarkRole RoleOf(ReadOnlySpan<char> text, int i, int length)
    {
        bool spaceBefore = i == 0 || CharClass.IsOpenerContext(text[i - 1]);
        bool spaceAfter = i + length >= text.Length || CharClass.IsCloserContext(text[i + length]);
        char c = text[i];
        return (spaceBefore, spaceAfter) switch
        {
            (true, false) => QuoteMarkRole.Opening,
            (false, true) => QuoteMarkRole.Closing,

            // Nothing can close at the start of a line: ” … at a paragraph start is a typo for “
            // (a » there is a bullet, which pairing ignores).
            (true, true) when c == '”' && (i == 0 || CharClass.IsLineBreak(text[i - 1])) => QuoteMarkRole.Opening,
            _ => c switch
            {
                '“' or '‘' or '«' or '‹' or '„' or '‚' or '‟' or '‛' or '`' => QuoteMarkRole.Opening,
                '”' or '’' or '»' or '›' => QuoteMarkRole.Closing,
                _ => QuoteMarkRole.Undecided,
            },
        };
    }
}
