namespace QuoteExtraction;

/// <summary>
/// A place in the text that refers to a speaker: a name, a pronoun or a description. A value, so that an
/// article's thousands of mentions cost no object each; <c>default</c> has a null <see cref="Text"/>.
/// </summary>
/// <param name="Text">The mention's text.</param>
/// <param name="Span">Where it is in the original text.</param>
public readonly record struct Mention(string Text, TextSpan Span)
{
    /// <summary>The mention on one line: its text, shortened when long, and its span.</summary>
    /// <returns>For example <c>"Ryabkov" [40..47)</c>.</returns>
    public override string ToString() => $"{DisplayText.Quoted(Text)} {Span}";
}
