namespace QuoteExtraction;

/// <summary>A place in the text that refers to a speaker: a name, a pronoun or a description.</summary>
/// <param name="Text">The mention's text.</param>
/// <param name="Span">Where it is in the original text.</param>
public sealed record Mention(string Text, TextSpan Span);
