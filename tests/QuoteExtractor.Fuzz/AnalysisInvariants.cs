using System.Globalization;
using System.Text;

namespace QuoteExtraction.Fuzz;

/// <summary>
/// The guarantees an analysis keeps whatever its input, written once for the fuzz target and the
/// property tests. Every check throws an <see cref="InvariantViolationException"/> naming the broken
/// guarantee and where it broke.
/// </summary>
public static class AnalysisInvariants
{
    /// <summary>Runs every check on <paramref name="analysis"/>, the analysis of <paramref name="text"/>.</summary>
    /// <param name="text">The text that was analyzed.</param>
    /// <param name="analysis">Its analysis.</param>
    public static void CheckAll(string text, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        CheckSpans(text, analysis);
        CheckTexts(text, analysis);
        CheckTokens(text, analysis.Tokens);
        CheckSegments(analysis);
        CheckQuoteLayout(analysis);
        CheckSpeakers(analysis);
    }

    /// <summary>
    /// The characters that separate tokens and may belong to none: white space (<see cref="char.IsWhiteSpace(char)"/>,
    /// which takes in every line end: CR, LF, U+0085, U+2028, U+2029), controls (<see cref="char.IsControl(char)"/>,
    /// NUL included), and the invisible U+200B zero-width space, U+2060 word joiner, U+FEFF byte order mark,
    /// U+200E and U+200F direction marks, U+202A to U+202E embeddings and U+2066 to U+2069 isolates.
    /// Every other code unit, lone surrogates and the in-word joiners U+00AD, U+200C and U+200D included,
    /// belongs to exactly one token. A space may sit inside a token (<c>80 000</c>, <c>[. . .]</c>).
    /// </summary>
    /// <param name="c">A UTF-16 code unit.</param>
    /// <returns>Whether <paramref name="c"/> separates tokens.</returns>
    public static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c)
        || c is '\u200B' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary>True when <paramref name="index"/> falls between the high and the low surrogate of one pair.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">A boundary, from 0 to the text's length.</param>
    /// <returns>Whether a span starting or ending there would split a character.</returns>
    public static bool SplitsSurrogatePair(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        return index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);
    }

    /// <summary>
    /// Every span of the analysis (tokens with their stems and clitics, sentences, paragraphs, quotes with
    /// their segments, nested quotes, elisions and insertions, speaker mentions, cues and the mentions of
    /// each speaker), each with a name for error messages.
    /// </summary>
    /// <param name="analysis">An analysis.</param>
    /// <returns>The named spans.</returns>
    public static IEnumerable<(string What, TextSpan Span)> AllSpans(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        for (int i = 0; i < analysis.Tokens.Count; i++)
        {
            var token = analysis.Tokens[i];
            yield return ($"token {i}", token.Span);
            yield return ($"stem of token {i}", token.Stem);
            yield return ($"clitic of token {i}", token.Clitic);
        }

        for (int i = 0; i < analysis.Sentences.Count; i++)
        {
            yield return ($"sentence {i}", analysis.Sentences[i].Span);
        }

        for (int i = 0; i < analysis.Paragraphs.Count; i++)
        {
            yield return ($"paragraph {i}", analysis.Paragraphs[i].Span);
        }

        for (int q = 0; q < analysis.Quotes.Count; q++)
        {
            var quote = analysis.Quotes[q];
            yield return ($"quote {q}", quote.Span);
            foreach (var span in quote.Segments)
            {
                yield return ($"segment of quote {q}", span);
            }

            foreach (var span in quote.Nested)
            {
                yield return ($"nested quote of quote {q}", span);
            }

            foreach (var span in quote.Elisions)
            {
                yield return ($"elision of quote {q}", span);
            }

            foreach (var span in quote.Insertions)
            {
                yield return ($"insertion of quote {q}", span);
            }

            if (quote.SpeakerMention is { } mention)
            {
                yield return ($"speaker mention of quote {q}", mention.Span);
            }

            if (quote.Cue is { } cue)
            {
                yield return ($"cue of quote {q}", cue.Span);
            }
        }

        for (int s = 0; s < analysis.Speakers.Count; s++)
        {
            foreach (var mention in analysis.Speakers[s].Mentions)
            {
                yield return ($"mention of speaker {s}", mention.Span);
            }
        }
    }

    /// <summary>Every span lies in <c>[0, text.Length]</c>, has <c>Start &lt;= End</c>, and neither starts nor ends inside a surrogate pair.</summary>
    /// <param name="text">The text that was analyzed.</param>
    /// <param name="analysis">Its analysis.</param>
    public static void CheckSpans(string text, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (what, span) in AllSpans(analysis))
        {
            if (span.Start < 0 || span.Length < 0 || (long)span.Start + span.Length > text.Length)
            {
                throw new InvariantViolationException($"The {what} {span} is outside the text of length {text.Length}.");
            }

            if (SplitsSurrogatePair(text, span.Start) || SplitsSurrogatePair(text, span.End))
            {
                throw new InvariantViolationException($"The {what} {span} splits a surrogate pair.");
            }
        }
    }

    /// <summary>Every quote's, mention's and cue's text is the original text at its span.</summary>
    /// <param name="text">The text that was analyzed.</param>
    /// <param name="analysis">Its analysis.</param>
    public static void CheckTexts(string text, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analysis);
        if (!ReferenceEquals(analysis.Text, text))
        {
            throw new InvariantViolationException("The analysis does not hold the very string it was given.");
        }

        for (int q = 0; q < analysis.Quotes.Count; q++)
        {
            var quote = analysis.Quotes[q];
            CheckText(text, quote.Text, quote.Span, $"quote {q}");
            if (quote.SpeakerMention is { } mention)
            {
                CheckText(text, mention.Text, mention.Span, $"speaker mention of quote {q}");
            }

            if (quote.Cue is { } cue)
            {
                CheckText(text, cue.Text, cue.Span, $"cue of quote {q}");
            }
        }

        for (int s = 0; s < analysis.Speakers.Count; s++)
        {
            foreach (var mention in analysis.Speakers[s].Mentions)
            {
                CheckText(text, mention.Text, mention.Span, $"mention of speaker {s}");
            }
        }
    }

    /// <summary>
    /// Tokens are non-empty, in text order and disjoint, and cover every code unit that is not a
    /// separator (<see cref="IsSeparator(char)"/>); no token starts or ends with a separator; a token's
    /// clitic is an ending after a non-empty stem.
    /// </summary>
    /// <param name="text">The text that was tokenized.</param>
    /// <param name="tokens">Its tokens.</param>
    public static void CheckTokens(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        int covered = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length <= 0)
            {
                throw new InvariantViolationException($"Token {i} {token.Span} is empty.");
            }

            if (token.Start < covered)
            {
                throw new InvariantViolationException($"Token {i} {token.Span} starts before the end of the previous token, {covered}.");
            }

            if (token.End > text.Length)
            {
                throw new InvariantViolationException($"Token {i} {token.Span} ends past the text's end, {text.Length}.");
            }

            for (int c = covered; c < token.Start; c++)
            {
                if (!IsSeparator(text[c]))
                {
                    throw new InvariantViolationException($"The character U+{(int)text[c]:X4} at {c} is not a separator but belongs to no token.");
                }
            }

            if (IsSeparator(text[token.Start]) || IsSeparator(text[token.End - 1]))
            {
                throw new InvariantViolationException($"Token {i} {token.Span} starts or ends with a separator.");
            }

            if (token.Clitic.Length >= token.Length || token.Clitic.End != token.End || token.Stem.Start != token.Start)
            {
                throw new InvariantViolationException($"Token {i} {token.Span} has the clitic {token.Clitic}, which is not an ending after a stem.");
            }

            covered = token.End;
        }

        for (int c = covered; c < text.Length; c++)
        {
            if (!IsSeparator(text[c]))
            {
                throw new InvariantViolationException($"The character U+{(int)text[c]:X4} at {c} is not a separator but belongs to no token.");
            }
        }
    }

    /// <summary>
    /// Sentences and paragraphs each divide the token list into consecutive non-empty runs, each span
    /// running from its first token's start to its last token's end; every paragraph starts a sentence;
    /// the sentence and paragraph flags of the tokens agree with the lists.
    /// </summary>
    /// <param name="analysis">An analysis.</param>
    public static void CheckSegments(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        CheckPartition(analysis.Tokens, analysis.Sentences, "sentence", TokenFlags.SentenceStart);
        CheckPartition(analysis.Tokens, analysis.Paragraphs, "paragraph", TokenFlags.ParagraphStart);
        var sentenceStarts = analysis.Sentences.Select(s => s.FirstToken).ToHashSet();
        foreach (var paragraph in analysis.Paragraphs)
        {
            if (!sentenceStarts.Contains(paragraph.FirstToken))
            {
                throw new InvariantViolationException($"The paragraph {paragraph.Span} does not start a sentence.");
            }
        }
    }

    /// <summary>
    /// Quotes are in text order and do not overlap; each quote's segments run in order inside it from its
    /// start to its end; its nested quotes, elisions and insertions lie inside it; its group is itself or
    /// an earlier quote that heads its own group; its confidence is between 0 and 1.
    /// </summary>
    /// <param name="analysis">An analysis.</param>
    public static void CheckQuoteLayout(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var quotes = analysis.Quotes;
        for (int q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (q > 0 && quote.Span.Start < quotes[q - 1].Span.End)
            {
                throw new InvariantViolationException($"Quote {q} {quote.Span} overlaps or precedes quote {q - 1} {quotes[q - 1].Span}.");
            }

            if (quote.Segments.Count == 0 || quote.Segments[0].Start != quote.Span.Start || quote.Segments[^1].End != quote.Span.End)
            {
                throw new InvariantViolationException($"The segments of quote {q} {quote.Span} do not run from its start to its end.");
            }

            for (int s = 1; s < quote.Segments.Count; s++)
            {
                if (quote.Segments[s].Start < quote.Segments[s - 1].End)
                {
                    throw new InvariantViolationException($"The segments of quote {q} {quote.Span} overlap or are out of order.");
                }
            }

            CheckInside(quote.Nested, quote.Span, q, "nested quote");
            CheckInside(quote.Elisions, quote.Span, q, "elision");
            CheckInside(quote.Insertions, quote.Span, q, "insertion");
            if (quote.Group < 0 || quote.Group > q || quotes[quote.Group].Group != quote.Group)
            {
                throw new InvariantViolationException($"Quote {q} has group {quote.Group}, which is not a group head at or before it.");
            }

            if (!(quote.Confidence >= 0 && quote.Confidence <= 1))
            {
                throw new InvariantViolationException($"Quote {q} has confidence {quote.Confidence}, outside [0, 1].");
            }
        }
    }

    /// <summary>Each quote's speaker is one of the analysis's speakers, and the speakers are distinct objects.</summary>
    /// <param name="analysis">An analysis.</param>
    public static void CheckSpeakers(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var speakers = new HashSet<Speaker>(ReferenceEqualityComparer.Instance);
        foreach (var speaker in analysis.Speakers)
        {
            if (!speakers.Add(speaker))
            {
                throw new InvariantViolationException($"The speaker {speaker.Name} is listed twice.");
            }
        }

        for (int q = 0; q < analysis.Quotes.Count; q++)
        {
            if (analysis.Quotes[q].Speaker is { } speaker && !speakers.Contains(speaker))
            {
                throw new InvariantViolationException($"The speaker {speaker.Name} of quote {q} is not among the article's speakers.");
            }
        }
    }

    /// <summary>
    /// A canonical description of everything in the analysis (language, tokens, sentences, paragraphs,
    /// quotes with every field, speakers), equal for two analyses exactly when they found the same things.
    /// </summary>
    /// <param name="analysis">An analysis.</param>
    /// <returns>The description.</returns>
    public static string Describe(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var builder = new StringBuilder();
        builder.Append("language ").Append(analysis.Language).AppendLine();
        foreach (var token in analysis.Tokens)
        {
            builder.Append("token ").Append(token.Span).Append(' ').Append(token.Kind).Append(' ').Append(token.Flags)
                .Append(' ').Append(token.QuoteFamily).Append(' ').Append(token.QuoteRole).Append(' ').Append(token.Clitic).AppendLine();
        }

        foreach (var sentence in analysis.Sentences)
        {
            builder.Append("sentence ").Append(sentence).AppendLine();
        }

        foreach (var paragraph in analysis.Paragraphs)
        {
            builder.Append("paragraph ").Append(paragraph).AppendLine();
        }

        builder.Append(DescribeQuotes(analysis.Quotes));
        foreach (var speaker in analysis.Speakers)
        {
            builder.Append("speaker ");
            AppendSpeaker(builder, speaker);
            builder.AppendLine();
        }

        return builder.ToString();
    }

    /// <summary>A canonical description of quotes with every field, their speakers included.</summary>
    /// <param name="quotes">Quotes, as returned by the extractor.</param>
    /// <returns>The description.</returns>
    public static string DescribeQuotes(IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var builder = new StringBuilder();
        foreach (var quote in quotes)
        {
            builder.Append("quote ").Append(Literal.Of(quote.Text)).Append(' ').Append(quote.Span).Append(' ').Append(quote.Kind)
                .Append(quote.IsClosed ? " closed" : " open").Append(" group ").Append(quote.Group)
                .Append(" segments ").AppendJoin(',', quote.Segments)
                .Append(" nested ").AppendJoin(',', quote.Nested)
                .Append(" elisions ").AppendJoin(',', quote.Elisions)
                .Append(" insertions ").AppendJoin(',', quote.Insertions)
                .Append(" confidence ").Append(quote.Confidence.ToString("R", CultureInfo.InvariantCulture))
                .Append(" rule ").Append(quote.Rule ?? "-")
                .Append(" mention ").Append(quote.SpeakerMention?.Span.ToString() ?? "-")
                .Append(" cue ").Append(quote.Cue?.Span.ToString() ?? "-")
                .Append(" speaker ");
            if (quote.Speaker is { } speaker)
            {
                AppendSpeaker(builder, speaker);
            }
            else
            {
                builder.Append('-');
            }

            builder.AppendLine();
        }

        return builder.ToString();
    }

    private static void AppendSpeaker(StringBuilder builder, Speaker speaker) =>
        builder.Append(Literal.Of(speaker.Name)).Append(" title ").Append(speaker.Title is null ? "-" : Literal.Of(speaker.Title))
            .Append(" affiliation ").Append(speaker.Affiliation is null ? "-" : Literal.Of(speaker.Affiliation))
            .Append(' ').Append(speaker.Kind).Append(' ').Append(speaker.Gender)
            .Append(" mentions ").AppendJoin(',', speaker.Mentions.Select(m => m.Span));

    private static void CheckText(string text, string actual, TextSpan span, string what)
    {
        if (!text.AsSpan(span.Start, span.Length).SequenceEqual(actual))
        {
            throw new InvariantViolationException($"The text of the {what}, {Literal.Of(actual)}, is not the text at its span {span}.");
        }
    }

    private static void CheckInside(IReadOnlyList<TextSpan> spans, TextSpan outer, int q, string what)
    {
        foreach (var span in spans)
        {
            if (!outer.Contains(span))
            {
                throw new InvariantViolationException($"The {what} {span} of quote {q} is not inside the quote {outer}.");
            }
        }
    }

    private static void CheckPartition(IReadOnlyList<Token> tokens, IReadOnlyList<Segment> segments, string what, TokenFlags startFlag)
    {
        int next = 0;
        foreach (var segment in segments)
        {
            if (segment.FirstToken != next || segment.TokenCount <= 0 || segment.EndToken > tokens.Count)
            {
                throw new InvariantViolationException($"The {what} {segment} does not take up the tokens right after the previous one, from {next}.");
            }

            if (segment.Span.Start != tokens[segment.FirstToken].Start || segment.Span.End != tokens[segment.EndToken - 1].End)
            {
                throw new InvariantViolationException($"The {what} {segment} does not run from its first token's start to its last token's end.");
            }

            for (int i = segment.FirstToken; i < segment.EndToken; i++)
            {
                if (tokens[i].Has(startFlag) != (i == segment.FirstToken))
                {
                    throw new InvariantViolationException($"Token {i} {tokens[i].Span} has a {what} start flag that disagrees with the {what} {segment}.");
                }
            }

            next = segment.EndToken;
        }

        if (next != tokens.Count)
        {
            throw new InvariantViolationException($"The {what}s hold {next} of the {tokens.Count} tokens.");
        }
    }
}
