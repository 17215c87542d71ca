using QuoteExtraction.Languages;

namespace QuoteExtraction.Quotes;

/// <summary>
/// Tells direct, partial and non-speech quotes apart from general signals around the quote: its
/// casing against its sentence's, the words before it, a speech verb next to it.
/// </summary>
/// <remarks>
/// Non-speech: a scare quote (<c>so-called “x”</c>); a nickname between two parts of a name
/// (<c>Robert C. “Bobby” Scott</c>); a title of a work or programme, that is several capitalized
/// words with no sentence punctuation inside (<c>“Face the Nation,”</c>) or one after a possessive
/// (<c>CNN's “Politicking”</c>); the last two unless a speech verb stands next to the quote or the
/// whole sentence is capitalized like a headline. Direct: a quote that starts with a capital and stands where a
/// sentence starts (at its sentence's start, after punctuation or a speech verb) or spans paragraphs,
/// or that starts its paragraph. Partial: the rest, fragments inside the writer's sentence.
/// </remarks>
internal sealed class QuoteClassifier
{
    /// <summary>Longer quotes are not titles of works.</summary>
    private const int MaxTitleWords = 8;

    /// <summary>Longer sentences are not headlines.</summary>
    private const int MaxHeadlineTokens = 40;

    /// <summary>How many tokens around a quote are searched for a speech verb.</summary>
    private const int CueWindow = 4;

    private readonly Document _document;
    private readonly string _text;
    private readonly List<Token> _tokens;

    /// <summary>A classifier of the quotes of <paramref name="document"/>, which is segmented and has its word classes.</summary>
    public QuoteClassifier(Document document)
    {
        _document = document;
        _text = document.Text;
        _tokens = document.Tokens;
    }

    /// <summary>The kind of <paramref name="quote"/>, whose text is <paramref name="span"/> and whose last token is <paramref name="lastToken"/>.</summary>
    public QuoteKind Classify(QuoteCandidate quote, TextSpan span, int lastToken)
    {
        if (quote.SegmentCount > 1)
        {
            return QuoteKind.Direct;
        }

        int open = quote.OpenToken;
        int end = quote.IsClosed ? quote.CloseToken : lastToken + 1;
        var sentence = _document.Sentences[_document.SentenceOf[open]];

        if (IsMentionMarked(open) || IsCreditedTitle(end, quote.IsClosed) || IsSubheading(quote, open, end)
            || IsCitedWordAsSubject(open, end, sentence, quote.IsClosed))
        {
            return QuoteKind.NonSpeech;
        }

        // In a headline every word is capitalized, so casing tells nothing there. A speech verb next
        // to the quote makes it speech (“As President,” she said), unless a possessive right before
        // the mark makes the quote a name in the writer's sentence (CNN's “State of the Union”).
        if (!IsHeadline(sentence, open, end) && (IsPossessed(open) || !HasSpeechVerbNearby(open, end)) && !IsAnnounced(open, end)
            && (IsNickname(open, end, quote.IsClosed) || LooksLikeTitle(open, end) || IsSentenceCaseTitle(open, end, sentence, quote.IsClosed)))
        {
            return QuoteKind.NonSpeech;
        }

        return IsDirect(open, span, sentence) ? QuoteKind.Direct : QuoteKind.Partial;
    }

    private bool IsDirect(int open, TextSpan span, Segment sentence)
    {
        var openToken = _tokens[open];
        char first = _text[span.Start];
        if (openToken.Has(TokenFlags.ParagraphStart))
        {
            return true;
        }

        if (char.IsLower(first))
        {
            return false;
        }

        if (open == sentence.FirstToken)
        {
            return true;
        }

        var previous = _tokens[open - 1];
        return previous.Kind is TokenKind.Punctuation or TokenKind.QuoteMark or TokenKind.Bracket
            || (previous.Kind == TokenKind.Word && _document.Is(open - 1, WordClass.SpeechVerb));
    }

    /// <summary>
    /// A quote that a colon announces and that ends its clause (<c>with the caption: “Welcome Home”.</c>,
    /// <c>one message: “Vote Early.”</c>): words shown as someone's, not a title named in the sentence.
    /// </summary>
    private bool IsAnnounced(int open, int end)
    {
        if (open == 0 || _tokens[open - 1].Kind != TokenKind.Punctuation || _text[_tokens[open - 1].Start] != ':')
        {
            return false;
        }

        int next = end + 1;
        return next >= _tokens.Count || _tokens[next].Has(TokenFlags.ParagraphStart) || _tokens[next].Kind == TokenKind.Punctuation;
    }

    /// <summary>A possessive right before the mark (<c>CNN's “Today”</c>).</summary>
    private bool IsPossessed(int open)
    {
        if (open == 0 || _tokens[open].Has(TokenFlags.SentenceStart))
        {
            return false;
        }

        var previous = _tokens[open - 1];
        return previous.Kind == TokenKind.Word
            && previous.Has(TokenFlags.Possessive);
    }

    /// <summary>A title credited to its author: <c>“Met accused of whitewashing,” by Post's Kathianne Boniello</c>.</summary>
    private bool IsCreditedTitle(int end, bool closed)
    {
        int next = end + 1;
        if (closed && next < _tokens.Count && _text[_tokens[next].Start] == ',')
        {
            next++;
        }

        return closed && next + 1 < _tokens.Count && _tokens[next].Kind == TokenKind.Word
            && SharedLexicons.CreditWords.Contains(_tokens[next].GetText(_text)) && _tokens[next + 1].Has(TokenFlags.Capitalized)
            && !_tokens[next].Has(TokenFlags.ParagraphStart);
    }

    /// <summary>A short quote in single marks that is a whole paragraph by itself: a subheading (<c>'A healthy environment.'</c>).</summary>
    private bool IsSubheading(QuoteCandidate quote, int open, int end)
    {
        if (!quote.IsClosed || !_tokens[open].Has(TokenFlags.ParagraphStart)
            || QuotePairing.Weight(_tokens[open].QuoteFamily) != QuoteMarkFamily.CurlySingle)
        {
            return false;
        }

        int after = end + 1;
        while (after < _tokens.Count && _tokens[after].Kind == TokenKind.Punctuation && !_tokens[after].Has(TokenFlags.ParagraphStart))
        {
            after++;
        }

        return (after == _tokens.Count || _tokens[after].Has(TokenFlags.ParagraphStart)) && CountWords(open, end) <= MaxTitleWords;
    }

    /// <summary>
    /// One or two words with no punctuation, quoted at the start of a sentence whose verb follows them:
    /// the words themselves are the subject (<c>“Non-paper” is a diplomatic term</c>).
    /// </summary>
    private bool IsCitedWordAsSubject(int open, int end, Segment sentence, bool closed)
    {
        if (!closed || open != sentence.FirstToken || end + 1 >= sentence.EndToken || end - open - 1 is < 1 or > 2)
        {
            return false;
        }

        for (int i = open + 1; i < end; i++)
        {
            if (_tokens[i].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return false;
            }
        }

        var next = _tokens[end + 1];
        return next.Kind == TokenKind.Word && !next.Has(TokenFlags.Capitalized) && !_document.Is(end + 1, WordClass.SpeechVerb);
    }

    private int CountWords(int open, int end)
    {
        int words = 0;
        for (int i = open + 1; i < end; i++)
        {
            if (_tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>The word before the quote names words: <c>the word</c>, <c>the slogan</c>, <c>so-called</c>.</summary>
    private bool IsMentionMarked(int open)
    {
        int word = PreviousWord(open, 2);
        if (word < 0)
        {
            return false;
        }

        var text = _tokens[word].GetText(_text);
        if (SharedLexicons.MentionMarkers.Contains(text))
        {
            return true;
        }

        // "so-called" split at its hyphen, or written "so called".
        foreach (var (first, second) in SharedLexicons.MentionMarkerPairs)
        {
            if (text.Equals(second, StringComparison.OrdinalIgnoreCase))
            {
                int before = PreviousWord(word, 2);
                return before >= 0 && _tokens[before].GetText(_text).Equals(first, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    /// <summary>One or two capitalized words between two capitalized parts of a name.</summary>
    private bool IsNickname(int open, int end, bool closed)
    {
        if (!closed || open == 0 || end + 1 >= _tokens.Count || end - open - 1 is < 1 or > 2)
        {
            return false;
        }

        for (int i = open + 1; i < end; i++)
        {
            if (!IsCapitalizedWord(_tokens[i]))
            {
                return false;
            }
        }

        var before = _tokens[open - 1];
        var after = _tokens[end + 1];
        return IsCapitalizedWord(before) && IsCapitalizedWord(after) && !_document.Is(open - 1, WordClass.Function)
            && !_document.Is(end + 1, WordClass.Function | WordClass.SpeechVerb);
    }

    /// <summary>Several capitalized words with no sentence inside (a title of a work), or one after a possessive.</summary>
    private bool LooksLikeTitle(int open, int end)
    {
        int words = 0;
        bool firstWord = true;
        for (int i = open + 1; i < end; i++)
        {
            var token = _tokens[i];
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
                bool capitalized = token.Has(TokenFlags.Capitalized) || token.Kind == TokenKind.Number;
                if (firstWord ? !capitalized : !capitalized && !_document.Classes.Is(i, WordClass.Conjunction | WordClass.SmallWord))
                {
                    return false;
                }

                firstWord = false;
            }
            else if (IsSentencePunctuation(token) && i + 1 < end)
            {
                return false;
            }
        }

        if (words is 0 or > MaxTitleWords)
        {
            return false;
        }

        return words >= 2 || (open > 0 && _tokens[open - 1].Has(TokenFlags.Possessive));
    }

    /// <summary>
    /// In a language whose titles capitalize only their first word, a short quote that starts with a capital
    /// right after a plain word of its sentence (<c>pour « La tête la première »</c>), or that the
    /// language's credit word and a name follow (<c>« Le vent du soir » de Jeanne Roy</c>): a fragment of
    /// speech woven into the sentence would start in lower case there.
    /// </summary>
    private bool IsSentenceCaseTitle(int open, int end, Segment sentence, bool closed)
    {
        if (!closed || !_document.Profile.WritesTitlesInSentenceCase || open + 1 >= end)
        {
            return false;
        }

        var first = _tokens[open + 1];
        if (first.Kind != TokenKind.Word || !first.Has(TokenFlags.Capitalized) || !(FollowsPlainWord(open, sentence) || IsCreditedInSentenceCase(end)))
        {
            return false;
        }

        int words = 0;
        for (int i = open + 1; i < end; i++)
        {
            var token = _tokens[i];
            if ((token.Kind is TokenKind.Word or TokenKind.Number) && ++words > MaxTitleWords)
            {
                return false;
            }

            if (IsSentencePunctuation(token) && i + 1 < end)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A plain word of the sentence before the mark: neither a speech verb nor a complementizer, which announce speech.</summary>
    private bool FollowsPlainWord(int open, Segment sentence)
    {
        if (open <= sentence.FirstToken)
        {
            return false;
        }

        var previous = _tokens[open - 1];
        return previous.Kind == TokenKind.Word && !_document.Is(open - 1, WordClass.SpeechVerb)
            && !_document.Profile.Complementizers.Contains(previous.GetText(_text));
    }

    /// <summary>The language's credit word of a work and a capitalized name right after the closing mark (<c>» de Jeanne Roy</c>).</summary>
    private bool IsCreditedInSentenceCase(int end)
    {
        int credit = end + 1;
        return credit + 1 < _tokens.Count && _tokens[credit].Kind == TokenKind.Word && !_tokens[credit].Has(TokenFlags.ParagraphStart)
            && _document.Profile.TitleCredits.Contains(_tokens[credit].GetText(_text)) && IsCapitalizedWord(_tokens[credit + 1]);
    }

    private bool IsSentencePunctuation(Token token) =>
        token.Kind == TokenKind.Punctuation && _text[token.Start] is '.' or '!' or '?' or ';' or ',';

    private bool IsHeadline(Segment sentence, int open, int end) => IsHeadline(_document, sentence, open, end);

    /// <summary>
    /// Whether <paramref name="sentence"/>, outside the tokens from <paramref name="open"/> to
    /// <paramref name="end"/>, is capitalized word by word, as headlines are.
    /// </summary>
    internal static bool IsHeadline(Document document, Segment sentence, int open, int end)
    {
        var (text, tokens) = (document.Text, document.Tokens);
        // Headlines are short; the bound also keeps the cost per quote constant.
        if (sentence.TokenCount > MaxHeadlineTokens)
        {
            return false;
        }

        int content = 0;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (i >= open && i <= end)
            {
                continue;
            }

            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !char.IsLetter(text[token.Start]))
            {
                continue;
            }

            if (!token.Has(TokenFlags.Capitalized))
            {
                if (!document.Is(i, WordClass.Function))
                {
                    return false;
                }

                continue;
            }

            content++;
        }

        return content >= 2;
    }

    /// <summary>A speech verb within a few tokens before or after the quote, in its paragraph (<c>“As President,” she said</c>).</summary>
    private bool HasSpeechVerbNearby(int open, int end)
    {
        for (int i = open - 1; i >= 0 && i >= open - CueWindow; i--)
        {
            if (IsSpeechVerb(i))
            {
                return true;
            }

            if (_tokens[i].Has(TokenFlags.ParagraphStart))
            {
                break;
            }
        }

        for (int i = end + 1; i < _tokens.Count && i <= end + CueWindow && !_tokens[i].Has(TokenFlags.ParagraphStart); i++)
        {
            if (IsSpeechVerb(i))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSpeechVerb(int i) =>
        _tokens[i].Kind == TokenKind.Word && !_tokens[i].Has(TokenFlags.Capitalized) && _document.Is(i, WordClass.SpeechVerb);

    private static bool IsCapitalizedWord(Token token) =>
        token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized) && !token.Has(TokenFlags.AllCaps);

    /// <summary>The nearest word before <paramref name="index"/>, looking at most <paramref name="reach"/> tokens back, or -1.</summary>
    private int PreviousWord(int index, int reach)
    {
        for (int i = index - 1; i >= 0 && i >= index - reach; i--)
        {
            if (_tokens[i].Kind == TokenKind.Word)
            {
                return i;
            }
        }

        return -1;
    }
}
