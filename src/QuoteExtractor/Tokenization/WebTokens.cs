using System.Buffers;

namespace QuoteExtraction.Tokenization;

/// <summary>
/// The tokens of the web and of social media, each read whole: web and e-mail addresses, handles and text
/// emoticons. Each reader returns where its token ends, or -1 when none starts at the index it is given.
/// </summary>
internal static class WebTokens
{
    /// <summary>The longest local part of an e-mail address looked for, before its '@'.</summary>
    private const int MaxEmailLocalPart = 64;

    private static readonly SearchValues<char> s_emailLocalPartChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-");

    private static readonly string[] s_emoticons =
    [
        ":-))", ":-((", ":))", ":((", ":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ":-|", ":-*", ":-O", ":'(", ":')",
        ";-)", "</3", "^_^", ":)", ":(", ":D", ":P", ":p", ":/", ":|", ":*", ":O", ":o", ":]", ":[", ";)", ";D",
        ";P", "=)", "=(", "=D", "<3", "^^",
    ];

    /// <summary>True when <paramref name="c"/> may start a web address: the first letter of a scheme or of <c>www.</c>.</summary>
    public static bool MayStartUrl(char c) => MayStartScheme(c) || (c | 0x20) == 'w';

    /// <summary>True when <paramref name="c"/> is the first letter of a scheme (<c>http:</c>, <c>https:</c>, <c>ftp:</c>).</summary>
    public static bool MayStartScheme(char c) => (c | 0x20) is 'h' or 'f';

    /// <summary>True when <paramref name="word"/>, followed by a period, may be the <c>www</c> of a web address.</summary>
    public static bool MayBeWww(ReadOnlySpan<char> word) => word.Length == 3 && (word[0] | 0x20) == 'w';

    /// <summary>A web address starting at <paramref name="i"/> (scheme or <c>www.</c>): its end without trailing punctuation, or -1.</summary>
    public static int UrlEnd(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        int prefix = 0;
        if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 7;
        }
        else if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 8;
        }
        else if (rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 6;
        }
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 4;
        }

        if (prefix == 0 || prefix >= rest.Length || CharClass.IsSeparator(rest[prefix]))
        {
            return -1;
        }

        int end = prefix;
        int openParens = 0;
        while (end < rest.Length)
        {
            char c = rest[end];
            if (CharClass.IsSeparator(c) || c is '<' or '>' or '"' or '“' or '”' or '«' or '»' or '‘' or '’')
            {
                break;
            }

            if (c == '(')
            {
                openParens++;
            }
            else if (c == ')')
            {
                if (openParens == 0)
                {
                    break;
                }

                openParens--;
            }

            end++;
        }

        while (end > prefix && rest[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']')
        {
            end--;
        }

        return end > prefix ? i + end : -1;
    }

    /// <summary>An e-mail address starting at <paramref name="i"/>: its end, or -1.</summary>
    public static int EmailEnd(ReadOnlySpan<char> text, int i)
    {
        // Reading no further than the longest local part bounds the look-ahead at every word.
        var localPart = text[i..Math.Min(text.Length, i + MaxEmailLocalPart + 1)];
        int length = localPart.IndexOfAnyExcept(s_emailLocalPartChars);
        int j = i + (length < 0 ? localPart.Length : length);
        if (j == i || j - i > MaxEmailLocalPart || j >= text.Length || text[j] != '@' || !CharClass.IsWordChar(text, j + 1))
        {
            return -1;
        }

        int end = HandleEnd(text, j + 1);
        return end > j + 1 ? end : -1;
    }

    /// <summary>
    /// The end of the name of a handle or of an e-mail domain starting at <paramref name="i"/>, after its '@':
    /// ASCII letters and digits joined by '_', '.' and '-', which do not end it.
    /// </summary>
    public static int HandleEnd(ReadOnlySpan<char> text, int i)
    {
        int end = i;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.' or '-'))
        {
            end++;
        }

        while (end > i && text[end - 1] is '.' or '-' or '_')
        {
            end--;
        }

        return end;
    }

    /// <summary>A text emoticon standing alone at <paramref name="i"/>: its end, or -1.</summary>
    public static int EmoticonEnd(ReadOnlySpan<char> text, int i)
    {
        if (text[i] is not (':' or ';' or '=' or '<' or '^') || (i > 0 && !CharClass.IsSeparator(text[i - 1])))
        {
            return -1;
        }

        var rest = text[i..];
        foreach (var emoticon in s_emoticons)
        {
            if (rest.StartsWith(emoticon, StringComparison.Ordinal))
            {
                int end = i + emoticon.Length;
                if (end == text.Length || !CharClass.IsWordChar(text, end))
                {
                    return end;
                }
            }
        }

        return -1;
    }
}
