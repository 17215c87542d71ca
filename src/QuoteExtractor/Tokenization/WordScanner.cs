using QuoteExtraction.Languages;

namespace QuoteExtraction.Tokenization;

/// <summary>A word or number token read by <see cref="WordScanner"/>, before the tokenizer adds its spacing and casing flags.</summary>
/// <param name="End">Where the token ends.</param>
/// <param name="Kind"><see cref="TokenKind.Word"/> or <see cref="TokenKind.Number"/>.</param>
/// <param name="Flags">The flags the connectors gave it (hyphenated, contraction, abbreviation…).</param>
/// <param name="CliticLength">The length of the clitic that ends it (<c>n't</c>, <c>'s</c>), or 0.</param>
internal readonly record struct ScannedWord(int End, TokenKind Kind, TokenFlags Flags, int CliticLength);

/// <summary>
/// Reads one word or number: runs of letters, digits and marks, and the connectors between them that keep the token
/// whole. Each connector has its rules (<see cref="NumberRules"/>, <see cref="ApostropheRules"/>,
/// <see cref="HyphenRules"/>, <see cref="AbbreviationRules"/>); this scanner keeps what they need to know of the word
/// read so far.
/// </summary>
internal ref struct WordScanner
{
    private readonly ReadOnlySpan<char> _text;
    private readonly LanguageProfile _profile;

    /// <summary>Where the token starts, at its sign when it has one.</summary>
    private readonly int _start;

    /// <summary>An opening single mark waits for its closer, so a word-final apostrophe is not a possessive.</summary>
    private readonly bool _singleQuoteOpen;

    /// <summary>Where the word read so far ends.</summary>
    private int _end;

    /// <summary>Where the last run of letters, digits and marks starts.</summary>
    private int _runStart;

    /// <summary>The length of the longest run: a dotted form of short runs takes its final period (<c>U.S.</c>).</summary>
    private int _longestRun;

    /// <summary>The number of digits of a number's first group, which decides whether a space groups thousands.</summary>
    private int _firstGroupDigits;

    /// <summary>The word is a number so far: digits, with their separators and suffix.</summary>
    private bool _isNumber;

    /// <summary>The number has its suffix (<c>1990s</c>), after which no space groups digits.</summary>
    private bool _numberSuffixSeen;

    /// <summary>A period joins two of the word's runs (<c>U.S</c>): no elision follows it.</summary>
    private bool _joinedByPeriod;

    /// <summary>A hyphen joins two of the word's runs: no elision follows it.</summary>
    private bool _hasHyphen;

    /// <summary>The flags the connectors gave the word so far.</summary>
    private TokenFlags _flags;

    /// <summary>The length of the clitic that ends the word so far (<c>n't</c>), or 0.</summary>
    private int _cliticLength;

    /// <summary>The token, once a connector rule has decided it whole (an elided word, a possessive).</summary>
    private ScannedWord _decided;

    private WordScanner(ReadOnlySpan<char> text, LanguageProfile profile, int start, int bodyStart, bool singleQuoteOpen)
    {
        _text = text;
        _profile = profile;
        _start = start;
        _singleQuoteOpen = singleQuoteOpen;
        _end = bodyStart;
        _isNumber = char.IsDigit(text[bodyStart]);
    }

    /// <summary>What a connector does to the word being read.</summary>
    private enum Step
    {
        /// <summary>It joins the word, which goes on after it.</summary>
        Continue,

        /// <summary>The word ends before it (or, for <c>w/</c>, with it); the word-final rules apply.</summary>
        Finish,

        /// <summary>Its rule decided the token whole (see <see cref="_decided"/>).</summary>
        Decided,
    }

    /// <summary>
    /// Reads the word or number that starts at <paramref name="start"/>, whose first letter or digit is at
    /// <paramref name="bodyStart"/> (after a sign).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="profile">The language.</param>
    /// <param name="start">Where the token starts.</param>
    /// <param name="bodyStart">Where its first letter or digit is.</param>
    /// <param name="singleQuoteOpen">Whether an opening single mark waits for its closer.</param>
    public static ScannedWord Scan(ReadOnlySpan<char> text, LanguageProfile profile, int start, int bodyStart, bool singleQuoteOpen)
    {
        var scanner = new WordScanner(text, profile, start, bodyStart, singleQuoteOpen);
        return scanner.Read();
    }

    /// <summary>Reads runs and the connectors between them until a rule ends the token.</summary>
    private ScannedWord Read()
    {
        while (ReadRun())
        {
            // A connector needs a character after it.
            var step = _end < _text.Length - 1 ? Join() : Step.Finish;
            if (step == Step.Finish)
            {
                return Finish();
            }

            if (step == Step.Decided)
            {
                return _decided;
            }
        }

        return AsRead();
    }

    /// <summary>
    /// Reads a run of letters, digits and marks; digits followed by letters split unless the letters are a number
    /// suffix. False when the token ends inside the run.
    /// </summary>
    private bool ReadRun()
    {
        var text = _text;
        int runStart = _end;
        bool isNumber = _isNumber;

        // Letters in a word need none of the rules below.
        int q = isNumber ? runStart : CharClass.AsciiLetterRunEnd(text, runStart);
        while (q < text.Length)
        {
            int size = CharClass.WordCharLength(text, q);
            if (size == 0)
            {
                if (CharClass.IsJoiner(text[q]) && CharClass.IsWordChar(text, q + 1) && q > runStart)
                {
                    q++;
                    continue;
                }

                break;
            }

            if (!isNumber)
            {
                // 20h30: letters glued to digits on both sides stand alone.
                if (q > runStart && char.IsDigit(text[q]) && _start > 0 && char.IsDigit(text[_start - 1]))
                {
                    _end = q;
                    return false;
                }
            }
            else if (!_numberSuffixSeen && !char.IsDigit(text[q]))
            {
                int suffixEnd = NumberRules.SuffixEnd(text, q);
                if (suffixEnd < 0)
                {
                    _end = q;
                    return false;
                }

                _numberSuffixSeen = true;
                q = suffixEnd;
                continue;
            }

            q += size;
        }

        _runStart = runStart;
        _end = q;
        _longestRun = Math.Max(_longestRun, q - runStart);
        if (isNumber && _firstGroupDigits == 0)
        {
            _firstGroupDigits = q - runStart;
        }

        return true;
    }

    /// <summary>Applies the rule of the connector at <see cref="_end"/>, which has a character after it.</summary>
    private Step Join()
    {
        char c = _text[_end];
        if (CharClass.IsApostrophe(c))
        {
            return JoinApostrophe();
        }

        if (CharClass.IsHyphen(c))
        {
            return JoinHyphen();
        }

        switch (c)
        {
            case '.':
                int periodEnd = AbbreviationRules.JoinedPeriodEnd(_text, _runStart, _end, _isNumber);
                _joinedByPeriod |= periodEnd > 0;
                return Advance(periodEnd);
            case ',' or ':':
                return Advance(_isNumber && NumberRules.IsBetweenDigits(_text, _end) ? _end + 1 : -1);
            case '\u00A0' or '\u202F' or ' ':
                bool groups = _isNumber && !_numberSuffixSeen
                    && NumberRules.GroupsThousandsWithSpace(_text, _profile, _end, _firstGroupDigits, _end - _runStart);
                return Advance(groups ? _end + 1 : -1);
            case '/':
                return JoinSlash();
            case '&' or '_' or '·':
                return Advance(!_isNumber && CharClass.IsWordChar(_text, _end + 1) ? _end + 1 : -1);
            default:
                return Step.Finish;
        }
    }

    /// <summary>An apostrophe groups thousands, ends an elided word or a plural's possessive, or joins the word, maybe marking its clitic.</summary>
    private Step JoinApostrophe()
    {
        var text = _text;
        int q = _end;

        // 10'000: an apostrophe groups thousands.
        if (_isNumber && NumberRules.GroupsThousandsWithApostrophe(text, q))
        {
            return Advance(q + 1);
        }

        if (_profile.SeparatesElisions && !_hasHyphen && !_joinedByPeriod && ApostropheRules.IsElision(text, _profile, _start, q))
        {
            return Decide(new ScannedWord(q + 1, TokenKind.Word, TokenFlags.Elided, 0));
        }

        if (!char.IsLetter(text[q + 1]))
        {
            return !_isNumber && ApostropheRules.IsPluralPossessive(text, q, _singleQuoteOpen)
                ? Decide(new ScannedWord(q + 1, TokenKind.Word, _flags | TokenFlags.Possessive, 1))
                : Step.Finish;
        }

        if (_profile.MarksContractions)
        {
            int clitic = ApostropheRules.ContractionClitic(text, _profile, _start, q, out var flags);
            if (clitic > 0)
            {
                _cliticLength = clitic;
                _flags |= flags;
            }
        }

        _isNumber = false;
        return Advance(q + 1);
    }

    /// <summary>A hyphen joins a compound, which may then go on as a number only after digits (<c>2-3</c>).</summary>
    private Step JoinHyphen()
    {
        int q = _end;
        if (!HyphenRules.JoinsCompound(_text, _profile, _start, _runStart, q, _isNumber))
        {
            return Step.Finish;
        }

        _hasHyphen = true;
        _flags |= TokenFlags.Hyphenated;
        _isNumber = _isNumber && char.IsDigit(_text[q + 1]);
        _numberSuffixSeen = false;
        return Advance(q + 1);
    }

    /// <summary>Dates (<c>08/16/2000</c>) and short abbreviations (<c>b/c</c>, <c>km/h</c>) stay whole; other pairs split.</summary>
    private Step JoinSlash()
    {
        var text = _text;
        int q = _end;
        int rightEnd = CharClass.WordCharsEnd(text, q + 1);
        bool joins = _isNumber
            ? NumberRules.IsDateSlash(text, _start, q, rightEnd)
            : q - _runStart <= 2 && rightEnd - (q + 1) is >= 1 and <= 2 && char.IsLetter(text[q + 1]);
        if (joins)
        {
            return Advance(q + 1);
        }

        // w/ : a letter standing alone keeps its slash.
        if (!_isNumber && q - _start == 1 && char.IsLetter(text[_start]) && CharClass.IsSeparator(text[q + 1]))
        {
            _end = q + 1;
        }

        return Step.Finish;
    }

    /// <summary>Goes on reading at <paramref name="end"/>, past the connector; a negative end finishes the word before it.</summary>
    private Step Advance(int end)
    {
        if (end < 0)
        {
            return Step.Finish;
        }

        _end = end;
        return Step.Continue;
    }

    /// <summary>Ends the word as <paramref name="word"/>, which a connector rule decided whole.</summary>
    private Step Decide(ScannedWord word)
    {
        _decided = word;
        return Step.Decided;
    }

    /// <summary>The word as read, with the sign or period after it when it takes one.</summary>
    private readonly ScannedWord Finish()
    {
        if (AbbreviationRules.TakesDegreeSign(_text, _start, _end))
        {
            return new ScannedWord(_end + 1, TokenKind.Word, TokenFlags.None, 0);
        }

        if (!_isNumber && AbbreviationRules.TakesFinalPeriod(_text, _profile, _start, _end, _joinedByPeriod, _longestRun))
        {
            return new ScannedWord(_end + 1, TokenKind.Word, _flags | TokenFlags.Abbreviation, 0);
        }

        return AsRead();
    }

    /// <summary>The word as read, ending at <see cref="_end"/>.</summary>
    private readonly ScannedWord AsRead() =>
        new(_end, _isNumber ? TokenKind.Number : TokenKind.Word, _flags, _cliticLength);
}
