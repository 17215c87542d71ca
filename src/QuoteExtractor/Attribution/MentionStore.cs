namespace QuoteExtraction.Attribution;

/// <summary>
/// The mentions and entities of one call, and the objects behind them, kept for the next call on the
/// same thread: an article has a hundred of each, and allocating them anew for every article is most
/// of the attribution stage's memory traffic. Nothing in here outlives the call that fills it.
/// </summary>
internal sealed class MentionStore
{
    /// <summary>Stores that grew past this many candidates are kept only weakly: a huge article should not pin its memory.</summary>
    private const int MaxKeptCandidates = 1 << 17;

    private readonly List<MentionCandidate> _candidates = [];
    private readonly List<Entity> _entities = [];
    private int _candidatesUsed;
    private int _entitiesUsed;

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
