namespace QuoteExtraction;

/// <summary>The words that mark speech: a reporting verb (<c>said</c>, <c>a déclaré</c>) or a phrase (<c>according to</c>).</summary>
/// <param name="Text">The cue's text.</param>
/// <param name="Span">Where it is in the original text.</param>
public sealed record Cue(string Text, TextSpan Span);
