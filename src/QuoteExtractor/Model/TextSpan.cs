namespace QuoteExtraction;

/// <summary>
/// A range of UTF-16 code units in the caller's original text: <see cref="Start"/> is inclusive,
/// <see cref="End"/> is exclusive. Every span in this library means exactly this.
/// </summary>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Index just past the last code unit (exclusive end).</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from an inclusive start and an exclusive end.</summary>
    /// <param name="start">Index of the first code unit.</param>
    /// <param name="end">Index just past the last code unit.</param>
    /// <returns>The span <c>[start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="end"/> is before <paramref name="start"/> or start is negative.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns>Whether this span contains <paramref name="other"/>.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="position"/> is inside this span.</summary>
    /// <param name="position">A code unit index.</param>
    /// <returns>Whether <c>Start &lt;= position &lt; End</c>.</returns>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns>Whether the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The text this span covers in <paramref name="source"/>.</summary>
    /// <param name="source">The original text the span was computed on.</param>
    /// <returns>A slice of <paramref name="source"/>; nothing is copied.</returns>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> source) => source.Slice(Start, Length);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
