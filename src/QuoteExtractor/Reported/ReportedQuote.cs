using QuoteExtraction.Attribution;

namespace QuoteExtraction.Reported;

/// <summary>The content clause of one reported-speech construction and who it reports, as a pattern found them.</summary>
/// <param name="Span">The content, from its complementizer (kept, as news readers quote it) or its clause's start to its clause's end.</param>
/// <param name="EndToken">The token that ends the construction: the rest of the sentence may report more.</param>
/// <param name="Attribution">The speaker's mention and entity, the cue and the rule.</param>
internal readonly record struct ReportedQuote(TextSpan Span, int EndToken, QuoteAttribution Attribution)
{
    /// <summary>
    /// The plural noun phrase that speaks when no mention does (<c>Critics</c> in <c>Critics argue that …</c>), then the
    /// attribution's mention and entity are -1; or null.
    /// </summary>
    public TextSpan? SourcePhrase { get; init; }

    /// <summary>The content's form: a clause unless the pattern found another.</summary>
    public ReportedForm Form { get; init; }
}
