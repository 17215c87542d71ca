using QuoteExtraction.Languages;

namespace QuoteExtraction.Tokenization;

/// <summary>
/// What a hyphen does to the word before it: joins a compound into one token (<c>vice-ministre</c>, <c>e-mail</c>,
/// <c>2-3</c>), or ends the word before an inverted pronoun that forms its own token (French <c>a</c> <c>-t-il</c>).
/// </summary>
internal static class HyphenRules
{
    /// <summary>The longest prefix looked up before a hyphen where compounds split.</summary>
    private const int MaxPrefixLength = 8;

    /// <summary>
    /// True when the hyphen at <paramref name="q"/> joins the word from <paramref name="start"/>, whose last run of
    /// letters or digits starts at <paramref name="runStart"/>, to what follows: a word character follows, no inverted
    /// pronoun starts there, and either the language keeps compounds whole, digits stand on both sides
    /// (<c>2-3</c>), or the word before is a listed prefix (<c>e-mail</c>, <c>non-human</c>).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="profile">The language.</param>
    /// <param name="start">Where the word starts.</param>
    /// <param name="runStart">Where the word's last run starts: only a prefix that is the whole word before the hyphen counts.</param>
    /// <param name="q">The index of the hyphen.</param>
    /// <param name="isNumber">Whether the word is a number so far.</param>
    public static bool JoinsCompound(ReadOnlySpan<char> text, LanguageProfile profile, int start, int runStart, int q, bool isNumber)
    {
        if (!CharClass.IsWordChar(text, q + 1))
        {
            return false;
        }

        if (profile.InvertsCliticsWithHyphen && !isNumber && InvertedCliticEnd(text, profile, q) > q)
        {
            return false;
        }

        bool digitsAround = isNumber && char.IsDigit(text[q + 1]);
        return !profile.SplitsCompoundsAtHyphens || digitsAround
            || (runStart == start && q - start <= MaxPrefixLength && profile.HyphenPrefixes.Contains(text[start..q]));
    }

    /// <summary>
    /// The end of the inverted pronoun (<c>-elle</c>, or <c>-t-il</c> after a euphonic infix) that starts at the hyphen
    /// <paramref name="i"/>, right after a word; -1 when none does.
    /// </summary>
    public static int InvertedCliticEnd(ReadOnlySpan<char> text, LanguageProfile profile, int i)
    {
        if (!CharClass.IsLetterAt(text, i + 1))
        {
            return -1;
        }

        int end = i + 1;
        while (end < text.Length && (char.IsLetter(text[end]) || (CharClass.IsHyphen(text[end]) && profile.EuphonicInfixes.Contains(text[(i + 1)..end]))))
        {
            end++;
        }

        if (end < text.Length && (CharClass.WordCharLength(text, end) > 0 || CharClass.IsHyphen(text[end]) || CharClass.IsApostrophe(text[end])))
        {
            return -1;
        }

        // Only after a word: a clitic cannot start a sentence or follow a space.
        if (i == 0 || !CharClass.IsWordChar(text, i - 1))
        {
            return -1;
        }

        return profile.InvertedClitics.Contains(text[(i + 1)..end]) ? end : -1;
    }
}
