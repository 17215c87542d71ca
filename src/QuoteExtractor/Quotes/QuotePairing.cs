using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace QuoteExtraction.Quotes;

/// <summary>A quotation found by pairing marks, before it is classified.</summary>
/// <param name="OpenToken">Index of the opening mark.</param>
/// <param name="CloseToken">Index of the closing mark, or -1 when the quote was never closed.</param>
/// <param name="FirstSegment">Index of its first segment in <see cref="PairingResult.Segments"/>.</param>
/// <param name="SegmentCount">How many segments (paragraphs) it spans.</param>
/// <param name="FirstNested">Index of its first nested quote in <see cref="PairingResult.Nested"/>.</param>
/// <param name="NestedCount">How many quotes are nested in it.</param>
internal readonly record struct QuoteCandidate(int OpenToken, int CloseToken, int FirstSegment, int SegmentCount, int FirstNested, int NestedCount)
{
    public bool IsClosed => CloseToken >= 0;
}

/// <summary>
/// The quotes of one article in text order, with their segments and nested quotes. A thread's workspace
/// keeps one for its next call, so that quote-dense articles do not allocate large lists each time.
/// </summary>
internal sealed class PairingResult
{
    public List<QuoteCandidate> Quotes { get; } = [];

    public List<TextSpan> Segments { get; } = [];

    public List<TextSpan> Nested { get; } = [];

    /// <summary>Empties the lists for the next article.</summary>
    public void Clear()
    {
        Quotes.Clear();
        Segments.Clear();
        Nested.Clear();
    }
}

/// <summary>
/// Pairs quotation marks into quotes in one left-to-right pass with an explicit stack of bounded
/// depth, so any input costs linear time.
/// </summary>
/// <remarks>
/// A closing mark (or an undecided straight one) closes the innermost open quote of its weight
/// (double or single, curly and straight mixed, as typos mix them); guillemets pair with guillemets.
/// An opening mark of the very family of the innermost open quote re-opens it rather than nesting
/// when it follows an elision or a sentence's end (<c>“… […] “If we go …,”</c>). A quote left open at a paragraph's end goes on when the next paragraph
/// starts with an opening mark of its weight (curly and straight mixed) and the quote closes in a later paragraph (the
/// multi-paragraph convention); otherwise each paragraph's part ends there, unclosed. A single mark left open is dropped, as it is more often an apostrophe, unless a colon announces it. Marks inside
/// markup tags left in the text (<c>&lt;tweet id="…"&gt;</c>) are ignored, and so is a mark that pairs with nothing.
/// </remarks>
internal static class QuotePairing
{
    /// <summary>Deeper nesting than this is not real quoting; further openers are ignored.</summary>
    public const int MaxDepth = 8;

    /// <summary>How far a markup tag may reach for its closing <c>&gt;</c>, in tokens.</summary>
    private const int MaxTagTokens = 200;

    /// <summary>Pairs the marks of <paramref name="tokens"/> into <paramref name="result"/>, which it empties first.</summary>
    public static void Pair(ReadOnlySpan<char> text, List<Token> tokens, List<Segment> paragraphs, PairingResult result)
    {
        result.Clear();
        Span<int> stack = stackalloc int[MaxDepth];
        int depth = 0;

        // The paragraphs of the quote being read: each one's opening mark and first nested quote.
        var chain = new List<(int Opener, int FirstNested)>();
        int firstSegment = 0;
        int segmentStart = 0;
        int lastParagraphEnd = 0;

        // Whether a paragraph of the quote being read re-opened it with a mark of another shape (“ then ").
        bool mixedShapes = false;

        var all = CollectionsMarshal.AsSpan(tokens);
        foreach (var paragraph in paragraphs)
        {
            int i = paragraph.FirstToken;
            if (depth > 0)
            {
                var first = tokens[i];
                if (IsOpener(first) && Weight(first.QuoteFamily) == Weight(tokens[chain[0].Opener].QuoteFamily) && !StartsTurn(text, tokens, i + 1, paragraph.EndToken))
                {
                    // The quote may go on in this paragraph: end its segment here and start the next one.
                    result.Segments.Add(Inner(text, segmentStart, lastParagraphEnd));
                    mixedShapes |= first.QuoteFamily != tokens[chain[0].Opener].QuoteFamily;
                    chain.Add((i, result.Nested.Count));
                    stack[0] = i;
                    depth = 1;
                    segmentStart = first.End;
                    i++;
                }
                else
                {
                    AddUnclosed(text, tokens, result, chain, firstSegment, segmentStart, lastParagraphEnd);
                    depth = 0;
                }
            }

            for (; (i = NextMarkOrTag(text, all, i, paragraph.EndToken)) < paragraph.EndToken; i++)
            {
                var token = all[i];
                if (IsTagStart(text, tokens, i, paragraph.EndToken))
                {
                    i = TagEnd(text, tokens, i, paragraph.EndToken);
                    continue;
                }

                if (token.Kind != TokenKind.QuoteMark)
                {
                    continue;
                }

                int level = token.QuoteRole is QuoteMarkRole.Closing or QuoteMarkRole.Undecided
                    ? FindOpenQuote(tokens, stack[..depth], token)
                    : -1;
                if (level == 0 && mixedShapes && !EndsParagraph(text, tokens, i, paragraph.EndToken))
                {
                    // A mark of another shape opened this paragraph, and the quote closes inside it: a new
                    // quote, as a continued one closes at its last paragraph's end, and the paragraphs
                    // before it ended unclosed.
                    var last = chain[^1];
                    chain.RemoveAt(chain.Count - 1);
                    AddUnclosedQuotes(text, tokens, result, chain, firstSegment, last.FirstNested);
                    result.Segments.Add(Inner(text, segmentStart, token.Start));
                    result.Quotes.Add(new QuoteCandidate(last.Opener, i, result.Segments.Count - 1, 1, last.FirstNested, result.Nested.Count - last.FirstNested));
                    depth = 0;
                }
                else if (level == 0)
                {
                    result.Segments.Add(Inner(text, segmentStart, token.Start));
                    result.Quotes.Add(new QuoteCandidate(chain[0].Opener, i, firstSegment,
                        result.Segments.Count - firstSegment, chain[0].FirstNested, result.Nested.Count - chain[0].FirstNested));
                    depth = 0;
                }
                else if (level > 0)
                {
                    var nested = Inner(text, tokens[stack[level]].End, token.Start);
                    if (!nested.IsEmpty)
                    {
                        result.Nested.Add(nested);
                    }

                    depth = level;
                }
                else if (token.QuoteRole is QuoteMarkRole.Opening or QuoteMarkRole.Undecided)
                {
                    if (depth == 0)
                    {
                        stack[depth++] = i;
                        chain.Clear();
                        chain.Add((i, result.Nested.Count));
                        mixedShapes = false;
                        firstSegment = result.Segments.Count;
                        segmentStart = token.End;
                    }
                    else if ((tokens[stack[depth - 1]].QuoteFamily != token.QuoteFamily || !IsReopening(text, tokens, i)) && depth < MaxDepth)
                    {
                        stack[depth++] = i;
                    }
                }
            }

            lastParagraphEnd = paragraph.Span.End;
        }

        if (depth > 0)
        {
            AddUnclosed(text, tokens, result, chain, firstSegment, segmentStart, lastParagraphEnd);
        }
    }

    /// <summary>
    /// The first token from <paramref name="i"/> on, before <paramref name="end"/>, that is a quotation mark or starts
    /// with a '&lt;', or <paramref name="end"/>. Nearly every token is neither: one test, whose outcome the processor
    /// predicts, where testing the kinds one by one would branch on words against punctuation; this loop, apart from
    /// the pairing's, keeps its few variables in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NextMarkOrTag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int end)
    {
        for (; i < end; i++)
        {
            ref readonly var token = ref tokens[i];
            if ((token.Kind == TokenKind.QuoteMark) | (text[token.Start] == '<'))
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// A quote that never closed: each of its paragraphs becomes its own unclosed quote, since a quote
    /// that runs over paragraphs closes at its end (a transcript opens every paragraph and closes none).
    /// Single marks left open are dropped.
    /// </summary>
    private static void AddUnclosed(ReadOnlySpan<char> text, List<Token> tokens, PairingResult result,
        List<(int Opener, int FirstNested)> chain, int firstSegment, int segmentStart, int paragraphEnd)
    {
        result.Segments.Add(Inner(text, segmentStart, paragraphEnd));
        AddUnclosedQuotes(text, tokens, result, chain, firstSegment, result.Nested.Count);
    }

    /// <summary>
    /// One unclosed quote for each paragraph of <paramref name="chain"/>, whose segments are in the result
    /// from <paramref name="firstSegment"/> on and whose nested quotes end at <paramref name="nestedEnd"/>.
    /// </summary>
    private static void AddUnclosedQuotes(ReadOnlySpan<char> text, List<Token> tokens, PairingResult result,
        List<(int Opener, int FirstNested)> chain, int firstSegment, int nestedEnd)
    {
        if (Weight(tokens[chain[0].Opener].QuoteFamily) == QuoteMarkFamily.CurlySingle && !IsAnnounced(text, tokens, chain[0].Opener))
        {
            return;
        }

        for (int k = 0; k < chain.Count; k++)
        {
            int end = k + 1 < chain.Count ? chain[k + 1].FirstNested : nestedEnd;
            result.Quotes.Add(new QuoteCandidate(chain[k].Opener, -1, firstSegment + k, 1, chain[k].FirstNested, end - chain[k].FirstNested));
        }
    }

    /// <summary>
    /// A mark that a colon announces and a capitalized word follows (<c>She added: ‘I am not …</c>) opens a
    /// quote, never an apostrophe, even when it is a single mark left open.
    /// </summary>
    private static bool IsAnnounced(ReadOnlySpan<char> text, List<Token> tokens, int opener) =>
        opener > 0 && opener + 1 < tokens.Count
        && tokens[opener - 1].Kind == TokenKind.Punctuation && text[tokens[opener - 1].Start] == ':'
        && tokens[opener + 1].Kind == TokenKind.Word && tokens[opener + 1].Has(TokenFlags.Capitalized);

    /// <summary>Whether only punctuation follows the mark at <paramref name="i"/> up to <paramref name="end"/>, its paragraph's end.</summary>
    private static bool EndsParagraph(ReadOnlySpan<char> text, List<Token> tokens, int i, int end)
    {
        for (int j = i + 1; j < end; j++)
        {
            if (tokens[j].Kind is not (TokenKind.Punctuation or TokenKind.QuoteMark) || text[tokens[j].Start] == '<')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An opening mark of the open quote's own family re-opens it when it follows an editorial
    /// elision, an ellipsis or the end of a sentence (<c>… […] “If we go</c>); elsewhere it nests
    /// (<c>what he calls “hell” than</c>).
    /// </summary>
    private static bool IsReopening(ReadOnlySpan<char> text, List<Token> tokens, int i)
    {
        if (i == 0 || tokens[i].Has(TokenFlags.SentenceStart))
        {
            return true;
        }

        var previous = tokens[i - 1];
        return previous.Kind is TokenKind.EditorialElision or TokenKind.Ellipsis
            || (previous.Kind == TokenKind.Punctuation && text[previous.Start] is '.' or '!' or '?');
    }

    /// <summary>A transcript turn starts with a speaker label in capitals and a colon (<c>"WALLACE: …</c>): a new quote, not a continuation.</summary>
    private static bool StartsTurn(ReadOnlySpan<char> text, List<Token> tokens, int i, int end)
    {
        while (i < end && tokens[i].Kind == TokenKind.Word && tokens[i].Has(TokenFlags.AllCaps))
        {
            i++;
        }

        return i < end && i > 0 && tokens[i - 1].Has(TokenFlags.AllCaps) && tokens[i].Length == 1 && text[tokens[i].Start] == ':';
    }

    /// <summary>The weight a mark pairs by: double marks of any shape close each other, and so do single marks.</summary>
    public static QuoteMarkFamily Weight(QuoteMarkFamily family) => family switch
    {
        QuoteMarkFamily.StraightDouble or QuoteMarkFamily.LowDouble or QuoteMarkFamily.DoubleApostrophe => QuoteMarkFamily.CurlyDouble,
        QuoteMarkFamily.StraightSingle or QuoteMarkFamily.LowSingle => QuoteMarkFamily.CurlySingle,
        _ => family,
    };

    private static bool IsOpener(Token token) =>
        token.Kind == TokenKind.QuoteMark && token.QuoteRole is QuoteMarkRole.Opening or QuoteMarkRole.Undecided;

    private static int FindOpenQuote(List<Token> tokens, ReadOnlySpan<int> open, Token closer)
    {
        var weight = Weight(closer.QuoteFamily);
        for (int level = open.Length - 1; level >= 0; level--)
        {
            if (Weight(tokens[open[level]].QuoteFamily) == weight)
            {
                return level;
            }
        }

        return -1;
    }

    /// <summary>A markup tag starts with <c>&lt;</c> glued to a letter or <c>/</c> (<c>&lt;tweet</c>, <c>&lt;/p</c>).</summary>
    private static bool IsTagStart(ReadOnlySpan<char> text, List<Token> tokens, int i, int end)
    {
        var token = tokens[i];
        if (token.Length != 1 || text[token.Start] != '<' || i + 1 >= end)
        {
            return false;
        }

        var next = tokens[i + 1];
        return next.Start == token.End && (char.IsAsciiLetter(text[next.Start]) || text[next.Start] is '/' or '!');
    }

    /// <summary>The index of the tag's closing <c>&gt;</c>, or <paramref name="i"/> when it has none nearby.</summary>
    private static int TagEnd(ReadOnlySpan<char> text, List<Token> tokens, int i, int end)
    {
        int limit = Math.Min(end, i + MaxTagTokens);
        for (int j = i + 1; j < limit; j++)
        {
            var token = tokens[j];
            if (text[token.Start] == '>')
            {
                return j;
            }

            if (text[token.Start] == '<')
            {
                return i;
            }
        }

        return i;
    }

    /// <summary>The text between two marks, without the white space just inside them.</summary>
    public static TextSpan Inner(ReadOnlySpan<char> text, int start, int end)
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
}
