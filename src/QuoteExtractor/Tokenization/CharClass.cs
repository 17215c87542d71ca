using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace QuoteExtraction.Tokenization;

/// <summary>Character tests shared by the tokenizer and the later stages.</summary>
internal static class CharClass
{
    private static readonly SearchValues<char> s_quoteMarks = SearchValues.Create("\"'`“”‘’«»‹›„‚‟‛");
    private static readonly SearchValues<char> s_apostrophes = SearchValues.Create("'’ʼ");
    private static readonly SearchValues<char> s_hyphens = SearchValues.Create("-‐‑");
    private static readonly SearchValues<char> s_openers = SearchValues.Create("([{—–-/\"'`“”‘’«»‹›„‚‟‛");
    private static readonly SearchValues<char> s_closers = SearchValues.Create(".,;:!?)]}…—–\"'`“”‘’«»‹›„‚‟‛");

    private static readonly AsciiClass[] s_asciiClasses = CreateAsciiClasses();

    /// <summary>Characters that separate tokens: white space, controls and invisible format characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c) => c < 0x80 ? c <= ' ' || c == '\x7F' : IsNonAsciiSeparator(c);

    /// <summary>The classes of an ASCII character (<paramref name="c"/> below 0x80): one table read for the tokenizer's fast paths.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static AsciiClass ClassOfAscii(char c) => s_asciiClasses[c];

    private static bool IsNonAsciiSeparator(char c) =>
        char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF' || c == '\u2060' || char.IsControl(c)
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';

    /// <summary>Characters that end a line.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>Characters that continue a word when they stand between two word characters.</summary>
    public static bool IsJoiner(char c) => c is '\u00AD' or '\u200C' or '\u200D';

    public static bool IsQuoteMark(char c) => s_quoteMarks.Contains(c);

    public static bool IsApostrophe(char c) => s_apostrophes.Contains(c);

    public static bool IsHyphen(char c) => s_hyphens.Contains(c);

    /// <summary>A character after which a quotation mark is read as opening (space-like on its left).</summary>
    public static bool IsOpenerContext(char c) => IsSeparator(c) || s_openers.Contains(c);

    /// <summary>A character before which a quotation mark is read as closing (space-like on its right).</summary>
    public static bool IsCloserContext(char c) => IsSeparator(c) || s_closers.Contains(c);

    public static bool IsAsciiDigit(char c) => char.IsAsciiDigit(c);

    /// <summary>
    /// The number of code units (1 or 2) of the letter, digit or combining mark at <paramref name="i"/>, or 0
    /// when there is none. Surrogate pairs are read whole so that a token never splits one.
    /// </summary>
    public static int WordCharLength(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        }

        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]));
                return IsWordCategory(category) ? 2 : 0;
            }

            return 0;
        }

        return IsWordCategory(char.GetUnicodeCategory(c)) ? 1 : 0;
    }

    /// <summary>
    /// The end of the run of ASCII letters from <paramref name="start"/>. Sixteen characters are tested at a time, so
    /// that the length of a word costs no branch per character.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int AsciiLetterRunEnd(ReadOnlySpan<char> text, int start)
    {
        const int step = 2 * 8;
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int q = start;
        while (q <= text.Length - step)
        {
            var low = Vector128.LoadUnsafe(ref first, (nuint)q);
            var high = Vector128.LoadUnsafe(ref first, (nuint)q + 8);
            int run = BitOperations.TrailingZeroCount(~Bits(AsciiLetters(low), AsciiLetters(high)));
            q += run;
            if (run < step)
            {
                return q;
            }
        }

        while (q < text.Length && char.IsAsciiLetter(text[q]))
        {
            q++;
        }

        return q;
    }

    /// <summary>
    /// One bit for each of the sixteen characters whose lane is set in <paramref name="low"/> (the first eight) or
    /// <paramref name="high"/>. The lanes are narrowed to bytes first, since a mask of bytes takes one instruction of
    /// the baseline instruction set where one of 16-bit lanes needs a later one (a native build would call a slow
    /// fallback).
    /// </summary>
    private static uint Bits(Vector128<ushort> low, Vector128<ushort> high) => Vector128.Narrow(low, high).ExtractMostSignificantBits();

    /// <summary>All bits set in the lanes of ASCII letters.</summary>
    private static Vector128<ushort> AsciiLetters(Vector128<ushort> chars) =>
        Vector128.LessThan((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));

    /// <summary>
    /// True when the character at <paramref name="i"/>, which follows a word of letters, ends that word with no
    /// rule to apply: it neither continues nor joins the word, and starts no clitic, abbreviation, web or e-mail address.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EndsPlainWord(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        return c < 0x80 ? (s_asciiClasses[c] & AsciiClass.PlainWordEnd) != 0 : NonAsciiEndsPlainWord(text, i);
    }

    /// <summary><see cref="EndsPlainWord"/> for a character that is not ASCII, kept out of the tokenizer's hot loop.</summary>
    private static bool NonAsciiEndsPlainWord(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        return !IsApostrophe(c) && !IsHyphen(c) && !IsJoiner(c) && c is not ('·' or '°') && WordCharLength(text, i) == 0;
    }

    /// <summary>The end of the word characters from <paramref name="i"/>, joined by underscores (<c>#climate_change</c>).</summary>
    public static int WordCharsEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            int size = WordCharLength(text, i);
            if (size > 0)
            {
                i += size;
            }
            else if (text[i] == '_' && IsWordChar(text, i + 1))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    public static bool IsWordChar(ReadOnlySpan<char> text, int i) => i < text.Length && WordCharLength(text, i) > 0;

    public static bool IsLetterAt(ReadOnlySpan<char> text, int i) => i < text.Length && char.IsLetter(text[i]);

    public static bool IsDigitAt(ReadOnlySpan<char> text, int i) => i < text.Length && char.IsDigit(text[i]);

    private static AsciiClass[] CreateAsciiClasses()
    {
        var classes = new AsciiClass[0x80];
        for (char c = '\0'; c < 0x80; c++)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                classes[c] = AsciiClass.Upper;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                classes[c] = AsciiClass.Lower;
            }
            else if (!char.IsAsciiDigit(c) && c is not ('\'' or '-' or '.' or '/' or '&' or '_' or '@' or '%' or '+' or ':'))
            {
                // Apostrophes, hyphens, periods, slashes, '&' and '_' may join a word; '@', '%', '+' may continue an
                // e-mail address, and ':' a web address (http:).
                classes[c] = AsciiClass.PlainWordEnd;
            }

            if (c is ',' or '/' or '*' or '\\' or '$' or '%' or '&' or '>' or '|' or '~')
            {
                classes[c] |= AsciiClass.MarkRun;
            }
        }

        return classes;
    }

    private static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };

    /// <summary>True for currency, math and other symbols, and the signs read as symbols (<c>% &amp; § °</c>).</summary>
    public static bool IsSymbol(char c)
    {
        if (c is '%' or '‰' or '&' or '§' or '¶' or '†' or '‡' or '@' or '#')
        {
            return true;
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol
            or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
    }

    /// <summary>
    /// The length of the emoji sequence at <paramref name="i"/> (with its variation selectors, skin tones,
    /// joiners, keycaps and tags), or 0 when no emoji starts there.
    /// </summary>
    public static int EmojiLength(ReadOnlySpan<char> text, int i)
    {
        // No emoji starts below U+2122, the trade mark sign.
        if (text[i] < '\u2122' || Rune.DecodeFromUtf16(text[i..], out var rune, out int consumed) != OperationStatus.Done || !IsEmojiBase(rune.Value))
        {
            return 0;
        }

        int end = i + consumed;
        while (end < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[end..], out var next, out int size) != OperationStatus.Done)
            {
                break;
            }

            int v = next.Value;
            if (v is 0xFE0F or 0x20E3 || (v >= 0x1F3FB && v <= 0x1F3FF) || (v >= 0xE0020 && v <= 0xE007F)
                || (v >= 0x1F1E6 && v <= 0x1F1FF && rune.Value >= 0x1F1E6 && rune.Value <= 0x1F1FF && end == i + consumed))
            {
                end += size;
                continue;
            }

            if (v == 0x200D && end + size < text.Length
                && Rune.DecodeFromUtf16(text[(end + size)..], out var joined, out int joinedSize) == OperationStatus.Done
                && IsEmojiBase(joined.Value))
            {
                end += size + joinedSize;
                continue;
            }

            break;
        }

        return end - i;
    }

    private static bool IsEmojiBase(int v) =>
        (v >= 0x1F000 && v <= 0x1FAFF) || (v >= 0x2600 && v <= 0x27BF) || (v >= 0x2B00 && v <= 0x2BFF)
        || (v >= 0x2300 && v <= 0x23FF) || v is 0x3030 or 0x303D or 0x3297 or 0x3299 or 0x2122 or 0x2139;
}
