using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Segmentation;

/// <summary>
/// Groups tokens into paragraphs and sentences, and marks the tokens that start them.
/// </summary>
/// <remarks>
/// A paragraph ends at a blank line (two or more line breaks; U+2029 counts as two), and at a single
/// line break when the line ends with sentence punctuation or a colon (possibly followed by closing
/// quotation marks or brackets). A sentence ends at a paragraph end, and after <c>.</c>, <c>!</c>,
/// <c>?</c>, an ellipsis or a sentence-final abbreviation, together with the closing marks that follow
/// it, when the next token does not start in lower case. So <c>“…,” he said.</c> stays one sentence,
/// and <c>.”</c> ends the sentence after the mark.
/// </remarks>
internal static class Segmenter
{
    /// <summary>The most tokens of a dateline or rubric before its dash or colon (<c>BEDFORD, N.H. (AP) —</c>).</summary>
    private const int MaxLabelTokens = 10;

    /// <summary>The most words of a rubric (<c>See also</c>, <c>À lire aussi</c>, <c>Click to play video</c>).</summary>
    private const int MaxRubricWords = 4;

    /// <summary>
    /// Fills the document's paragraphs and sentences (emptied first), each token's index in them, and the
    /// tokens' <see cref="TokenFlags.ParagraphStart"/> and <see cref="TokenFlags.SentenceStart"/> flags.
    /// </summary>
    public static void Segment(Document document)
    {
        var tokens = document.Tokens;
        document.Paragraphs.Clear();
        document.Sentences.Clear();
        Segment(document.Text, tokens, document.Profile, document.Paragraphs, document.Sentences);
        IndexTokens(document.Sentences, document.SentenceOf);
        IndexTokens(document.Paragraphs, document.ParagraphOf);
    }

    private static void Segment(ReadOnlySpan<char> text, List<Token> tokens, LanguageProfile profile,
        List<Segment> paragraphs, List<Segment> sentences)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        // The tokens are read and flagged in place, without copying each out of the list and back.
        var span = CollectionsMarshal.AsSpan(tokens);
        int paragraphStart = 0;
        int sentenceStart = 0;
        int terminal = -1;
        bool quoteClosed = false;
        int straightDoubles = span[0].QuoteFamily == QuoteMarkFamily.StraightDouble ? 1 : 0;
        span[0] = span[0].WithFlags(TokenFlags.ParagraphStart | TokenFlags.SentenceStart);
        int labelEnd = LabelEnd(text, tokens, 0, profile);

        for (int i = 1; i < span.Length; i++)
        {
            if (terminal < 0)
            {
                i = SkipInnerWords(text, span, i, labelEnd >= i ? labelEnd : span.Length);
                if (i == span.Length)
                {
                    break;
                }
            }

            var token = span[i];
            int gapStart = span[i - 1].End;
            int lineBreaks = CountLineBreaks(text[gapStart..token.Start]);
            if (lineBreaks >= 2 || (lineBreaks == 1 && (terminal >= 0 || EndsWithLeadIn(text, span[i - 1]))))
            {
                sentences.Add(Make(tokens, sentenceStart, i));
                paragraphs.Add(Make(tokens, paragraphStart, i));
                sentenceStart = paragraphStart = i;
                terminal = -1;
                straightDoubles = token.QuoteFamily == QuoteMarkFamily.StraightDouble ? 1 : 0;
                span[i] = token.WithFlags(TokenFlags.ParagraphStart | TokenFlags.SentenceStart);
                labelEnd = LabelEnd(text, tokens, i, profile);
                continue;
            }

            if (i == labelEnd && sentenceStart < i)
            {
                // "WASHINGTON (AP) — The …": a dateline or rubric is a sentence of its own, not the subject of the text's first sentence.
                sentences.Add(Make(tokens, sentenceStart, i));
                sentenceStart = i;
                terminal = -1;
                span[i] = token.WithFlags(TokenFlags.SentenceStart);
                token = span[i];
            }

            // A straight mark with spaces on both sides closes when an odd number of them came before it.
            bool closesStraightQuote = token.QuoteFamily == QuoteMarkFamily.StraightDouble
                && token.QuoteRole == QuoteMarkRole.Undecided && straightDoubles % 2 == 1;
            if (token.QuoteFamily == QuoteMarkFamily.StraightDouble)
            {
                straightDoubles++;
            }

            if (terminal >= 0)
            {
                if (closesStraightQuote || IsCloser(text, token))
                {
                    quoteClosed |= token.Kind == TokenKind.QuoteMark;
                    continue;
                }

                if (StartsNewSentence(text, span[terminal], quoteClosed, token, profile))
                {
                    sentences.Add(Make(tokens, sentenceStart, i));
                    sentenceStart = i;
                    span[i] = token.WithFlags(TokenFlags.SentenceStart);
                }

                terminal = -1;
            }

            if (IsTerminal(text, token))
            {
                terminal = i;
                quoteClosed = false;
            }
            else if (IsClauseBreak(text, token) && i + 1 < span.Length && StartsWithFunctionWord(text, span[i + 1], profile)
                && CountLineBreaks(text[token.End..span[i + 1].Start]) == 0)
            {
                // "… ; Les Alliés …": a semicolon or colon followed by a capitalized function word starts a new sentence.
                sentences.Add(Make(tokens, sentenceStart, i + 1));
                sentenceStart = i + 1;
                span[i + 1] = span[i + 1].WithFlags(TokenFlags.SentenceStart);
            }
        }

        sentences.Add(Make(tokens, sentenceStart, tokens.Count));
        paragraphs.Add(Make(tokens, paragraphStart, tokens.Count));
    }

    /// <summary>
    /// The first token from <paramref name="i"/> on, before <paramref name="stop"/>, that is not a plain word glued to
    /// the token before it or one space after it. Most tokens are such words inside a sentence, which neither end nor
    /// start one: this loop, apart from the segmenter's, passes over them with its few variables in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SkipInnerWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int stop)
    {
        int gapStart = tokens[i - 1].End;
        for (; i < stop; i++)
        {
            ref readonly var token = ref tokens[i];
            int start = token.Start;
            if (token.Kind != TokenKind.Word || token.Has(TokenFlags.Abbreviation)
                || (start != gapStart && (start != gapStart + 1 || text[gapStart] != ' ')))
            {
                break;
            }

            gapStart = token.End;
        }

        return i;
    }

    /// <summary>Whether <paramref name="sentence"/> is a dateline or rubric that the segmenter set apart (<c>NEW DELHI:</c>, <c>WATCH:</c>).</summary>
    internal static bool IsLabel(Document document, Segment sentence) =>
        document.Tokens[sentence.FirstToken].Has(TokenFlags.ParagraphStart)
        && LabelEnd(document.Text, document.Tokens, sentence.FirstToken, document.Profile) == sentence.EndToken;

    /// <summary>
    /// A label in capitals that opens a paragraph before a dash or a colon and the text's first sentence:
    /// a dateline (<c>WASHINGTON (AP) — The …</c>, <c>NEW DELHI: Pakistan's …</c>) or a rubric (<c>READ
    /// MORE: …</c>, <c>POLITIQUE - Avec …</c>). After a colon, one word in capitals is rather a speaker or
    /// a source (<c>PENCE: Well …</c>, <c>NATO: Allies …</c>), so the label needs two words or an agency
    /// in brackets there. A rubric of the profile's list (<c>WATCH:</c>, <c>Read more:</c>) is a label in any
    /// case and before anything, a quote included. The index of the token that starts the text after the
    /// label, or -1.
    /// </summary>
    private static int LabelEnd(ReadOnlySpan<char> text, List<Token> tokens, int start, LanguageProfile profile)
    {
        if (RubricEnd(text, tokens, start, profile) is var rubric and >= 0)
        {
            return rubric;
        }

        if (BracketedDatelineEnd(text, tokens, start) is var dateline and >= 0)
        {
            return dateline;
        }

        int words = 0;
        int mixedCase = 0;
        bool bracket = false;
        int limit = Math.Min(tokens.Count - 1, start + MaxLabelTokens);
        for (int i = start; i < limit; i++)
        {
            var token = tokens[i];
            if (i > start && CountLineBreaks(text[tokens[i - 1].End..token.Start]) > 0)
            {
                return -1;
            }

            char first = text[token.Start];
            if (token.Kind == TokenKind.Word && (token.Has(TokenFlags.AllCaps) || (token.Has(TokenFlags.Abbreviation) && char.IsUpper(first))))
            {
                words++;
            }
            else if (token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized) && bracket)
            {
                // The agency in brackets: "(Reuters)".
            }
            else if (!bracket && (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized))))
            {
                // "Washington (AFP) –", "WASHINGTON, June 10 (UPI) —": a place or date in mixed case, a label only with its agency and a dash.
                mixedCase++;
            }
            else if (token.Kind == TokenKind.Bracket && first is '(' or ')')
            {
                bracket = true;
            }
            else if (token.Kind == TokenKind.Punctuation && first == ',')
            {
            }
            else
            {
                bool dash = token.Kind == TokenKind.Punctuation && first is '-' or '—' or '–';
                bool colon = token.Kind == TokenKind.Punctuation && token.Length == 1 && first == ':';
                var next = tokens[i + 1];
                bool agencyAndDash = dash && bracket && text[tokens[i - 1].Start] == ')';
                return (agencyAndDash || (words > 0 && mixedCase == 0 && (dash || (colon && (words >= 2 || bracket)))))
                    && next.Kind == TokenKind.Word && next.Has(TokenFlags.Capitalized) && !next.Has(TokenFlags.AllCaps)
                    && CountLineBreaks(text[token.End..next.Start]) == 0
                    ? i + 1
                    : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A place or an agency in brackets that opens a paragraph before its first sentence (<c>(Moscou) La Russie a …</c>,
    /// <c>(CNN) The …</c>): capitalized words, maybe with commas, between the brackets, and a capitalized word in mixed case
    /// on the same line after them. The index of that word, or -1.
    /// </summary>
    private static int BracketedDatelineEnd(ReadOnlySpan<char> text, List<Token> tokens, int start)
    {
        if (tokens[start].Kind != TokenKind.Bracket || text[tokens[start].Start] != '(')
        {
            return -1;
        }

        int limit = Math.Min(tokens.Count - 1, start + MaxLabelTokens);
        for (int i = start + 1; i < limit; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Bracket && text[token.Start] == ')')
            {
                var next = tokens[i + 1];
                return i > start + 1 && next.Kind == TokenKind.Word && next.Has(TokenFlags.Capitalized) && !next.Has(TokenFlags.AllCaps)
                    && CountLineBreaks(text[token.End..next.Start]) == 0
                    ? i + 1
                    : -1;
            }

            bool comma = token.Kind == TokenKind.Punctuation && text[token.Start] == ',';
            if (!comma && !(token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A rubric that opens a paragraph before a colon or a dash (<c>WATCH: …</c>, <c>À lire aussi : …</c>):
    /// the index of the token after its punctuation, or -1.
    /// </summary>
    private static int RubricEnd(ReadOnlySpan<char> text, List<Token> tokens, int start, LanguageProfile profile)
    {
        for (int i = start; i < tokens.Count - 1 && i < start + MaxRubricWords && tokens[i].Kind == TokenKind.Word; i++)
        {
            var mark = tokens[i + 1];
            if (mark.Kind == TokenKind.Punctuation && text[mark.Start] is ':' or '-' or '—' or '–'
                && profile.Rubrics.Contains(text[tokens[start].Start..tokens[i].End])
                && i + 2 < tokens.Count && CountLineBreaks(text[mark.End..tokens[i + 2].Start]) == 0)
            {
                return i + 2;
            }
        }

        return -1;
    }

    /// <summary>
    /// Fills <paramref name="index"/> (a pooled array, maybe longer than the tokens) with the index of the segment that
    /// holds each token; the segments cover the tokens one after the other, so every token's item is written once.
    /// </summary>
    private static void IndexTokens(List<Segment> segments, int[] index)
    {
        for (int s = 0; s < segments.Count; s++)
        {
            Array.Fill(index, s, segments[s].FirstToken, segments[s].TokenCount);
        }
    }

    private static Segment Make(List<Token> tokens, int first, int end) =>
        new(TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End), first, end - first);

    private static int CountLineBreaks(ReadOnlySpan<char> gap)
    {
        // Nearly every gap between two tokens is empty or one space.
        if (gap.Length == 0 || (gap.Length == 1 && gap[0] == ' '))
        {
            return 0;
        }

        int count = 0;
        for (int i = 0; i < gap.Length; i++)
        {
            char c = gap[i];
            if (c is '\n' or '\u2028' or '\u0085' || (c == '\r' && (i + 1 == gap.Length || gap[i + 1] != '\n')))
            {
                count++;
            }
            else if (c == '\u2029')
            {
                count += 2;
            }
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsClauseBreak(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] is ';' or ':';

    private static bool StartsWithFunctionWord(ReadOnlySpan<char> text, Token token, LanguageProfile profile) =>
        token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized) && !token.Has(TokenFlags.AllCaps)
        && profile.FunctionWords.Contains(token.GetText(text));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTerminal(ReadOnlySpan<char> text, Token token) => token.Kind switch
    {
        TokenKind.Punctuation => text[token.Start] is '.' or '!' or '?',
        TokenKind.Ellipsis => true,
        TokenKind.Word => token.Has(TokenFlags.Abbreviation),
        _ => false,
    };

    /// <summary>A colon ending a line announces what follows (<c>Caddell continued:</c>), so the line ends a sentence.</summary>
    private static bool EndsWithLeadIn(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] == ':';

    private static bool IsCloser(ReadOnlySpan<char> text, Token token) =>
        (token.Kind == TokenKind.QuoteMark && token.QuoteRole == QuoteMarkRole.Closing)
        || (token.Kind == TokenKind.Bracket && text[token.Start] is ')' or ']' or '}');

    private static bool StartsNewSentence(ReadOnlySpan<char> text, Token terminal, bool quoteClosed, Token next, LanguageProfile profile)
    {
        char first = text[next.Start];
        if (next.Kind is TokenKind.Punctuation or TokenKind.Ellipsis || (next.Kind == TokenKind.Bracket && first is ')' or ']' or '}'))
        {
            return false;
        }

        bool lower = char.IsLower(first);
        switch (terminal.Kind)
        {
            case TokenKind.Punctuation:
                // “…?” he asked: after a closing mark, lower case continues the sentence; without one
                // (web text often starts sentences in lower case) it starts a new one.
                return !(lower && quoteClosed);
            case TokenKind.Ellipsis:
                return !lower;
        }

        if (lower)
        {
            return false;
        }

        // An abbreviation's period: titles come before a name; otherwise only a capitalized
        // function word ("Inc. The ...", "Mac OS X. Une ...") shows that a new sentence starts.
        var abbreviation = text[terminal.Start..(terminal.End - 1)];
        if (profile.Abbreviations.HasTag(abbreviation, LanguageProfile.TitleAbbreviationTag))
        {
            return false;
        }

        return StartsWithFunctionWord(text, next, profile);
    }
}
