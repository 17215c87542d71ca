namespace QuoteExtraction.Quotes;

/// <summary>
/// Pairs quotation marks into quotes, one paragraph at a time, with an explicit stack of bounded
/// depth: a single left-to-right pass, so any input costs linear time.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>Deeper nesting than this is not real quoting; further openers are ignored.</summary>
    private const int MaxDepth = 8;

    public static IReadOnlyList<Quote> Scan(string text, List<Token> tokens, List<Segment> paragraphs, QuoteExtractorOptions options)
    {
        var quotes = new List<Quote>();
        Span<int> stack = stackalloc int[MaxDepth];
        var nested = new List<TextSpan>();
        foreach (var paragraph in paragraphs)
        {
            int depth = 0;
            nested.Clear();
            for (int i = paragraph.FirstToken; i < paragraph.EndToken; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.QuoteMark)
                {
                    continue;
                }

                int match = token.QuoteRole is QuoteMarkRole.Closing or QuoteMarkRole.Undecided
                    ? FindOpener(tokens, stack[..depth], token)
                    : -1;
                if (match >= 0)
                {
                    var inner = Inner(text, tokens[stack[match]].End, token.Start);
                    if (match == 0)
                    {
                        AddQuote(quotes, text, inner, closed: true, nested, options);
                        nested.Clear();
                    }
                    else if (!inner.IsEmpty)
                    {
                        nested.Add(inner);
                    }

                    depth = match;
                }
                else if (token.QuoteRole is QuoteMarkRole.Opening or QuoteMarkRole.Undecided && depth < MaxDepth)
                {
                    stack[depth++] = i;
                }
            }

            // A double mark left open runs to the paragraph's end; a lone single mark is more often an apostrophe.
            if (depth > 0 && !IsSingle(tokens[stack[0]].QuoteFamily))
            {
                var inner = Inner(text, tokens[stack[0]].End, paragraph.Span.End);
                AddQuote(quotes, text, inner, closed: false, nested, options);
            }
        }

        return quotes;
    }

    private static int FindOpener(List<Token> tokens, ReadOnlySpan<int> open, Token closer)
    {
        for (int level = open.Length - 1; level >= 0; level--)
        {
            if (Group(tokens[open[level]].QuoteFamily) == Group(closer.QuoteFamily))
            {
                return level;
            }
        }

        return -1;
    }

    private static bool IsSingle(QuoteMarkFamily family) => Group(family) == QuoteMarkFamily.CurlySingle;

    /// <summary>Families that close each other: typos mix curly and straight marks of the same weight.</summary>
    private static QuoteMarkFamily Group(QuoteMarkFamily family) => family switch
    {
        QuoteMarkFamily.StraightDouble or QuoteMarkFamily.LowDouble or QuoteMarkFamily.DoubleApostrophe => QuoteMarkFamily.CurlyDouble,
        QuoteMarkFamily.StraightSingle or QuoteMarkFamily.LowSingle => QuoteMarkFamily.CurlySingle,
        _ => family,
    };

    private static TextSpan Inner(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static void AddQuote(List<Quote> quotes, string text, TextSpan span, bool closed, List<TextSpan> nested, QuoteExtractorOptions options)
    {
        if (span.IsEmpty)
        {
            return;
        }

        var kind = Classify(text.AsSpan(span.Start, span.Length));
        if (kind == QuoteKind.NonSpeech && !options.IncludeNonSpeech)
        {
            return;
        }

        quotes.Add(new Quote
        {
            Text = text.Substring(span.Start, span.Length),
            Span = span,
            Kind = kind,
            IsClosed = closed,
            Segments = [span],
            Nested = nested.Count == 0 ? [] : [.. nested],
        });
    }

    /// <summary>
    /// Direct when the quote holds a sentence (it ends with sentence punctuation or the comma that
    /// hands over to a speech verb); non-speech when it is a short run of capitalized words with no
    /// punctuation, as titles of works are; partial otherwise.
    /// </summary>
    private static QuoteKind Classify(ReadOnlySpan<char> quote)
    {
        char last = quote[^1];
        if (last is '.' or '!' or '?' or ',' or '…' or ';')
        {
            return QuoteKind.Direct;
        }

        int words = 0;
        bool allCapitalized = true;
        bool atWordStart = true;
        foreach (char c in quote)
        {
            if (char.IsWhiteSpace(c))
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart)
            {
                words++;
                allCapitalized &= char.IsUpper(c) || char.IsDigit(c);
                atWordStart = false;
            }
        }

        return allCapitalized && words is >= 2 and <= 6 ? QuoteKind.NonSpeech : QuoteKind.Partial;
    }
}
