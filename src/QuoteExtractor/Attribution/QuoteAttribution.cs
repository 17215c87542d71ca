namespace QuoteExtraction.Attribution;

/// <summary>Who speaks one quote, as a sieve found it.</summary>
/// <param name="Mention">The local mention that names the speaker (<c>he</c>, <c>Ryabkov</c>).</param>
/// <param name="Entity">The speaker's entity, or -1 when the mention could not be resolved.</param>
/// <param name="CueFirst">The first token of the cue, or -1 when the rule has none.</param>
/// <param name="CueEnd">The token just past the cue, or -1.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Confidence">How sure it is, from 0 to 1.</param>
internal readonly record struct QuoteAttribution(int Mention, int Entity, int CueFirst, int CueEnd, AttributionRule Rule, double Confidence)
{
    /// <summary>A gendered pronoun mention that this attribution resolves to <see cref="Entity"/>, to be linked to it when the attribution is kept; -1 for none.</summary>
    public int LinkedPronoun { get; init; } = -1;
}
