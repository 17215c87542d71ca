namespace QuoteExtraction.Lexicons;

/// <summary>
/// The short words of a case-insensitive lexicon, each packed with its tag into one 64-bit slot of an
/// open-addressing table: five bits a letter (<c>a</c> to <c>z</c>, either case, and the hyphen) for up
/// to twelve letters, and the index of its tag in the top four bits. A lookup reads one slot, where a
/// dictionary of strings reads several scattered objects: that matters for a list of tens of thousands
/// of first names, whose dictionary does not stay in the processor's cache.
/// </summary>
internal sealed class PackedWordIndex
{
    private const int MaxLetters = 12;
    private const int BitsPerLetter = 5;
    private const int TagShift = MaxLetters * BitsPerLetter;
    private const ulong WordMask = (1UL << TagShift) - 1;
    private const int MaxTags = 1 << (64 - TagShift);
    private const int Hyphen = 27;

    /// <summary>Packed words with their tag index; 0 is an empty slot (no packed word is 0).</summary>
    private readonly ulong[] _slots;
    private readonly int _shift;
    private readonly string[] _tags;

    private PackedWordIndex(ulong[] slots, int shift, string[] tags)
    {
        _slots = slots;
        _shift = shift;
        _tags = tags;
    }

    /// <summary>
    /// The index of every entry that can be packed (the others are left to the caller's dictionary), or
    /// null when the entries have more distinct tags than a slot can hold.
    /// </summary>
    /// <param name="entries">Each form with its tag; no two forms are equal ignoring case.</param>
    public static PackedWordIndex? Build(IReadOnlyCollection<KeyValuePair<string, string>> entries)
    {
        var tags = entries.Select(entry => entry.Value).Distinct(StringComparer.Ordinal).ToArray();
        if (tags.Length > MaxTags)
        {
            return null;
        }

        int bits = 4;
        while (1 << bits < entries.Count * 2)
        {
            bits++;
        }

        var slots = new ulong[1 << bits];
        var index = new PackedWordIndex(slots, 64 - bits, tags);
        foreach (var (form, tag) in entries)
        {
            // Ignoring case, no other letter equals an ASCII one (not even "ſ", whose capital is "S"), so a
            // form that cannot be packed matches no query that can.
            if (TryPack(form, out ulong word))
            {
                int slot = index.FirstSlot(word);
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & (slots.Length - 1);
                }

                slots[slot] = word | ((ulong)Array.IndexOf(tags, tag) << TagShift);
            }
        }

        return index;
    }

    /// <summary>
    /// Packs <paramref name="word"/> when it has one to twelve letters, each an ASCII letter or a hyphen;
    /// false for any other word, which the index cannot hold.
    /// </summary>
    public static bool TryPack(ReadOnlySpan<char> word, out ulong packed)
    {
        packed = 0;
        if (word.IsEmpty || word.Length > MaxLetters)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            // Setting bit 5 folds an ASCII capital to its small letter.
            int letter = (word[i] | 0x20) - 'a';
            int code = (uint)letter < 26 ? letter + 1 : word[i] == '-' ? Hyphen : 0;
            if (code == 0)
            {
                return false;
            }

            packed |= (ulong)code << (i * BitsPerLetter);
        }

        return true;
    }

    /// <summary>The tag of the packed word, or null when it is not in the index.</summary>
    public string? TagOf(ulong packed)
    {
        int slot = FirstSlot(packed);
        while (_slots[slot] is var stored and not 0)
        {
            if ((stored & WordMask) == packed)
            {
                return _tags[(int)(stored >> TagShift)];
            }

            slot = (slot + 1) & (_slots.Length - 1);
        }

        return null;
    }

    private int FirstSlot(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15UL) >> _shift);
}
