using System.Collections.Frozen;

namespace QuoteExtraction.Lexicons;

/// <summary>
/// An immutable word list loaded once from an embedded resource and looked up by span, so that
/// checking a token never allocates a string.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>The forms that <see cref="_packed"/> cannot hold, or every form when there is no packed index.</summary>
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The short words of a case-insensitive lexicon; a word it can hold is looked up there alone.</summary>
    private readonly PackedWordIndex? _packed;

    /// <summary>
    /// One bit for each <see cref="FilterBit"/> of a form in the list. Most words looked up are in none of the small lists
    /// (conjunctions, complementizers, prepositions…), and their bit, from their length and their first and last letters,
    /// tells so without the lookup; a large list sets every bit and leaves every word to the lookup.
    /// </summary>
    private readonly ulong _filter;

    /// <param name="entries">Each form with its tag, keyed by <paramref name="comparer"/>.</param>
    /// <param name="comparer">Ordinal, or ordinal ignoring case.</param>
    private Lexicon(Dictionary<string, string> entries, StringComparer comparer)
    {
        _packed = ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase) ? PackedWordIndex.Build(entries) : null;

        // A large list (first names) is mostly short ASCII words: the packed index holds them, and freezing
        // them too would only slow the first call down.
        var rest = _packed is null ? entries : entries.Where(entry => !PackedWordIndex.TryPack(entry.Key, out _));
        _lookup = rest.ToFrozenDictionary(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
        Entries = entries;
        foreach (var form in entries.Keys)
        {
            _filter |= FilterBit(form);
        }
    }

    /// <summary>
    /// Each form with its tag (the text after a tab on its line, empty when none), for the code that builds other
    /// tables from a whole list; a lookup goes through <see cref="TagOf"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Entries { get; }

    /// <summary>An empty lexicon, for a language that has no such list.</summary>
    public static Lexicon Empty { get; } = new([], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="form"/> is in the list.</summary>
    public bool Contains(ReadOnlySpan<char> form) => TagOf(form) is not null;

    /// <summary>The tag stored with <paramref name="form"/>, or null when the form is absent.</summary>
    public string? TagOf(ReadOnlySpan<char> form)
    {
        if ((_filter & FilterBit(form)) == 0)
        {
            return null;
        }

        if (_packed is not null && PackedWordIndex.TryPack(form, out ulong packed))
        {
            return _packed.TagOf(packed);
        }

        return _lookup.TryGetValue(form, out var value) ? value : null;
    }

    /// <summary>
    /// One of 64 bits picked by the length of <paramref name="form"/> and its first and last characters, the same for
    /// forms that are equal ignoring case: an ASCII letter counts in either case, and every other character but ASCII
    /// counts as one, since ignoring case no other character equals an ASCII one and their case rules are left to the lookup.
    /// </summary>
    private static ulong FilterBit(ReadOnlySpan<char> form) =>
        form.IsEmpty ? 1UL : 1UL << (int)(((uint)form.Length * 7 + Fold(form[0]) * 3 + Fold(form[^1])) & 63);

    /// <summary>An ASCII character with its letters in lower case, or 0x80 for any character outside ASCII.</summary>
    private static uint Fold(char c) => c >= 0x80 ? 0x80u : char.IsAsciiLetterUpper(c) ? c | 0x20u : c;

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

        return new Lexicon(unique, comparer);
    }

    /// <summary>
    /// Loads the embedded <c>Lexicons/Data/{name}.txt</c>, in the format <see cref="Parse"/> reads.
    /// </summary>
    /// <exception cref="InvalidOperationException">When the package has no such list.</exception>
    public static Lexicon Load(string name, bool ignoreCase) =>
        Parse(EmbeddedLines(name) ?? throw new InvalidOperationException($"The embedded lexicon '{name}' is missing from {typeof(Lexicon).Assembly.GetName().Name}."), ignoreCase);

    /// <summary>
    /// A lexicon of <paramref name="lines"/>: one form a line, an optional tab and tag after it, <c>#</c>
    /// starts a comment line. A form with a straight apostrophe is also stored with a curly one.
    /// </summary>
    public static Lexicon Parse(IEnumerable<string> lines, bool ignoreCase) => FromEntries(ReadEntries(lines), ignoreCase);

    /// <summary>The lines of the embedded <c>Lexicons/Data/{name}.txt</c>, or null when the package has no such list.</summary>
    public static IEnumerable<string>? EmbeddedLines(string name)
    {
        var resource = $"QuoteExtraction.Lexicons.{name}.txt";
        return typeof(Lexicon).Assembly.GetManifestResourceInfo(resource) is null ? null : ReadLines(resource);
    }

    private static IEnumerable<string> ReadLines(string resource)
    {
        using var reader = new StreamReader(typeof(Lexicon).Assembly.GetManifestResourceStream(resource)!);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> ReadEntries(IEnumerable<string> lines)
    {
        foreach (var line in lines)
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
