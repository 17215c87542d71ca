using QuoteExtraction.Attribution;

namespace QuoteExtraction.Reported;

/// <summary>The content clause of one reported-speech construction and who it reports, as a pattern found them.</summary>
/// <param name="Span">The content, from its complementizer (kept, as news readers quote it) or its clause's start to its clause's end.</param>
/// <param name="EndToken">The token that ends the construction: the rest of the sentence may report more.</param>
/// <param name="Attribution">The speaker's mention and entity, the cue and the rule.</param>
internal readonly record struct ReportedQuote(TextSpan Span, int EndToken, QuoteAttribution Attribution)
{
    /// <summary>
    /// The phrase that speaks when no mention does (<c>Critics</c> in <c>Critics argue that …</c>, <c>a new poll</c> in
    /// <c>…, according to a new poll</c>), then the attribution's mention and entity are -1; or null.
    /// </summary>
    public TextSpan? SourcePhrase { get; init; }

    /// <summary>What the <see cref="SourcePhrase"/> speaks as: a group of people (<c>Critics</c>), or a source not known to be one (<c>a new poll</c>).</summary>
    public SpeakerKind SourceKind { get; init; }

    /// <summary>The content's form: a clause unless the pattern found another.</summary>
    public ReportedForm Form { get; init; }
}
