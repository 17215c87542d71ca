namespace QuoteExtraction.Attribution.Sieves;

/// <summary><c>“…,” X said</c>, <c>“…,” said X</c>, <c>“…,” X, who …, told</c>, <c>“…,” according to X</c>, <c>“…” — X</c>, a heading <c>‘…’: X</c>.</summary>
internal sealed class AfterQuoteCueSieve : IAttributionSieve
{
    /// <summary>How far after the speech verb a source marker may still name the source of its words: a clause's adjuncts, not a new clause.</summary>
    private const int MaxRelayDistance = 16;

    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        var quote = context.Quotes[index];
        if (quote.CloseToken < 0)
        {
            // An unclosed quote paragraph, an embedded post's words, may still be signed on the lines after it.
            int after = quote.LastToken + 1;
            return after < context.Tokens.Count && context.Tokens[after].Has(TokenFlags.ParagraphStart) ? Signed(context, after) : null;
        }

        int i = quote.CloseToken + 1;
        bool dash = false;
        while (context.IsText(i, ",") || context.IsDash(i))
        {
            dash |= context.IsDash(i);
            i++;
        }

        // "‘I thought I was dying’: Jane Doe speaks out": a heading quote signed by its source after a colon.
        bool heading = i == quote.CloseToken + 1 && context.IsText(i, ":") && context.Tokens[quote.OpenToken].Has(TokenFlags.ParagraphStart);
        if (heading && (context.MentionAt(i + 1) ?? context.DescribedMention(i + 1)) is { } credited && context.Mentions[credited].Type != MentionType.Pronoun)
        {
            return context.Propose(context.LastAdjacentMention(credited), -1, -1, AttributionRules.HeadingSource);
        }

        if (i >= context.Tokens.Count || context.IsInsideQuote(i))
        {
            return null;
        }

        if (context.Tokens[i].Has(TokenFlags.ParagraphStart))
        {
            // A quote paragraph signed on the next line: "- Bernie Sanders", "— Jane Doe (@janedoe) November 20, 2019".
            return i == quote.CloseToken + 1 ? Signed(context, i) : null;
        }

        // "« … », a déclaré X", "« … », a-t-il ajouté": a compound tense puts its auxiliary first.
        int verb = context.SkipAuxiliaries(i, forward: true);
        if (context.IsCue(verb) && (context.MentionAt(verb + 1) ?? context.DescribedMention(verb + 1) ?? context.MentionAt(context.SkipPrepositionalPhrases(verb + 1)) ?? context.MentionAt(context.SkipAddressee(verb + 1))
            ?? context.SpeakerAfterAdjuncts(verb + 1) ?? context.NameAfterUnreadPhrase(verb + 1)) is { } inverted)
        {
            return RelayedBy(context, verb) ?? context.Propose(inverted, verb, verb + 1, AttributionRules.QuoteCueSpeaker);
        }

        if (context.SourceMarkerLength(i) is > 0 and int marker && context.MentionNear(i + marker) is { } source)
        {
            return context.Propose(source, i, i + marker, AttributionRules.SourceAfterQuote);
        }

        if ((context.MentionAt(i) ?? context.MentionAt(verb) ?? context.DescribedMention(i)) is not { } mention)
        {
            return null;
        }

        mention = context.LastAdjacentMention(mention);

        // “… the timing.” Gov. Pat McCrory said it …: after a full stop, a new sentence is the quote's
        // attribution only when it says nothing else (“… missing.” Trump said.).
        bool newSentence = context.Tokens[i].Has(TokenFlags.SentenceStart) && !dash && quote.Span.Length > 0 && context.Text[quote.Span.End - 1] == '.';

        int k = context.SkipAuxiliaries(context.SkipParenthesis(context.SkipPrepositionalPhrases(context.Mentions[mention].End)), forward: true);
        if (newSentence)
        {
            return context.IsCue(k) && context.SentenceEndsSoonAfter(k) ? context.Propose(mention, k, k + 1, AttributionRules.QuoteThenSpeakerCueSentence) : null;
        }

        if (context.IsCue(k))
        {
            return RelayedBy(context, k) ?? context.Propose(mention, k, k + 1, AttributionRules.QuoteSpeakerCue);
        }

        // "X, 59, of Ashton, Md., who watched the ceremony, said": the verb after the last comma of the apposition.
        if (context.IsText(k, ",") && context.CueAfterApposition(k) is { } cue)
        {
            return context.Propose(mention, cue, cue + 1, AttributionRules.QuoteSpeakerAppositionCue);
        }

        return dash && context.Mentions[mention].Type != MentionType.Pronoun ? context.Propose(mention, -1, -1, AttributionRules.QuoteDashSpeaker) : null;
    }

    /// <summary>The attribution to the name that signs the quote paragraph ending before <paramref name="paragraph"/> on the lines after it; null when none does.</summary>
    private static QuoteAttribution? Signed(AttributionContext context, int paragraph)
    {
        int line = SignatureLine(context, paragraph);
        bool signature = line >= 0 && context.MentionAt(line + 1) is { } signer
            && context.Mentions[signer].Type != MentionType.Pronoun && context.ParagraphOf(context.Mentions[signer].End - 1) == context.ParagraphOf(line)
            && (context.Mentions[signer].End >= context.Tokens.Count || context.Tokens[context.Mentions[signer].End].Has(TokenFlags.ParagraphStart)
                || context.Tokens[context.Mentions[signer].End].Kind is TokenKind.Punctuation or TokenKind.Bracket);
        return signature ? context.Propose(context.MentionStartingAt(line + 1), -1, -1, AttributionRules.QuoteDashSpeaker) : null;
    }

    /// <summary>
    /// The dash that signs the quote paragraph ending before <paramref name="paragraph"/>, the first token of the next
    /// paragraph: on that paragraph, or on the one after it when that one is a caption an embedded post puts between its
    /// words and its signature (<c>Club statement</c>), with no sentence punctuation; -1 when none.
    /// </summary>
    private static int SignatureLine(AttributionContext context, int paragraph)
    {
        int line = paragraph;
        if (!context.IsSignatureDash(line) && context.IsHeading(line))
        {
            line = context.Document.Paragraphs[context.ParagraphOf(line)].EndToken;
        }

        return line < context.Tokens.Count && context.IsSignatureDash(line) ? line : -1;
    }

    /// <summary>
    /// The attribution to the source that a source marker names after a comma later in the clause of the quote's speech
    /// verb at <paramref name="cue"/> (<c>“…,” Jane Doe said on Monday, according to the Daily Courier.</c>): the writer
    /// has the words from that source, which news credits with them. Only a source named counts: a document that names no
    /// author (<c>according to a statement</c>) tells how the speaker's words came out, not who gives them. Null when the
    /// clause has none before its sentence's end or the next quotation mark.
    /// </summary>
    private static QuoteAttribution? RelayedBy(AttributionContext context, int cue)
    {
        int end = Math.Min(context.SentenceOf(cue).EndToken, cue + MaxRelayDistance);
        for (int k = cue + 1; k < end && context.Tokens[k].Kind != TokenKind.QuoteMark; k++)
        {
            if (context.IsText(k, ",") && context.SourceMarkerLength(k + 1) is > 0 and int marker && context.MentionNear(k + 1 + marker) is { } source
                && context.Mentions[source].HasName)
            {
                return context.Propose(source, k + 1, k + 1 + marker, AttributionRules.RelayingSourceAfterQuote);
            }
        }

        return null;
    }
}
