namespace QuoteExtraction;

/// <summary>
/// The words that mark speech: a reporting verb (<c>said</c>, <c>a déclaré</c>) or a phrase (<c>according
/// to</c>). A value, like <see cref="Mention"/>; <c>default</c> has a null <see cref="Text"/>.
/// </summary>
/// <param name="Text">The cue's text.</param>
/// <param name="Span">Where it is in the original text.</param>
public readonly record struct Cue(string Text, TextSpan Span);
