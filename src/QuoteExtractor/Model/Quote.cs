namespace QuoteExtraction;

/// <summary>
/// One quotation found in an article, with who said it when that could be told. Compares by value, its
/// lists element by element and its <see cref="Speaker"/> by value too, so that two calls on the same text
/// give equal quotes.
/// </summary>
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

    /// <summary>The form of an <see cref="QuoteKind.Indirect"/> quote's content (clause or infinitive); null for the other kinds.</summary>
    public ReportedForm? Form { get; init; }

    /// <summary>True when every property of <paramref name="other"/> is equal, the lists element by element.</summary>
    /// <param name="other">The quote to compare with.</param>
    /// <returns>Whether the two quotes are equal.</returns>
    public bool Equals(Quote? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Span == other.Span && Kind == other.Kind && IsClosed == other.IsClosed && Group == other.Group
            && Confidence.Equals(other.Confidence) && SpeakerMention == other.SpeakerMention && Cue == other.Cue
            && Text == other.Text && Rule == other.Rule && Form == other.Form && Speaker == other.Speaker
            && ValueComparison.SequenceEqual(Segments, other.Segments) && ValueComparison.SequenceEqual(Elisions, other.Elisions)
            && ValueComparison.SequenceEqual(Insertions, other.Insertions) && ValueComparison.SequenceEqual(Nested, other.Nested));

    /// <summary>A hash of the quote's values; the lists count by their lengths only, which keeps it cheap.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(
            HashCode.Combine(Text, Span, Kind, IsClosed, Group, Confidence, Rule, Speaker),
            HashCode.Combine(SpeakerMention, Cue, Form, Segments.Count, Elisions.Count, Insertions.Count, Nested.Count));

    /// <summary>The quote on one line: kind, span, the start of its text, its speaker's name and the rule that attributed it.</summary>
    /// <returns>For example <c>Direct [1..14) "We are ready," by Jane Doe (cue-after)</c>.</returns>
    public override string ToString()
    {
        var speaker = Speaker is null ? "no speaker" : $"by {Speaker.Name}";
        var rule = Rule is null ? string.Empty : $" ({Rule})";
        return $"{Kind} {Span} {DisplayText.Quoted(Text)} {speaker}{rule}";
    }
}
