using QuoteExtraction.Languages;

namespace QuoteExtraction.Tokenization;

/// <summary>
/// What an apostrophe does to the word around it: ends an elided word (French <c>l'</c>), marks a contraction or a
/// possessive that stays inside its word (English <c>don't</c>, <c>Arafat's</c>, <c>students'</c>), or starts a word
/// written with a leading apostrophe (<c>'em</c>, <c>’90s</c>). An apostrophe that does none of these is a quotation mark.
/// </summary>
internal static class ApostropheRules
{
    /// <summary>The longest elided word (<c>lorsqu</c>): a longer word before an apostrophe is not looked up.</summary>
    private const int MaxElisionLength = 6;

    /// <summary>
    /// True when the word from <paramref name="start"/> to the apostrophe at <paramref name="q"/> is elided and forms a
    /// token with its apostrophe: before a letter unless a whole word starts there (<c>l'homme</c>, but <c>l'on</c>), or
    /// before an opening quotation mark (<c>l'« oasis »</c>, <c>d'“experts”</c>).
    /// </summary>
    public static bool IsElision(ReadOnlySpan<char> text, LanguageProfile profile, int start, int q)
    {
        char next = text[q + 1];
        bool beforeLetter = char.IsLetter(next);
        if (!beforeLetter && next is not ('«' or '“' or '"' or '„' or '‹'))
        {
            return false;
        }

        return q - start <= MaxElisionLength && profile.Elisions.Contains(text[start..q]) && !(beforeLetter && StartsWholeWord(text, profile, start));
    }

    /// <summary>
    /// True when the apostrophe at <paramref name="q"/>, after a word that ends in a plural letter and before no letter,
    /// is the possessive of a plural (<c>students'</c>); false when it is the modifier letter <c>ʼ</c>, when an opening
    /// single mark waits for it as its closer (<paramref name="singleQuoteOpen"/>), or when it is the first of a
    /// two-apostrophe closing mark (<c>genius''</c>).
    /// </summary>
    public static bool IsPluralPossessive(ReadOnlySpan<char> text, int q, bool singleQuoteOpen)
    {
        char c = text[q];
        return !singleQuoteOpen && c != 'ʼ' && !(c == '\'' && text[q + 1] == '\'') && SharedLexicons.PluralEndings.Contains(text.Slice(q - 1, 1));
    }

    /// <summary>
    /// The length of the clitic that ends the word from <paramref name="start"/> after the apostrophe at
    /// <paramref name="q"/> (<c>n't</c>, <c>'s</c>, <c>'re</c>), with the flags it gives the word in
    /// <paramref name="flags"/>; 0 when the word ends in none.
    /// </summary>
    public static int ContractionClitic(ReadOnlySpan<char> text, LanguageProfile profile, int start, int q, out TokenFlags flags)
    {
        flags = TokenFlags.None;
        int end = q + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        // The clitic ends the word.
        if (end < text.Length && (CharClass.WordCharLength(text, end) > 0 || CharClass.IsApostrophe(text[end])))
        {
            return 0;
        }

        var ending = text[(q + 1)..end];
        foreach (var clitic in profile.ContractionClitics)
        {
            // The clitic leaves a stem before it: a lone n't is a plain word.
            int cliticStart = q - clitic.Lead.Length;
            if (ending.Length == clitic.Ending.Length && cliticStart > start && ending.Equals(clitic.Ending, StringComparison.OrdinalIgnoreCase)
                && text[cliticStart..q].Equals(clitic.Lead, StringComparison.OrdinalIgnoreCase))
            {
                bool afterContractionStem = clitic.Flags == TokenFlags.Possessive && profile.ContractionStems.Contains(text[start..cliticStart]);
                flags = afterContractionStem ? TokenFlags.Contraction : clitic.Flags;
                return end - cliticStart;
            }
        }

        return 0;
    }

    /// <summary>
    /// <c>'em</c>, <c>’90s</c>, <c>’n’</c>: the end of the word that the apostrophe at <paramref name="i"/>, before a letter
    /// or digit, starts; -1 when the apostrophe is a quotation mark.
    /// </summary>
    public static int LeadingApostropheWordEnd(ReadOnlySpan<char> text, LanguageProfile profile, int i)
    {
        if (i > 0 && !CharClass.IsOpenerContext(text[i - 1]))
        {
            return -1;
        }

        int end = i + 1;
        if (char.IsDigit(text[end]))
        {
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }

            if (end - i - 1 != 2)
            {
                return -1;
            }

            // ’90s: a decade takes the plural ending in lower case.
            if (end < text.Length && char.IsLower(text[end]) && SharedLexicons.PluralEndings.Contains(text.Slice(end, 1)))
            {
                end++;
            }

            return CharClass.IsWordChar(text, end) ? -1 : end;
        }

        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        string? tag = end > i + 1 ? profile.ApostropheWords.TagOf(text[(i + 1)..end]) : null;
        if (tag is null)
        {
            return -1;
        }

        // rock ’n’ roll: a word written between two apostrophes takes the closing one.
        if (tag == LanguageProfile.EnclosedTag && end < text.Length && CharClass.IsApostrophe(text[end]))
        {
            return end + 1;
        }

        return CharClass.IsWordChar(text, end) || (end < text.Length && CharClass.IsApostrophe(text[end])) ? -1 : end;
    }

    /// <summary>True when a word that keeps its apostrophe (<c>l'on</c>, <c>aujourd'hui</c>) starts at <paramref name="start"/>.</summary>
    private static bool StartsWholeWord(ReadOnlySpan<char> text, LanguageProfile profile, int start)
    {
        int end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || CharClass.IsApostrophe(text[end]) || CharClass.IsHyphen(text[end])))
        {
            end++;
        }

        return profile.WholeWords.Contains(text[start..end]);
    }
}
