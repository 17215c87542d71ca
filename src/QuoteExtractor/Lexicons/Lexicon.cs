using System.Collections.Frozen;

namespace QuoteExtraction.Lexicons;

/// <summary>
/// An immutable word list loaded once from an embedded resource and looked up by span, so that
/// checking a token never allocates a string.
/// </summary>
internal sealed class Lexicon
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The short words of a case-insensitive lexicon; a word it can hold is looked up there alone.</summary>
    private readonly PackedWordIndex? _packed;

    private Lexicon(FrozenDictionary<string, string> entries)
    {
        Entries = entries;
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _packed = ReferenceEquals(entries.Comparer, StringComparer.OrdinalIgnoreCase) ? PackedWordIndex.Build(entries) : null;
    }

    /// <summary>Each form with its tag (the text after a tab on its line, empty when none).</summary>
    public FrozenDictionary<string, string> Entries { get; }

    /// <summary>An empty lexicon, for a language that has no such list.</summary>
    public static Lexicon Empty { get; } = new(FrozenDictionary<string, string>.Empty);

    public bool Contains(ReadOnlySpan<char> form) => TagOf(form) is not null;

    /// <summary>The tag stored with <paramref name="form"/>, or null when the form is absent.</summary>
    public string? TagOf(ReadOnlySpan<char> form)
    {
        if (_packed is not null && PackedWordIndex.TryPack(form, out ulong packed))
        {
            return _packed.TagOf(packed);
        }

        return _lookup.TryGetValue(form, out var value) ? value : null;
    }

    /// <summary>True when the form is present with the given tag.</summary>
    public bool HasTag(ReadOnlySpan<char> form, string tag) => TagOf(form) is { } value && value.Contains(tag, StringComparison.Ordinal);

    /// <summary>A lexicon of the given forms, without tags.</summary>
    public static Lexicon FromForms(IEnumerable<string> forms, bool ignoreCase) =>
        FromEntries(forms.Select(form => KeyValuePair.Create(form, string.Empty)), ignoreCase);

    /// <summary>A lexicon of the given forms with their tags; of two equal forms, the last one's tag counts.</summary>
    public static Lexicon FromEntries(IEnumerable<KeyValuePair<string, string>> entries, bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var unique = new Dictionary<string, string>(comparer);
        foreach (var (form, tag) in entries)
        {
            unique[form] = tag;
        }

        return new Lexicon(unique.ToFrozenDictionary(comparer));
    }

    /// <summary>
    /// Loads <c>Lexicons/Data/{name}.txt</c>: one form a line, an optional tab and tag after it,
    /// <c>#</c> starts a comment line. A form with a straight apostrophe is also stored with a curly one.
    /// </summary>
    public static Lexicon Load(string name, bool ignoreCase) => FromEntries(ReadEntries(name), ignoreCase);

    private static IEnumerable<KeyValuePair<string, string>> ReadEntries(string name)
    {
        var resource = $"QuoteExtraction.Lexicons.{name}.txt";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded lexicon '{resource}' is missing from {typeof(Lexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                continue;
            }

            var tab = trimmed.IndexOf('\t');
            var form = (tab < 0 ? trimmed : trimmed[..tab]).Trim().ToString();
            var tag = tab < 0 ? string.Empty : trimmed[(tab + 1)..].Trim().ToString();
            yield return KeyValuePair.Create(form, tag);
            if (form.Contains('\'', StringComparison.Ordinal))
            {
                // Forms written with a straight apostrophe also match the typographic one.
                yield return KeyValuePair.Create(form.Replace('\'', '’'), tag);
            }
        }
    }
}
