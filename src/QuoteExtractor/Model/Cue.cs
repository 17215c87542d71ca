namespace QuoteExtraction;

/// <summary>
/// The words that mark speech: a reporting verb (<c>said</c>, <c>a déclaré</c>) or a phrase (<c>according
/// to</c>). A value, like <see cref="Mention"/>; <c>default</c> has a null <see cref="Text"/>.
/// </summary>
/// <param name="Text">The cue's text.</param>
/// <param name="Span">Where it is in the original text.</param>
public readonly record struct Cue(string Text, TextSpan Span)
{
    /// <summary>The cue on one line: its text, shortened when long, and its span.</summary>
    /// <returns>For example <c>"said" [15..19)</c>.</returns>
    public override string ToString() => $"{DisplayText.Quoted(Text)} {Span}";
}
