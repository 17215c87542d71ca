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
    public static void Segment(ReadOnlySpan<char> text, List<Token> tokens, LanguageProfile profile,
        List<Segment> paragraphs, List<Segment> sentences)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        int paragraphStart = 0;
        int sentenceStart = 0;
        int terminal = -1;
        tokens[0] = tokens[0].WithFlags(TokenFlags.ParagraphStart | TokenFlags.SentenceStart);

        for (int i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            int lineBreaks = CountLineBreaks(text[tokens[i - 1].End..token.Start]);
            bool lineEndsSentence = terminal >= 0 || EndsWithLeadIn(text, tokens[i - 1]);
            if (lineBreaks >= 2 || (lineBreaks == 1 && lineEndsSentence))
            {
                sentences.Add(Make(tokens, sentenceStart, i));
                paragraphs.Add(Make(tokens, paragraphStart, i));
                sentenceStart = paragraphStart = i;
                terminal = -1;
                tokens[i] = token.WithFlags(TokenFlags.ParagraphStart | TokenFlags.SentenceStart);
                continue;
            }

            if (terminal >= 0)
            {
                if (IsCloser(text, token))
                {
                    continue;
                }

                if (StartsNewSentence(text, tokens[terminal], token, profile))
                {
                    sentences.Add(Make(tokens, sentenceStart, i));
                    sentenceStart = i;
                    tokens[i] = token.WithFlags(TokenFlags.SentenceStart);
                }

                terminal = -1;
            }

            if (IsTerminal(text, token))
            {
                terminal = i;
            }
        }

        sentences.Add(Make(tokens, sentenceStart, tokens.Count));
        paragraphs.Add(Make(tokens, paragraphStart, tokens.Count));
    }

    private static Segment Make(List<Token> tokens, int first, int end) =>
        new(TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End), first, end - first);

    private static int CountLineBreaks(ReadOnlySpan<char> gap)
    {
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

    private static bool StartsNewSentence(ReadOnlySpan<char> text, Token terminal, Token next, LanguageProfile profile)
    {
        char first = text[next.Start];
        if (char.IsLower(first))
        {
            return false;
        }

        if (terminal.Kind != TokenKind.Word)
        {
            return true;
        }

        // An abbreviation's period: titles and initials come before a name; otherwise only a
        // capitalized function word ("Inc. The ...") shows that a new sentence starts.
        var abbreviation = text[terminal.Start..(terminal.End - 1)];
        if (terminal.Length == 2 || profile.Abbreviations.HasTag(abbreviation, "title"))
        {
            return false;
        }

        return next.Kind == TokenKind.Word && next.Has(TokenFlags.Capitalized) && profile.FunctionWords.Contains(next.GetText(text));
    }
}
