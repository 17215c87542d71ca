namespace QuoteExtraction;

/// <summary>A sentence or a paragraph: its span and the range of tokens it holds.</summary>
/// <param name="Span">Where it is in the original text, from its first token's start to its last token's end.</param>
/// <param name="FirstToken">Index of its first token in the token list.</param>
/// <param name="TokenCount">How many tokens it holds.</param>
public readonly record struct Segment(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Index just past its last token in the token list.</summary>
    public int EndToken => FirstToken + TokenCount;
}
