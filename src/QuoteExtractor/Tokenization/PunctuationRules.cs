namespace QuoteExtraction.Tokenization;

/// <summary>
/// Runs of marks read as one token: sentence-final marks and ellipses, editorial elisions, runs of one mark and
/// drawn rules, and the file extension that a period starts. Each reader returns where its token ends.
/// </summary>
internal static class PunctuationRules
{
    /// <summary>The farthest an editorial elision's last mark stands from its opening bracket.</summary>
    private const int MaxEditorialElisionLength = 8;

    /// <summary>The end of the file extension (<c>.doc</c>, <c>.html</c>) standing alone at the period <paramref name="i"/>, or -1.</summary>
    public static int FileExtensionEnd(ReadOnlySpan<char> text, int i)
    {
        if (text[i] != '.' || (i > 0 && !CharClass.IsSeparator(text[i - 1])))
        {
            return -1;
        }

        int end = i + 1;
        while (end < text.Length && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        return end - i - 1 is >= 2 and <= 4 && (end == text.Length || CharClass.IsSeparator(text[end])) ? end : -1;
    }

    /// <summary>
    /// The end of the run of sentence-final marks (<c>.</c>, <c>?!</c>, <c>...</c>, <c>!!!</c>) at <paramref name="i"/>;
    /// <paramref name="isEllipsis"/> tells whether it is periods only, two or more.
    /// </summary>
    public static int TerminalRunEnd(ReadOnlySpan<char> text, int i, out bool isEllipsis)
    {
        int end = i;
        bool onlyPeriods = true;
        while (end < text.Length && text[end] is '.' or '!' or '?')
        {
            // "!......": a trailing ellipsis after ! or ? is its own token.
            if (!onlyPeriods && text[end] == '.' && end + 1 < text.Length && text[end + 1] == '.')
            {
                break;
            }

            onlyPeriods &= text[end] == '.';
            end++;
        }

        isEllipsis = onlyPeriods && end - i >= 2;
        return end;
    }

    /// <summary>
    /// <c>[…]</c>, <c>[...]</c>, <c>(...)</c>, <c>(…)</c>, <c>[. . .]</c>: the end of the editorial elision at the bracket
    /// <paramref name="i"/>, or -1.
    /// </summary>
    public static int EditorialElisionEnd(ReadOnlySpan<char> text, int i)
    {
        char close = text[i] == '(' ? ')' : ']';
        int j = i + 1;
        int periods = 0;
        int ellipses = 0;
        while (j < text.Length && j - i <= MaxEditorialElisionLength)
        {
            char c = text[j];
            if (c == '.')
            {
                periods++;
            }
            else if (c == '…')
            {
                ellipses++;
            }
            else if (c != ' ' && c != '\u00A0' && c != '\u202F')
            {
                break;
            }

            j++;
        }

        bool isElision = (periods >= 2 && ellipses == 0) || (ellipses == 1 && periods == 0);
        return isElision && j < text.Length && text[j] == close ? j + 1 : -1;
    }

    /// <summary>The end of the run of the mark at <paramref name="i"/> repeated (<c>,,</c>, <c>……</c>).</summary>
    public static int RunEnd(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        int end = i + 1;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        return end;
    }

    /// <summary>The end of the rule drawn with hyphens and equals signs (<c>--</c>, <c>==</c>, <c>-=-</c>) at <paramref name="i"/>.</summary>
    public static int RuleEnd(ReadOnlySpan<char> text, int i)
    {
        int end = i + 1;
        while (end < text.Length && text[end] is '-' or '=')
        {
            end++;
        }

        return end;
    }
}
