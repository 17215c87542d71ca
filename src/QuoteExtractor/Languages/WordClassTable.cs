using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace QuoteExtraction.Languages;

/// <summary>
/// The word lists of a language merged into one case-insensitive table from a word to its
/// <see cref="WordClass"/>, read once for every word of every article. A plain ASCII word of up to 16
/// characters, nearly every word of news, is read as two vectors straight from the text, folded to
/// lower case, narrowed to one vector of 16 bytes and hashed without a loop over its characters; a
/// longer or non-ASCII word goes to the frozen dictionary of the same entries. Both give what an
/// ordinal case-insensitive lookup gives.
/// </summary>
/// <remarks>
/// The vector path hashes with two choices (cuckoo hashing): every listed word sits in one of the two
/// slots its hash picks, so a lookup reads and compares both, with no branch on whether the word is
/// listed: in news, listed words and others follow each other in no order a processor could predict.
/// The words are kept as 16 bytes each, apart from their classes, so that the table of a language stays
/// in the processor's nearest caches.
/// </remarks>
internal sealed class WordClassTable
{
    /// <summary>The longest word the vector path reads: two vectors of eight characters.</summary>
    private const int MaxVectorLength = 16;

    /// <summary>How many words a placement may move before the slots are doubled.</summary>
    private const int MaxMoves = 500;

    /// <summary>Mixes the hash into the word's second slot.</summary>
    private const ulong SecondSlotMultiplier = 0xD6E8FEB86659FD93UL;

    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _dictionary;

    /// <summary>
    /// The listed ASCII words in lower case, a byte a letter, zero-padded (the padding tells the length:
    /// no word holds a NUL); entry 0 is all zeros and matches no word.
    /// </summary>
    private readonly Vector128<byte>[] _words;

    /// <summary>The classes of each entry of <see cref="_words"/>.</summary>
    private readonly WordClass[] _classes;

    /// <summary>An entry's index for each slot, 0 for an empty slot.</summary>
    private readonly ushort[] _slots;

    /// <summary>Shifts a hash down to a slot: 64 minus the bits of a slot's index.</summary>
    private readonly int _slotShift;

    /// <param name="classes">Every listed word with its classes, keyed case-insensitively.</param>
    public WordClassTable(IReadOnlyDictionary<string, WordClass> classes)
    {
        _dictionary = classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        // Ignoring case, no other letter equals an ASCII one (not even "ſ", whose capital is "S"), so only
        // ASCII words can match the words the vectors read.
        var vectorWords = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (var (word, wordClass) in classes)
        {
            if (word.Length <= MaxVectorLength && Ascii.IsValid(word))
            {
                var lower = word.ToLowerInvariant();
                vectorWords[lower] = vectorWords.GetValueOrDefault(lower) | wordClass;
            }
        }

        if (vectorWords.Count >= ushort.MaxValue)
        {
            throw new InvalidOperationException("Too many listed words for the word class table.");
        }

        _words = new Vector128<byte>[vectorWords.Count + 1];
        _classes = new WordClass[vectorWords.Count + 1];
        Span<char> padded = stackalloc char[MaxVectorLength];
        int index = 1;
        foreach (var (word, wordClass) in vectorWords)
        {
            padded.Clear();
            word.CopyTo(padded);
            var characters = MemoryMarshal.Cast<char, ushort>(padded);
            _words[index] = Vector128.Narrow(Vector128.Create<ushort>(characters[..8]), Vector128.Create<ushort>(characters[8..]));
            _classes[index++] = wordClass;
        }

        // A third of the slots filled leaves every word a place; a cycle of moves, very rare, doubles them.
        int bits = 4;
        while (1 << bits < vectorWords.Count * 3)
        {
            bits++;
        }

        while (!TryPlace(_words, bits, out _slots))
        {
            bits++;
        }

        _slotShift = 64 - bits;
    }

    /// <summary>The classes of the word at <paramref name="start"/> in <paramref name="text"/>, <see cref="WordClass.None"/> when it is in no list.</summary>
    /// <param name="text">The article.</param>
    /// <param name="start">Where the word starts.</param>
    /// <param name="length">Its length.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass Of(string text, int start, int length) =>
        TryReadWord(text, start, length, out var word) ? ClassOf(word) : OfUnreadWord(text, start, length);

    /// <summary>
    /// Reads the word at <paramref name="start"/> as the vector path compares it, for <see cref="ClassOf"/>; false for a
    /// word it cannot read so (longer than 16 characters, not ASCII, or near the text's end), which <see cref="Of"/> answers.
    /// </summary>
    /// <param name="text">The article.</param>
    /// <param name="start">Where the word starts.</param>
    /// <param name="length">Its length.</param>
    /// <param name="word">The word, read.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryReadWord(string text, int start, int length, out Vector128<byte> word)
    {
        // Reading past the word is safe while the text goes on; the masks drop what follows it.
        if (length > MaxVectorLength || start > text.Length - MaxVectorLength)
        {
            word = default;
            return false;
        }

        ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.AsRef(in text.GetPinnableReference()));
        word = VectorWord(Vector128.LoadUnsafe(ref first, (nuint)start), Vector128.LoadUnsafe(ref first, (nuint)start + 8), length);
        return word != Vector128<byte>.AllBitsSet;
    }

    /// <summary>The classes of a word that <see cref="TryReadWord"/> could not read.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WordClass OfUnreadWord(string text, int start, int length) =>
        length <= MaxVectorLength && start > text.Length - MaxVectorLength
            ? OfWordNearEnd(text, start, length)
            : FromDictionary(text, start, length);

    /// <summary>
    /// The characters of a word of <paramref name="length"/> (at most 16) that starts the two vectors, folded to lower
    /// case and narrowed to bytes, zero past the word; all bits set when one of them is not ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> VectorWord(Vector128<ushort> low, Vector128<ushort> high, int length)
    {
        var lengths = Vector128.Create((ushort)length);
        low &= Vector128.GreaterThan(lengths, Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7));
        high &= Vector128.GreaterThan(lengths, Vector128.Create((ushort)8, 9, 10, 11, 12, 13, 14, 15));
        if (((low | high) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            return Vector128<byte>.AllBitsSet;
        }

        // Every character is ASCII now, so a byte holds it.
        return Vector128.Narrow(ToLower(low), ToLower(high));
    }

    /// <summary>The classes of the word that <see cref="TryReadWord"/> read, none when it is in no list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass ClassOf(Vector128<byte> word)
    {
        ulong hash = Hash(word);
        return ClassIfSame(_slots[FirstSlot(hash, _slotShift)], word) | ClassIfSame(_slots[SecondSlot(hash, _slotShift)], word);
    }

    /// <summary>A word near the end of the text, copied so that the vectors do not read past the text.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WordClass OfWordNearEnd(string text, int start, int length)
    {
        Span<ushort> padded = stackalloc ushort[MaxVectorLength];
        padded.Clear();
        MemoryMarshal.Cast<char, ushort>(text.AsSpan(start, length)).CopyTo(padded);
        var word = VectorWord(Vector128.Create<ushort>(padded[..8]), Vector128.Create<ushort>(padded[8..]), length);
        return word == Vector128<byte>.AllBitsSet ? FromDictionary(text, start, length) : ClassOf(word);
    }

    /// <summary>The classes of entry <paramref name="entry"/> when it is <paramref name="word"/>, else none; computed without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private WordClass ClassIfSame(int entry, Vector128<byte> word)
    {
        bool same = _words[entry] == word;
        return (WordClass)((ulong)_classes[entry] & (0UL - (same ? 1UL : 0UL)));
    }

    /// <summary>
    /// Puts every entry but the empty one in one of its two slots among 2^<paramref name="bits"/>, moving
    /// the words already there to their other slot as needed; false when the moves go round in a cycle.
    /// </summary>
    private static bool TryPlace(Vector128<byte>[] words, int bits, out ushort[] slots)
    {
        slots = new ushort[1 << bits];
        int shift = 64 - bits;
        for (int index = 1; index < words.Length; index++)
        {
            ushort moving = (ushort)index;
            int slot = FirstSlot(Hash(words[index]), shift);
            for (int moves = 0; ; moves++)
            {
                if (moves == MaxMoves)
                {
                    return false;
                }

                (slots[slot], moving) = (moving, slots[slot]);
                if (moving == 0)
                {
                    break;
                }

                // The word pushed out goes to its other slot.
                ulong hash = Hash(words[moving]);
                int first = FirstSlot(hash, shift);
                slot = slot == first ? SecondSlot(hash, shift) : first;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WordClass FromDictionary(string text, int start, int length) =>
        _dictionary.TryGetValue(text.AsSpan(start, length), out var wordClass) ? wordClass : WordClass.None;

    /// <summary>ASCII capitals to small letters; every other code unit as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> ToLower(Vector128<ushort> chars) =>
        chars | (Vector128.LessThan(chars - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26)) & Vector128.Create((ushort)0x20));

    /// <summary>A word's first slot: the top bits of its hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FirstSlot(ulong hash, int slotShift) => (int)(hash >> slotShift);

    /// <summary>A word's second slot: the top bits of its hash mixed once more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SecondSlot(ulong hash, int slotShift) => (int)((hash * SecondSlotMultiplier) >> slotShift);

    /// <summary>
    /// Each half's product, mixed: their top bits, which the slots take, depend on every character of the
    /// half, and the zero padding already tells the word's length. One multiplication deep, as every word pays it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(Vector128<byte> word)
    {
        var halves = word.AsUInt64();
        return (halves.GetElement(0) * 0x9E3779B97F4A7C15UL) ^ (halves.GetElement(1) * 0xC2B2AE3D27D4EB4FUL);
    }
}
