using System.Runtime.CompilerServices;

namespace QuoteExtraction.Languages;

/// <summary>
/// The word lists each token of a document belongs to (<see cref="LanguageProfile.ClassifyWords"/>), over
/// a pooled array that may be longer than the tokens. A value: the stages that test many tokens keep a
/// copy in a field, so that a test reads the array straight from the stage.
/// </summary>
/// <param name="items">The classes, one per token.</param>
internal readonly struct TokenClasses(WordClass[] items)
{
    /// <summary>The classes, one per token (and unused items after the tokens).</summary>
    public WordClass[] Items { get; } = items;

    /// <summary>The classes of the token at <paramref name="index"/>.</summary>
    public WordClass this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Items[index];
    }

    /// <summary>Whether the word at <paramref name="index"/> is in one of the lists of <paramref name="wordClass"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int index, WordClass wordClass) => (Items[index] & wordClass) != 0;
}
