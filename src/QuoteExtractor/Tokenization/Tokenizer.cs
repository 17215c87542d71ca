using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Tokenization;

/// <summary>
/// Splits text into tokens without copying it: each token is a span of the caller's text. One
/// left-to-right pass with bounded look-ahead, so any input costs linear time.
/// </summary>
/// <remarks>
/// Boundaries follow Universal Dependencies surface tokens: English contractions and possessives
/// stay whole (<c>don't</c>, <c>Arafat's</c>); French elided words stand alone (<c>l'</c> <c>homme</c>);
/// hyphenated words stay whole (<c>vice-ministre</c>) except French inverted pronouns, which form
/// their own token with their hyphen (<c>a</c> <c>-t-il</c>, <c>dit</c> <c>-elle</c>) so that the
/// attribution stages see the verb and the pronoun apart.
/// </remarks>
internal static class Tokenizer
{
    /// <summary>How many characters are read between two checks of the cancellation token.</summary>
    private const int CancellationCheckInterval = 1 << 16;

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, LanguageProfile profile, List<Token> tokens, CancellationToken cancellationToken)
    {
        var scanner = new Scanner(text, profile, tokens);
        try
        {
            scanner.Run(cancellationToken);
        }
        finally
        {
            scanner.Complete();
        }
    }

    /// <summary>
    /// The pass over one text: finds where each token starts, hands words, web tokens and marks to the readers of
    /// their kind, and writes the tokens to the list.
    /// </summary>
    private ref struct Scanner
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly LanguageProfile _profile;
        private readonly List<Token> _tokens;

        /// <summary>
        /// The list's storage, written past its count while scanning: a token costs one store, and the list's
        /// count is set once at the end (<see cref="Complete"/>).
        /// </summary>
        private Span<Token> _storage;

        /// <summary>The list's count, with the tokens emitted so far.</summary>
        private int _count;

        /// <summary>An opening single mark is waiting for its closer, so a word-final apostrophe closes it.</summary>
        private bool _singleQuoteOpen;

        public Scanner(ReadOnlySpan<char> text, LanguageProfile profile, List<Token> tokens)
        {
            _text = text;
            _profile = profile;
            _tokens = tokens;
            _count = tokens.Count;
        }

        public void Run(CancellationToken cancellationToken)
        {
            var text = _text;
            int i = 0;
            int lineBreaks = 0;
            int nextCheck = CancellationCheckInterval;
            while (i < text.Length)
            {
                if (i >= nextCheck)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    nextCheck = i + CancellationCheckInterval;
                }

                char c = text[i];
                if (CharClass.IsSeparator(c))
                {
                    if (c is '\n' or '\u2028' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                    {
                        lineBreaks++;
                    }
                    else if (c == '\u2029')
                    {
                        lineBreaks += 2;
                    }

                    if (lineBreaks >= 2)
                    {
                        _singleQuoteOpen = false;
                    }

                    i++;
                    continue;
                }

                lineBreaks = 0;
                int next = c < 0x80 && (CharClass.ClassOfAscii(c) & AsciiClass.Letter) != 0 ? ScanPlainWords(i, Math.Min(text.Length, nextCheck)) : -1;
                if (next < 0)
                {
                    next = ScanToken(i);
                }

                i = next > i ? next : i + 1;
            }
        }

        /// <summary>
        /// Emits the plain words (see <see cref="TryScanPlainWord"/>) from <paramref name="start"/> on while single spaces
        /// separate them, and returns where they end, before <paramref name="limit"/> or just past it; returns -1 and
        /// emits nothing when the first word is not plain.
        /// </summary>
        /// <remarks>Kept out of <see cref="Run"/>, so that the compiler inlines the calls of this hot path here.</remarks>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private int ScanPlainWords(int start, int limit)
        {
            var text = _text;
            int wordStart = start;
            var spaceBefore = SpaceBefore(text, start);
            while (true)
            {
                int end = TryScanPlainWord(text, wordStart, spaceBefore);
                if (end < 0)
                {
                    return wordStart == start ? -1 : wordStart;
                }

                if (end + 1 >= limit || text[end] != ' ' || !char.IsAsciiLetter(text[end + 1]))
                {
                    return end;
                }

                // The next word follows the space just read.
                wordStart = end + 1;
                spaceBefore = TokenFlags.SpaceBefore;
            }
        }

        /// <summary>
        /// The common word, ASCII letters followed by a character that needs none of the rules of <see cref="ScanToken"/>:
        /// emits it with its flags found in the same pass and returns its end, or returns -1 and emits nothing.
        /// <paramref name="spaceBefore"/> is the word's <see cref="TokenFlags.SpaceBefore"/>, which the caller knows.
        /// </summary>
        /// <remarks>The caller's copy of the text is passed in, since writing a token may change the scanner's fields.</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int TryScanPlainWord(ReadOnlySpan<char> text, int start, TokenFlags spaceBefore)
        {
            int q = CharClass.AsciiLetterRunEnd(text, start);
            int end = q == text.Length || CharClass.EndsPlainWord(text, q) ? q : PlainWordEnd(start, q);
            if (end < 0)
            {
                return -1;
            }

            var flags = spaceBefore | SpaceAfter(text, end);
            if (end > q)
            {
                flags |= TokenFlags.Abbreviation;
            }

            if (char.IsAsciiLetterUpper(text[start]))
            {
                flags |= TokenFlags.Capitalized;

                // Most capitalized words show their second letter in lower case, which settles it.
                if (q - start >= 2 && char.IsAsciiLetterUpper(text[start + 1]) && !text[(start + 2)..q].ContainsAnyInRange('a', 'z'))
                {
                    flags |= TokenFlags.AllCaps;
                }
            }

            Add(new Token(start, end - start, TokenKind.Word, flags));
            return end;
        }

        /// <summary>
        /// The end of the word of letters from <paramref name="start"/> to <paramref name="q"/>, where a ':' or '.' may
        /// need a rule: its final period when it is an abbreviation, or -1 when it may join a word or start a web or
        /// e-mail address, which only <see cref="ScanToken"/> knows.
        /// </summary>
        private int PlainWordEnd(int start, int q)
        {
            var text = _text;
            char c = text[q];
            if (c == ':')
            {
                // http: or ftp: may start a web address.
                return WebTokens.MayStartScheme(text[start]) ? -1 : q;
            }

            if (c != '.' || (q + 1 < text.Length && (CharClass.IsWordChar(text, q + 1) || CharClass.IsHyphen(text[q + 1]))))
            {
                return -1;
            }

            // www. may start a web address, and a.%b@c.de or a.@b.fr an e-mail address.
            bool mayStartWebAddress = WebTokens.MayBeWww(text[start..q]);
            if (mayStartWebAddress || (q + 1 < text.Length && text[q + 1] is '.' or '_' or '%' or '+' or '@'))
            {
                return -1;
            }

            return AbbreviationRules.TakesFinalPeriod(text, _profile, start, q, false, 0) ? q + 1 : q;
        }

        /// <summary>Emits the token that starts at <paramref name="i"/> and returns where it ends.</summary>
        private int ScanToken(int i)
        {
            var text = _text;
            char c = text[i];

            if (c < 0x80 && (char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                int end = WebTokens.MayStartUrl(c) ? WebTokens.UrlEnd(text, i) : -1;
                if (end > i)
                {
                    return Emit(i, end, TokenKind.Url);
                }

                end = WebTokens.EmailEnd(text, i);
                if (end > i)
                {
                    return Emit(i, end, TokenKind.Email);
                }
            }

            // Marks first, the commonest tokens here: none of the marks below is a word character or a quotation mark.
            if (c < 0x80 && (CharClass.ClassOfAscii(c) & AsciiClass.MarkRun) != 0)
            {
                return EmitMarkRun(i);
            }

            switch (c)
            {
                case '.' or '!' or '?':
                    return ScanTerminalRun(i);
                case '…':
                    return Emit(i, PunctuationRules.RunEnd(text, i), TokenKind.Ellipsis);
                case '(' or '[':
                    {
                        int end = PunctuationRules.EditorialElisionEnd(text, i);
                        return end > i ? Emit(i, end, TokenKind.EditorialElision) : Emit(i, i + 1, TokenKind.Bracket);
                    }

                case ')' or ']' or '{' or '}':
                    return Emit(i, i + 1, TokenKind.Bracket);
                case '-' or '+' or '−' when NumberRules.IsSignedNumberStart(text, i):
                    return EmitWord(i, WordScanner.Scan(text, _profile, i, i + 1, _singleQuoteOpen));
                case '#' when CharClass.IsWordChar(text, i + 1) && !CharClass.IsDigitAt(text, i + 1):
                    return Emit(i, CharClass.WordCharsEnd(text, i + 1), TokenKind.Hashtag);
                case '@' when CharClass.IsWordChar(text, i + 1):
                    {
                        int end = WebTokens.HandleEnd(text, i + 1);
                        return Emit(i, end, text[i..end].Contains('.') ? TokenKind.Email : TokenKind.Handle);
                    }
            }

            if (CharClass.WordCharLength(text, i) > 0)
            {
                return EmitWord(i, WordScanner.Scan(text, _profile, i, i, _singleQuoteOpen));
            }

            if (CharClass.IsQuoteMark(c))
            {
                return ScanQuoteMark(i);
            }

            if (CharClass.IsHyphen(c) && _profile.InvertsCliticsWithHyphen)
            {
                int end = HyphenRules.InvertedCliticEnd(text, _profile, i);
                if (end > i)
                {
                    return Emit(i, end, TokenKind.Word, TokenFlags.InvertedClitic);
                }
            }

            int emoticon = WebTokens.EmoticonEnd(text, i);
            if (emoticon > i)
            {
                return Emit(i, emoticon, TokenKind.Emoticon);
            }

            int emoji = CharClass.EmojiLength(text, i);
            if (emoji > 0)
            {
                return Emit(i, i + emoji, TokenKind.Emoji);
            }

            if (char.IsSurrogate(c))
            {
                // A lone surrogate or an unassigned pair: keep the pair whole, never split it.
                int length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                return Emit(i, i + length, TokenKind.Symbol);
            }

            if (c is '-' or '=')
            {
                return Emit(i, PunctuationRules.RuleEnd(text, i), TokenKind.Punctuation);
            }

            return EmitMarkRun(i);
        }

        /// <summary>A run of the same punctuation mark or symbol is one token.</summary>
        private int EmitMarkRun(int i)
        {
            return Emit(i, PunctuationRules.RunEnd(_text, i), CharClass.IsSymbol(_text[i]) ? TokenKind.Symbol : TokenKind.Punctuation);
        }

        /// <summary>Emits the quotation mark at <paramref name="i"/>, or the word that a leading apostrophe starts (<c>'em</c>).</summary>
        private int ScanQuoteMark(int i)
        {
            var text = _text;
            char c = text[i];
            char next = i + 1 < text.Length ? text[i + 1] : '\0';

            if ((c == '\'' && next == '\'') || (c == '`' && next == '`'))
            {
                return EmitQuote(i, 2, QuoteMarkFamily.DoubleApostrophe);
            }

            if ((c == '\'' || c == '’') && i + 1 < text.Length)
            {
                int wordEnd = ApostropheRules.LeadingApostropheWordEnd(text, _profile, i);
                if (wordEnd > i)
                {
                    return Emit(i, wordEnd, char.IsDigit(next) ? TokenKind.Number : TokenKind.Word);
                }
            }

            var family = QuoteMarks.FamilyOf(c);
            if (family == QuoteMarkFamily.None)
            {
                // A lone backtick is a symbol, not a quotation mark.
                return Emit(i, i + 1, TokenKind.Symbol);
            }

            return EmitQuote(i, 1, family);
        }

        /// <summary>
        /// Emits the quotation mark of <paramref name="length"/> characters at <paramref name="i"/>, and notes whether a
        /// single mark waits for its closer.
        /// </summary>
        private int EmitQuote(int i, int length, QuoteMarkFamily family)
        {
            var role = QuoteMarks.RoleOf(_text, i, length);
            if (family is QuoteMarkFamily.CurlySingle or QuoteMarkFamily.StraightSingle or QuoteMarkFamily.LowSingle)
            {
                _singleQuoteOpen = role == QuoteMarkRole.Opening || (role == QuoteMarkRole.Undecided && !_singleQuoteOpen);
            }

            return Emit(i, i + length, TokenKind.QuoteMark, TokenFlags.None, family, role);
        }

        /// <summary>Emits a run of sentence-final marks, or the file extension that a period starts.</summary>
        private int ScanTerminalRun(int i)
        {
            int extension = PunctuationRules.FileExtensionEnd(_text, i);
            if (extension > i)
            {
                return Emit(i, extension, TokenKind.Word);
            }

            int end = PunctuationRules.TerminalRunEnd(_text, i, out bool isEllipsis);
            return Emit(i, end, isEllipsis ? TokenKind.Ellipsis : TokenKind.Punctuation);
        }

        /// <summary>Emits the word or number that <see cref="WordScanner"/> read from <paramref name="start"/>.</summary>
        private int EmitWord(int start, in ScannedWord word) =>
            Emit(start, word.End, word.Kind, word.Flags, cliticLength: word.CliticLength);

        private int Emit(int start, int end, TokenKind kind, TokenFlags flags = TokenFlags.None,
            QuoteMarkFamily family = QuoteMarkFamily.None, QuoteMarkRole role = QuoteMarkRole.None, int cliticLength = 0)
        {
            var text = _text;
            flags |= SpaceFlags(start, end);
            if (kind is TokenKind.Word or TokenKind.Number or TokenKind.Hashtag or TokenKind.Handle)
            {
                flags |= CasingFlags(text[start..end]);
            }

            Add(new Token(start, end - start, kind, flags, family, role, cliticLength));
            return end;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Add(Token token)
        {
            if ((uint)_count >= (uint)_storage.Length)
            {
                Grow();
            }

            _storage[_count++] = token;
        }

        /// <summary>Lets the list grow to its next capacity, then uses all of it.</summary>
        private void Grow()
        {
            _tokens.EnsureCapacity(_count + 1);
            CollectionsMarshal.SetCount(_tokens, _tokens.Capacity);
            _storage = CollectionsMarshal.AsSpan(_tokens);
        }

        /// <summary>Gives the list the count of the tokens emitted, also when the scan stopped early.</summary>
        public readonly void Complete() => CollectionsMarshal.SetCount(_tokens, _count);

        /// <summary>Whether white space or the text's edge comes before and after the token from <paramref name="start"/> to <paramref name="end"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly TokenFlags SpaceFlags(int start, int end) => SpaceBefore(_text, start) | SpaceAfter(_text, end);

        /// <summary><see cref="TokenFlags.SpaceBefore"/> when white space or the text's start comes before <paramref name="start"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TokenFlags SpaceBefore(ReadOnlySpan<char> text, int start) =>
            start == 0 || CharClass.IsSeparator(text[start - 1]) ? TokenFlags.SpaceBefore : TokenFlags.None;

        /// <summary><see cref="TokenFlags.SpaceAfter"/> when white space or the text's end comes at <paramref name="end"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TokenFlags SpaceAfter(ReadOnlySpan<char> text, int end) =>
            end == text.Length || CharClass.IsSeparator(text[end]) ? TokenFlags.SpaceAfter : TokenFlags.None;

        private static TokenFlags CasingFlags(ReadOnlySpan<char> word)
        {
            var flags = TokenFlags.None;
            int letters = 0, upper = 0;
            bool firstLetterSeen = false;
            foreach (char c in word)
            {
                if (char.IsDigit(c))
                {
                    flags |= TokenFlags.HasDigit;
                }
                else if (char.IsLetter(c))
                {
                    letters++;
                    bool isUpper = char.IsUpper(c);
                    if (isUpper)
                    {
                        upper++;
                    }

                    if (!firstLetterSeen)
                    {
                        firstLetterSeen = true;
                        if (isUpper)
                        {
                            flags |= TokenFlags.Capitalized;
                        }
                    }
                }
            }

            if (letters >= 2 && upper == letters)
            {
                flags |= TokenFlags.AllCaps;
            }

            return flags;
        }
    }
}
