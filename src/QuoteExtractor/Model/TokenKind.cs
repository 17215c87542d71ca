namespace QuoteExtraction;

/// <summary>What a <see cref="Token"/> is.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, including in-word apostrophes and hyphens (<c>don't</c>, <c>aujourd'hui</c>, <c>vice-ministre</c>), abbreviations (<c>Mr.</c>, <c>U.S.</c>), French elided forms (<c>l'</c>) and inverted clitics (<c>-t-il</c>).</summary>
    Word,

    /// <summary>A number: <c>42</c>, <c>1,000.5</c>, <c>3,5</c>, <c>80 000</c>, <c>10:30</c>, <c>1990s</c>, <c>15th</c>, <c>-0,8</c>.</summary>
    Number,

    /// <summary>Punctuation; a run of the same mark (<c>--</c>, <c>!!</c>, <c>?!</c>) is one token.</summary>
    Punctuation,

    /// <summary>A quotation mark; see <see cref="Token.QuoteFamily"/> and <see cref="Token.QuoteRole"/>.</summary>
    QuoteMark,

    /// <summary>A parenthesis, square bracket or brace.</summary>
    Bracket,

    /// <summary>An ellipsis: <c>…</c> or a run of periods.</summary>
    Ellipsis,

    /// <summary>An editorial elision in brackets, one token: <c>[…]</c>, <c>[...]</c>, <c>(...)</c>, <c>(…)</c>.</summary>
    EditorialElision,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A hashtag such as <c>#audiobooks</c>.</summary>
    Hashtag,

    /// <summary>A social-media handle such as <c>@AFP</c>.</summary>
    Handle,

    /// <summary>A symbol: currency signs, <c>%</c>, <c>°</c>, <c>&amp;</c>, math and other signs.</summary>
    Symbol,

    /// <summary>An emoji, with its modifiers and joiners.</summary>
    Emoji,

    /// <summary>A text emoticon such as <c>:-)</c>.</summary>
    Emoticon,
}
