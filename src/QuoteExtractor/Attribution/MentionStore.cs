using QuoteExtraction.Languages;
using QuoteExtraction.Lexicons;

namespace QuoteExtraction.Attribution;

/// <summary>
/// The mentions and entities of one call, and the objects behind them, kept for the next call on the
/// same thread: an article has a hundred of each, and allocating them anew for every article is most
/// of the attribution stage's memory traffic. Nothing in here outlives the call that fills it, but for the
/// answers of the first-name list (<see cref="FirstNameTag"/>), which never change.
/// </summary>
internal sealed class MentionStore
{
    /// <summary>Stores that grew past this many candidates are kept only weakly: a huge article should not pin its memory.</summary>
    private const int MaxKeptCandidates = 1 << 17;

    /// <summary>
    /// The words <see cref="FirstNameTag"/> remembers are two to this power: the names of a few dozen articles, in 64 KB, which stay
    /// small enough for the processor's cache and for the ordinary heap.
    /// </summary>
    private const int FirstNameSlotBits = 12;

    private readonly List<MentionCandidate> _candidates = [];
    private readonly List<Entity> _entities = [];
    private int _candidatesUsed;
    private int _entitiesUsed;

    /// <summary>
    /// The packed words (<see cref="PackedWordIndex.TryPack"/>) whose first-name tag is remembered, by slot, each with its tag
    /// (null when it is no first name) in the same cache line; the word is 0 in an empty slot.
    /// </summary>
    private readonly (ulong Word, string? Tag)[] _firstNames = new (ulong, string?)[1 << FirstNameSlotBits];

    /// <summary>The mentions of the current call, in text order (<see cref="MentionFinder"/> fills it).</summary>
    public List<MentionCandidate> Mentions { get; } = [];

    /// <summary>The entities of the current call; an entity's index is its position here (<see cref="EntityResolver"/> fills it).</summary>
    public List<Entity> Entities { get; } = [];

    /// <summary>Whether the store is small enough to keep for the next call with a strong reference.</summary>
    public bool IsSmallEnoughToPin => _candidates.Count <= MaxKeptCandidates;

    /// <summary>An empty candidate, reused when an earlier call left one.</summary>
    public MentionCandidate NewCandidate()
    {
        if (_candidatesUsed == _candidates.Count)
        {
            _candidates.Add(new MentionCandidate());
        }

        var candidate = _candidates[_candidatesUsed++];
        candidate.Clear();
        return candidate;
    }

    /// <summary>
    /// The tag of <paramref name="word"/> in <see cref="SharedLexicons.FirstNames"/>, or null when it is no first name. The list
    /// is a table of a megabyte, whose lookups miss the processor's caches, and an article names the same people again
    /// and again: the answers for the words that fit a packed word are remembered, one slot for each, in a table that stays in the caches.
    /// </summary>
    public string? FirstNameTag(ReadOnlySpan<char> word)
    {
        if (!PackedWordIndex.TryPack(word, out ulong packed))
        {
            return SharedLexicons.FirstNames.TagOf(word);
        }

        // The packed word holds the whole word, case folded as the list's lookup folds it, so equal packed words have one answer.
        ref var slot = ref _firstNames[(int)((packed * 0x9E3779B97F4A7C15UL) >> (64 - FirstNameSlotBits))];
        if (slot.Word != packed)
        {
            slot = (packed, SharedLexicons.FirstNames.TagOf(word));
        }

        return slot.Tag;
    }

    /// <summary>An entity with no mentions yet, represented by <paramref name="representative"/>.</summary>
    public Entity NewEntity(MentionCandidate representative)
    {
        if (_entitiesUsed == _entities.Count)
        {
            _entities.Add(new Entity());
        }

        var entity = _entities[_entitiesUsed++];
        entity.Reset(representative);
        return entity;
    }

    /// <summary>Makes every mention free for the next call, and so every entity, which is made of mentions.</summary>
    public void Clear()
    {
        _candidatesUsed = 0;
        ClearEntities();
        Mentions.Clear();
    }

    /// <summary>Makes every entity free for the next resolution of the same mentions.</summary>
    public void ClearEntities()
    {
        _entitiesUsed = 0;
        Entities.Clear();
    }
}
