namespace QuoteExtraction;

/// <summary>One quotation found in an article, with who said it when that could be told.</summary>
public sealed record Quote
{
    /// <summary>The quoted text, inside the marks (the marks themselves are excluded); equal to the original text at <see cref="Span"/>.</summary>
    public required string Text { get; init; }

    /// <summary>Where the quoted text is in the original text, marks excluded.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>Direct, partial or non-speech.</summary>
    public required QuoteKind Kind { get; init; }

    /// <summary>False when no closing mark was found and the quote was ended at its paragraph's end.</summary>
    public bool IsClosed { get; init; } = true;

    /// <summary>The parts of a quote that runs over several paragraphs, one span for each; a single span otherwise.</summary>
    public IReadOnlyList<TextSpan> Segments { get; init; } = [];

    /// <summary>Editorial brackets inside the quote (<c>[…]</c>, <c>(...)</c>, <c>[sic]</c>).</summary>
    public IReadOnlyList<TextSpan> Elisions { get; init; } = [];

    /// <summary>Editorial insertions in square brackets inside the quote (<c>[sic]</c>, <c>[the minister]</c>), brackets included.</summary>
    public IReadOnlyList<TextSpan> Insertions { get; init; } = [];

    /// <summary>
    /// Quotes with the same group are parts of one utterance that the writer interrupted
    /// (<c>“A,” he said. “B.”</c>); they share a speaker. The group is the index, in the article's
    /// quote list, of the group's first quote; a quote on its own has its own index.
    /// </summary>
    public int Group { get; init; }

    /// <summary>Quotations nested inside this one; they are part of its text.</summary>
    public IReadOnlyList<TextSpan> Nested { get; init; } = [];

    /// <summary>Who said it, or null when it could not be told with enough confidence.</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>The mention near the quote that names its speaker (<c>he</c>, <c>Ryabkov</c>), or null.</summary>
    public Mention? SpeakerMention { get; init; }

    /// <summary>The speech cue (<c>said</c>, <c>according to</c>), or null.</summary>
    public Cue? Cue { get; init; }

    /// <summary>How sure the attribution is, from 0 to 1; 0 when there is no speaker.</summary>
    public double Confidence { get; init; }

    /// <summary>The name of the rule that attributed the quote, so that a user can see why; null when unattributed.</summary>
    public string? Rule { get; init; }
}
