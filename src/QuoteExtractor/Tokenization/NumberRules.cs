using QuoteExtraction.Languages;

namespace QuoteExtraction.Tokenization;

/// <summary>
/// What joins digits into one number token: the letters of a number suffix (<c>1990s</c>, <c>1er</c>), and the
/// marks that group thousands (<c>10'000</c>, <c>80 000</c>) or separate decimals and times (<c>0,6</c>, <c>12:30</c>).
/// </summary>
internal static class NumberRules
{
    /// <summary>The longest number suffix looked up: longer letters after digits are a word of their own.</summary>
    private const int MaxSuffixLength = 4;

    /// <summary>
    /// The end of the number suffix (<c>1990s</c>, <c>15th</c>, <c>1er</c>) that starts at <paramref name="q"/>, right
    /// after digits: the letters there when they end the word and are a listed suffix, else -1.
    /// </summary>
    public static int SuffixEnd(ReadOnlySpan<char> text, int q)
    {
        int end = q;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        bool alone = end == text.Length || CharClass.WordCharLength(text, end) == 0;
        return alone && end - q <= MaxSuffixLength && SharedLexicons.NumberSuffixes.Contains(text[q..end]) ? end : -1;
    }

    /// <summary>True when the mark at <paramref name="q"/> stands between two digits (<c>0,6</c>, <c>12:30</c>).</summary>
    public static bool IsBetweenDigits(ReadOnlySpan<char> text, int q) => char.IsDigit(text[q - 1]) && char.IsDigit(text[q + 1]);

    /// <summary>True when the apostrophe at <paramref name="q"/> groups thousands (<c>10'000</c>).</summary>
    public static bool GroupsThousandsWithApostrophe(ReadOnlySpan<char> text, int q) =>
        char.IsDigit(text[q - 1]) && IsThreeDigitGroup(text, q + 1);

    /// <summary>
    /// True when the space at <paramref name="q"/> groups thousands (<c>80 000</c>, <c>1 500 000</c>): a no-break space, or a
    /// plain one where the language groups with it, after one to three digits (as the number's first group,
    /// <paramref name="firstGroupDigits"/>, has) and before a group of three.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="profile">The language, which tells whether a plain space groups digits.</param>
    /// <param name="q">The index of the space.</param>
    /// <param name="firstGroupDigits">The number of digits of the number's first group.</param>
    /// <param name="groupDigits">The number of digits of the group before the space.</param>
    public static bool GroupsThousandsWithSpace(ReadOnlySpan<char> text, LanguageProfile profile, int q, int firstGroupDigits, int groupDigits)
    {
        char c = text[q];
        return (c == '\u00A0' || c == '\u202F' || (c == ' ' && profile.GroupsDigitsWithSpace))
            && firstGroupDigits is >= 1 and <= 3 && groupDigits is >= 1 and <= 3 && IsThreeDigitGroup(text, q + 1);
    }

    /// <summary>
    /// True when the slash at <paramref name="q"/>, in the number that starts at <paramref name="start"/>, joins the parts
    /// of a date (<c>08/16/2000</c>): digits on both sides, and another slash before it or after the digits that follow,
    /// which end at <paramref name="rightEnd"/>.
    /// </summary>
    public static bool IsDateSlash(ReadOnlySpan<char> text, int start, int q, int rightEnd) =>
        IsBetweenDigits(text, q) && (text[start..q].Contains('/') || (rightEnd < text.Length && text[rightEnd] == '/'));

    /// <summary>
    /// True when the sign at <paramref name="i"/> starts a number (<c>-0.8</c>): a digit follows, and a space or an
    /// opening bracket comes before.
    /// </summary>
    public static bool IsSignedNumberStart(ReadOnlySpan<char> text, int i) =>
        CharClass.IsDigitAt(text, i + 1) && (i == 0 || CharClass.IsSeparator(text[i - 1]) || text[i - 1] is '(' or '[');

    /// <summary>True when exactly three digits start at <paramref name="i"/>.</summary>
    public static bool IsThreeDigitGroup(ReadOnlySpan<char> text, int i) =>
        i + 3 <= text.Length && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsDigit(text[i + 3]));
}
