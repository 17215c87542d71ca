namespace QuoteExtraction.Attribution;

/// <summary>
/// The short texts of one call's results, each kept once: <c>said</c>, <c>he</c> or a repeated short
/// quote come back as the same string each time they recur. Kept for the thread's next call.
/// </summary>
internal sealed class SharedTexts
{
    /// <summary>Texts up to this long are shared; longer ones are rarely repeated.</summary>
    private const int MaxSharedTextLength = 32;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>No texts yet.</summary>
    public SharedTexts()
    {
        _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The text of <paramref name="text"/> at <paramref name="span"/>, shared when it is short.</summary>
    public string At(string text, TextSpan span)
    {
        var part = text.AsSpan(span.Start, span.Length);
        if (part.Length > MaxSharedTextLength)
        {
            return part.ToString();
        }

        if (!_lookup.TryGetValue(part, out var shared))
        {
            shared = part.ToString();
            _texts.Add(shared, shared);
        }

        return shared;
    }

    /// <summary>Forgets the call's texts, so that an idle workspace does not keep them alive.</summary>
    public void Clear() => Workspace.ClearIndex(_texts);
}
