namespace QuoteExtraction.Attribution.Sieves;

/// <summary>
/// A quote paragraph with no cue right after the signature line of an embedded post (<c>— Jane Doe (@janedoe) May 2,
/// 2024</c>), bracketed or not, is the signer's: the post's words go on past the embed, or the writer translates them
/// (<c>(« … »)</c>). The handle after the name tells a post's signature from any line that opens with a dash.
/// </summary>
internal sealed class PostSignatureSieve : IAttributionSieve
{
    /// <inheritdoc />
    public QuoteAttribution? Attribute(AttributionContext context, int index)
    {
        int open = context.Quotes[index].OpenToken;
        int first = open > 0 && context.IsText(open - 1, "(") ? open - 1 : open;
        if (first == 0 || !context.Tokens[first].Has(TokenFlags.ParagraphStart))
        {
            return null;
        }

        int line = context.Document.Paragraphs[context.ParagraphOf(first - 1)].FirstToken;
        if (!context.IsSignatureDash(line) || context.MentionAt(line + 1) is not { } signer || context.Mentions[signer].Type == MentionType.Pronoun)
        {
            return null;
        }

        // A mark may stand between the name and its handle: "Jane Doe™ (@janedoe)".
        int end = context.Mentions[signer].End;
        int bracket = end < first && context.Tokens[end].Kind != TokenKind.Word && !context.IsText(end, "(") ? end + 1 : end;
        bool handle = bracket + 1 < first && context.IsText(bracket, "(") && context.Tokens[bracket + 1].Kind == TokenKind.Handle;
        return handle ? context.Propose(signer, -1, -1, AttributionRules.PostSignature) : null;
    }
}
