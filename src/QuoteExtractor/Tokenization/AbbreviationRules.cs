using QuoteExtraction.Languages;

namespace QuoteExtraction.Tokenization;

/// <summary>
/// Periods in and after words: the periods that join a dotted form (<c>U.S</c>, <c>3.5</c>, <c>J.-C.</c>), the final
/// period that belongs to an abbreviation or initial (<c>Mr.</c>, <c>J.</c>), and the degree sign that ends an
/// abbreviation in its place (<c>n°</c>).
/// </summary>
internal static class AbbreviationRules
{
    /// <summary>
    /// Where the word whose last run starts at <paramref name="runStart"/> goes on after the period at
    /// <paramref name="q"/>: just past it before a word character (<c>U.S</c>, <c>e.g</c>; a number only before a digit,
    /// <c>3.5</c>), past the hyphen after it when an initial joins another (<c>J.-C.</c>); -1 when the word ends there.
    /// </summary>
    public static int JoinedPeriodEnd(ReadOnlySpan<char> text, int runStart, int q, bool isNumber)
    {
        char next = text[q + 1];
        if (CharClass.IsWordChar(text, q + 1) && !(isNumber && !char.IsDigit(next)))
        {
            return q + 1;
        }

        // J.-C. : an initial joined by a hyphen to another initial.
        if (CharClass.IsHyphen(next) && q - runStart == 1 && char.IsUpper(text[runStart])
            && CharClass.IsLetterAt(text, q + 2) && char.IsUpper(text[q + 2]))
        {
            return q + 2;
        }

        return -1;
    }

    /// <summary>
    /// True when the word from <paramref name="start"/> to <paramref name="q"/> takes the final period at
    /// <paramref name="q"/>: it is an abbreviation (<c>Mr.</c>), an initial (<c>J.</c>) or a short dotted form
    /// (<c>U.S.</c>, whose runs are <paramref name="longestRun"/> long at most, after periods when
    /// <paramref name="joinedByPeriod"/>); a domain's final period (<c>example.com.</c>) or an ellipsis is not taken.
    /// </summary>
    public static bool TakesFinalPeriod(ReadOnlySpan<char> text, LanguageProfile profile, int start, int q, bool joinedByPeriod, int longestRun)
    {
        if (q >= text.Length || text[q] != '.' || (q + 1 < text.Length && text[q + 1] == '.'))
        {
            return false;
        }

        bool initial = q - start == 1 && char.IsUpper(text[start]);
        return (joinedByPeriod && longestRun <= 3) || initial || profile.Abbreviations.Contains(text[start..q]);
    }

    /// <summary>
    /// True when the word from <paramref name="start"/> to <paramref name="q"/> takes the degree sign at
    /// <paramref name="q"/> (<c>n°</c>).
    /// </summary>
    public static bool TakesDegreeSign(ReadOnlySpan<char> text, int start, int q) =>
        q < text.Length && text[q] == '°' && SharedLexicons.DegreeSignAbbreviations.Contains(text[start..q]);
}
