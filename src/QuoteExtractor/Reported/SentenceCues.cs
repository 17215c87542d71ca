namespace QuoteExtraction.Reported;

/// <summary>The tokens of a sentence that the patterns start from, read once for all of them, each in text order.</summary>
/// <param name="verbs">The cues (<see cref="Attribution.AttributionContext.IsCue"/>) of the verbs the patterns read.</param>
/// <param name="sourceMarkers">The tokens outside quotations that may start a source marker (<c>…, according to …</c>, <c>… qui selon lui …</c>).</param>
internal readonly ref struct SentenceCues(ReadOnlySpan<int> verbs, ReadOnlySpan<int> sourceMarkers)
{
    /// <summary>The cues (<see cref="Attribution.AttributionContext.IsCue"/>) of the verbs the patterns read.</summary>
    public ReadOnlySpan<int> Verbs { get; } = verbs;

    /// <summary>The tokens outside quotations that may start a source marker (<c>…, according to …</c>, <c>… qui selon lui …</c>).</summary>
    public ReadOnlySpan<int> SourceMarkers { get; } = sourceMarkers;
}
