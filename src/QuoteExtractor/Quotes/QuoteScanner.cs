using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Quotes;

/// <summary>A quote as the quote stage finds it, with the tokens of its marks; attribution makes the public <see cref="Quote"/> of it.</summary>
/// <param name="Span">Its text's span, marks excluded.</param>
/// <param name="Kind">Direct, partial or non-speech.</param>
/// <param name="IsClosed">Whether its closing mark was found.</param>
/// <param name="Segments">Its parts, one per paragraph.</param>
/// <param name="Nested">The quotes inside it.</param>
/// <param name="Elisions">The editorial elisions inside it.</param>
/// <param name="Insertions">The square-bracket insertions inside it.</param>
/// <param name="Group">The index of the first quote of its utterance.</param>
/// <param name="OpenToken">Index of its opening mark.</param>
/// <param name="CloseToken">Index of its closing mark, or -1 when it was never closed.</param>
/// <param name="LastToken">Index of its last token: the closing mark, or the last token of an unclosed quote.</param>
internal readonly record struct ScannedQuote(
    TextSpan Span, QuoteKind Kind, bool IsClosed, IReadOnlyList<TextSpan> Segments, IReadOnlyList<TextSpan> Nested,
    IReadOnlyList<TextSpan> Elisions, IReadOnlyList<TextSpan> Insertions, int Group, int OpenToken, int CloseToken, int LastToken)
{
    /// <summary>The public quote, whose text (at <see cref="Span"/>) is <paramref name="text"/>, with its speaker if attribution found one.</summary>
    public Quote ToQuote(string text, Speaker? speaker = null, Mention? speakerMention = null, Cue? cue = null, double confidence = 0, string? rule = null) => new()
    {
        Text = text,
        Span = Span,
        Kind = Kind,
        IsClosed = IsClosed,
        Segments = Segments,
        Nested = Nested,
        Elisions = Elisions,
        Insertions = Insertions,
        Group = Group,
        Speaker = speaker,
        SpeakerMention = speakerMention,
        Cue = cue,
        Confidence = confidence,
        Rule = rule,
    };
}

/// <summary>
/// The quote stage: pairs the marks (<see cref="QuotePairing"/>), classifies each quote
/// (<see cref="QuoteClassifier"/>), and drafts each quote (<see cref="ScannedQuote"/>) with its editorial
/// brackets, nested quotes and split-quote group.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>The longest interruption, in tokens, between two parts of one split quote (<c>“A,” he said. “B.”</c>).</summary>
    private const int MaxInterruptionTokens = 16;

    /// <summary>The most paragraphs of web boilerplate a quote goes on past (<c>Advertisement</c>).</summary>
    private const int MaxBoilerplateParagraphs = 2;

    /// <summary>The longest subject after the verb of an aside inside a quote (<c>a déclaré le ministre de la Santé</c>).</summary>
    private const int MaxInciseSubjectTokens = 8;

    /// <summary>
    /// Fills the document's quotes (emptied first), pairing its marks in <paramref name="pairing"/>; a
    /// non-speech quote is kept only when <paramref name="includeNonSpeech"/> is set.
    /// </summary>
    public static void Scan(Document document, bool includeNonSpeech, PairingResult pairing)
    {
        var (text, tokens, quotes) = (document.Text, document.Tokens, document.Quotes);
        QuotePairing.Pair(text, tokens, document.Paragraphs, pairing);
        var classifier = new QuoteClassifier(document);
        quotes.Clear();
        QuoteCandidate previous = default;
        foreach (var candidate in pairing.Quotes)
        {
            var first = pairing.Segments[candidate.FirstSegment];
            var last = pairing.Segments[candidate.FirstSegment + candidate.SegmentCount - 1];
            if (last.End <= first.Start)
            {
                continue;
            }

            var span = TextSpan.FromBounds(first.Start, last.End);
            if (!HasWordCharacter(text.AsSpan(span.Start, span.Length)))
            {
                // Marks around nothing but marks or punctuation quote nothing.
                continue;
            }

            int lastToken = candidate.IsClosed ? candidate.CloseToken : LastTokenBefore(tokens, span.End, candidate.OpenToken);
            var nestedSpans = CollectionsMarshal.AsSpan(pairing.Nested).Slice(candidate.FirstNested, candidate.NestedCount);
            if (DialogueTurn(document, candidate, lastToken, nestedSpans) is var (turnEnd, dash))
            {
                // Each turn is a quote of its own, spoken by its own speaker.
                var nested = pairing.Nested.GetRange(candidate.FirstNested, candidate.NestedCount);
                Add(quotes, text, tokens, nested, candidate.OpenToken, turnEnd, turnEnd, TextSpan.FromBounds(first.Start, tokens[turnEnd].End), true, quotes.Count);
                Add(quotes, text, tokens, nested, dash, candidate.CloseToken, lastToken, TextSpan.FromBounds(tokens[dash + 1].Start, last.End), candidate.IsClosed, quotes.Count);
                previous = default;
                continue;
            }

            if (Incise(document, candidate, lastToken, nestedSpans) is var (partEnd, inciseEnd))
            {
                // « Je ne démissionnerai pas, a-t-il insisté. Je reste à mon poste. »: the aside is the
                // writer's; the two parts are one utterance.
                var nested = pairing.Nested.GetRange(candidate.FirstNested, candidate.NestedCount);
                int utterance = quotes.Count;
                Add(quotes, text, tokens, nested, candidate.OpenToken, partEnd, partEnd, TextSpan.FromBounds(first.Start, tokens[partEnd].End), true, utterance);
                Add(quotes, text, tokens, nested, inciseEnd, candidate.CloseToken, lastToken, TextSpan.FromBounds(tokens[inciseEnd + 1].Start, last.End), candidate.IsClosed, utterance);
                previous = default;
                continue;
            }

            var kind = classifier.Classify(candidate, span, lastToken);
            if (kind == QuoteKind.NonSpeech && !includeNonSpeech)
            {
                continue;
            }

            int group = quotes.Count;
            if (quotes.Count > 0 && kind != QuoteKind.NonSpeech && quotes[^1].Kind != QuoteKind.NonSpeech
                && (ContinuesUtterance(document, previous, candidate) || ContinuesPastBoilerplate(document, previous, candidate)))
            {
                group = quotes[^1].Group;
            }

            var (elisions, insertions) = EditorialBrackets(text, tokens, candidate.OpenToken, span);
            quotes.Add(new ScannedQuote(
                span,
                kind,
                candidate.IsClosed,
                CollectionsMarshal.AsSpan(pairing.Segments).Slice(candidate.FirstSegment, candidate.SegmentCount).ToArray(),
                candidate.NestedCount == 0 ? [] : CollectionsMarshal.AsSpan(pairing.Nested).Slice(candidate.FirstNested, candidate.NestedCount).ToArray(),
                elisions,
                insertions,
                group,
                candidate.OpenToken,
                candidate.CloseToken,
                lastToken));
            previous = candidate;
        }
    }

    /// <summary>A direct quote for one part of a quotation that an aside or a dialogue dash divides, in split-quote group <paramref name="group"/>.</summary>
    private static void Add(List<ScannedQuote> quotes, string text, List<Token> tokens, List<TextSpan> nested,
        int openToken, int closeToken, int lastToken, TextSpan span, bool closed, int group)
    {
        var (elisions, insertions) = EditorialBrackets(text, tokens, openToken, span);
        quotes.Add(new ScannedQuote(span, QuoteKind.Direct, closed, [span], [.. nested.Where(span.Contains)], elisions, insertions, group, openToken, closeToken, lastToken));
    }

    /// <summary>
    /// « Vous transportez quelque chose ? demande le douanier. — Rien du tout » : a dialogue inside one
    /// pair of marks, where an aside opened by a lower-case speech verb after the end of a turn names its
    /// speaker and a dash opens the next turn. The token that ends the first turn and the dash, or null.
    /// A turn end, aside and dash inside a nested quote belong to that quote, not to this one.
    /// </summary>
    private static (int TurnEnd, int Dash)? DialogueTurn(Document document, QuoteCandidate candidate, int lastToken, ReadOnlySpan<TextSpan> nested)
    {
        var (text, tokens) = (document.Text, document.Tokens);
        if (candidate.SegmentCount != 1)
        {
            return null;
        }

        for (int i = candidate.OpenToken + 1; i + 1 < lastToken; i++)
        {
            var next = tokens[i + 1];
            if (!IsTurnEnd(text, tokens[i]) || next.Kind != TokenKind.Word || next.Has(TokenFlags.Capitalized) || !document.Is(i + 1, WordClass.SpeechVerb))
            {
                continue;
            }

            int found = -1;
            for (int dash = i + 3; dash + 1 < lastToken && dash <= i + MaxInterruptionTokens; dash++)
            {
                if (tokens[dash].Kind == TokenKind.Punctuation && text[tokens[dash].Start] is '—' or '–' && IsTurnEnd(text, tokens[dash - 1]))
                {
                    found = dash;
                    break;
                }
            }

            if (found >= 0 && OverlapsAny(nested, TextSpan.FromBounds(tokens[i].Start, tokens[found].End)))
            {
                continue;
            }

            return found >= 0 ? (i, found) : null;
        }

        return null;
    }

    /// <summary>
    /// An aside inside one pair of marks, as French writes them: a comma, then a speech verb inverted with
    /// its subject (<c>a-t-il insisté</c>, <c>dit-elle</c>, <c>a déclaré M. Martin</c>), then a comma or a
    /// full stop, and more of the quote after it. The comma that ends the first part and the punctuation
    /// that ends the aside, or null. Only languages with inverted clitics write asides so. An aside inside
    /// a nested quote belongs to that quote, not to this one.
    /// </summary>
    private static (int PartEnd, int InciseEnd)? Incise(Document document, QuoteCandidate candidate, int lastToken, ReadOnlySpan<TextSpan> nested)
    {
        var (text, tokens, profile) = (document.Text, document.Tokens, document.Profile);
        if (candidate.SegmentCount != 1 || !profile.InvertsCliticsWithHyphen)
        {
            return null;
        }

        for (int comma = candidate.OpenToken + 2; comma + 2 < lastToken; comma++)
        {
            if (tokens[comma].Kind != TokenKind.Punctuation || text[tokens[comma].Start] != ',')
            {
                continue;
            }

            int k = comma + 1;
            while (k < lastToken && k <= comma + 2 && IsWord(tokens[k]) && document.Is(k, WordClass.CueAuxiliary))
            {
                k++;
            }

            bool clitic = k + 1 < lastToken && IsClitic(text, tokens[k], profile);
            int verb = clitic ? k + 1 : k;
            if (verb >= lastToken || !IsWord(tokens[verb]) || tokens[verb].Has(TokenFlags.Capitalized) || !document.Is(verb, WordClass.SpeechVerb))
            {
                continue;
            }

            int end = verb + 1;
            if (!clitic && end < lastToken && IsClitic(text, tokens[end], profile))
            {
                end++;
            }
            else if (!clitic)
            {
                // "a déclaré M. Martin", "ajoute le ministre": a short subject with a name or a role noun.
                bool named = false;
                while (end < lastToken && end <= verb + MaxInciseSubjectTokens && IsWord(tokens[end]))
                {
                    named |= tokens[end].Has(TokenFlags.Capitalized) || document.Is(end, WordClass.Title);
                    end++;
                }

                if (!named)
                {
                    continue;
                }
            }

            if (end + 1 < lastToken && tokens[end].Kind == TokenKind.Punctuation && (text[tokens[end].Start] == ',' || IsTurnEnd(text, tokens[end]))
                && !OverlapsAny(nested, TextSpan.FromBounds(tokens[comma].Start, tokens[end].End)))
            {
                return (comma, end);
            }
        }

        return null;
    }

    private static bool IsWord(Token token) => token.Kind == TokenKind.Word;

    private static bool OverlapsAny(ReadOnlySpan<TextSpan> spans, TextSpan span)
    {
        foreach (var other in spans)
        {
            if (other.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClitic(string text, Token token, LanguageProfile profile) =>
        token.Kind == TokenKind.Word && text[token.Start] == '-' && profile.InvertedClitics.Contains(token.GetText(text)[1..]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTurnEnd(string text, Token token) => token.Kind == TokenKind.Punctuation && text[token.Start] is '?' or '!' or '.' or '…';

    /// <summary>
    /// Two quotes form one utterance when only a short speech clause stands between them: a speech
    /// verb, no other quotation mark, no new sentence, within one paragraph (<c>“A,” he said. “B.”</c>).
    /// </summary>
    private static bool ContinuesUtterance(Document document, QuoteCandidate previous, QuoteCandidate next)
    {
        var tokens = document.Tokens;
        if (!previous.IsClosed || next.OpenToken - previous.CloseToken - 1 is < 1 or > MaxInterruptionTokens)
        {
            return false;
        }

        bool speechVerb = false;
        for (int i = previous.CloseToken + 1; i < next.OpenToken; i++)
        {
            var token = tokens[i];
            // Another quotation mark, or a new sentence inside the interruption, means a new utterance.
            if (token.Kind == TokenKind.QuoteMark || token.Has(TokenFlags.ParagraphStart) || token.Has(TokenFlags.SentenceStart))
            {
                return false;
            }

            speechVerb |= token.Kind == TokenKind.Word && document.Is(i, WordClass.SpeechVerb);
        }

        return speechVerb && !tokens[next.OpenToken].Has(TokenFlags.ParagraphStart);
    }

    /// <summary>
    /// A quote left open at its paragraph's end goes on in the next paragraph that opens with a mark when
    /// only web boilerplate stands between them (<c>“We are ready. / Advertisement / “The team is strong.”</c>).
    /// </summary>
    private static bool ContinuesPastBoilerplate(Document document, QuoteCandidate previous, QuoteCandidate next)
    {
        var (text, tokens, paragraphs) = (document.Text, document.Tokens, document.Paragraphs);
        if (previous.IsClosed || !tokens[next.OpenToken].Has(TokenFlags.ParagraphStart))
        {
            return false;
        }

        int first = document.ParagraphOf[previous.OpenToken] + 1;
        int last = document.ParagraphOf[next.OpenToken];
        if (last - first is < 1 or > MaxBoilerplateParagraphs)
        {
            return false;
        }

        for (int p = first; p < last; p++)
        {
            var paragraph = paragraphs[p];
            var words = TextSpan.FromBounds(tokens[paragraph.FirstToken].Start, tokens[paragraph.EndToken - 1].End);
            if (!document.Profile.BoilerplateLines.Contains(text.AsSpan(words.Start, words.Length)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last token that starts before <paramref name="end"/>, searching forward from <paramref name="from"/>.</summary>
    private static int LastTokenBefore(List<Token> tokens, int end, int from)
    {
        int last = from;
        while (last + 1 < tokens.Count && tokens[last + 1].Start < end)
        {
            last++;
        }

        return last;
    }

    private static bool HasWordCharacter(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Elisions (<c>[…]</c>, <c>(...)</c>) and square-bracket insertions (<c>[sic]</c>) inside the quote.</summary>
    private static (IReadOnlyList<TextSpan> Elisions, IReadOnlyList<TextSpan> Insertions) EditorialBrackets(
        string text, List<Token> tokens, int openToken, TextSpan span)
    {
        List<TextSpan>? elisions = null;
        List<TextSpan>? insertions = null;
        int bracketStart = -1;
        for (int i = openToken + 1; i < tokens.Count && tokens[i].Start < span.End; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.EditorialElision)
            {
                (elisions ??= []).Add(token.Span);
            }
            else if (token.Kind == TokenKind.Bracket && text[token.Start] == '[')
            {
                bracketStart = token.Start;
            }
            else if (token.Kind == TokenKind.Bracket && text[token.Start] == ']' && bracketStart >= 0)
            {
                (insertions ??= []).Add(TextSpan.FromBounds(bracketStart, token.End));
                bracketStart = -1;
            }
        }

        return (elisions ?? (IReadOnlyList<TextSpan>)[], insertions ?? (IReadOnlyList<TextSpan>)[]);
    }
}
