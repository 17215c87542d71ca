namespace QuoteExtraction.Attribution;

/// <summary>
/// The mention candidates and entities of one call, kept for the next call on the same thread: an
/// article has a hundred of each, and allocating them anew for every article is most of the
/// attribution stage's memory traffic. Nothing in here outlives the call that fills it.
/// </summary>
internal sealed class MentionStore
{
    /// <summary>Stores that grew past this many candidates are kept only weakly: a huge article should not pin its memory.</summary>
    private const int MaxKeptCandidates = 1 << 17;

    /// <summary>The entries an index keeps room for between calls: an article has a few hundred.</summary>
    private const int MaxKeptIndexEntries = 4096;

    private readonly List<MentionCandidate> _candidates = [];
    private readonly List<Entity> _entities = [];
    private readonly List<List<int>> _entityLists = [];
    private int _candidatesUsed;
    private int _entitiesUsed;
    private int _entityListsUsed;

    /// <summary>The mentions of the current call, in text order.</summary>
    public List<MentionCandidate> Mentions { get; } = [];

    /// <summary>The entities of the current call; an entity's index is its position here.</summary>
    public List<Entity> Entities { get; } = [];

    public MentionStore()
    {
        BySurname = new(Keys);
        Organizations = new(Keys);
        Groups = new(Keys);
    }

    /// <summary>How the keys of the indexes below compare: by their characters in <see cref="TextSpanComparer.Text"/>.</summary>
    public TextSpanComparer Keys { get; } = new();

    /// <summary>Entities by surname (see <see cref="EntityResolver"/>).</summary>
    public Dictionary<TextSpan, List<int>> BySurname { get; }

    /// <summary>Organizations by their words (see <see cref="EntityResolver"/>).</summary>
    public Dictionary<TextSpan, int> Organizations { get; }

    /// <summary>Groups by their words (see <see cref="EntityResolver"/>).</summary>
    public Dictionary<TextSpan, int> Groups { get; }

    /// <summary>A bit for each entity that has a title (bit e % 64 of item e / 64), for descriptions to skip the others (see <see cref="EntityResolver"/>).</summary>
    public List<ulong> TitledEntityBits { get; } = [];

    /// <summary>
    /// For each titled entity, a bit for each word of its title (see <see cref="EntityResolver"/>), so that a
    /// description is compared with the words of a title only when it may have them all.
    /// </summary>
    public List<ulong> TitleWordBits { get; } = [];

    /// <summary>The short texts of the call's results, each kept once (see <see cref="Attributor"/>).</summary>
    public Dictionary<string, string> SharedTexts { get; } = new(StringComparer.Ordinal);

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

    /// <summary>An empty list of entity indexes, reused when an earlier call left one.</summary>
    public List<int> NewEntityList()
    {
        if (_entityListsUsed == _entityLists.Count)
        {
            _entityLists.Add([]);
        }

        var list = _entityLists[_entityListsUsed++];
        list.Clear();
        return list;
    }

    /// <summary>Makes everything handed out so far free for the next call.</summary>
    public void Clear()
    {
        _candidatesUsed = 0;
        _entitiesUsed = 0;
        _entityListsUsed = 0;
        Mentions.Clear();
        Entities.Clear();
        TitledEntityBits.Clear();
        TitleWordBits.Clear();
        ClearIndex(BySurname);
        ClearIndex(Organizations);
        ClearIndex(Groups);
        ClearIndex(SharedTexts);
        Keys.Text = string.Empty;
    }

    /// <summary>Empties an index; clearing costs its capacity, not its count, so one a long article grew is shrunk too.</summary>
    private static void ClearIndex<TKey, TValue>(Dictionary<TKey, TValue> index)
        where TKey : notnull
    {
        bool large = index.Count > MaxKeptIndexEntries;
        index.Clear();
        if (large)
        {
            index.TrimExcess(MaxKeptIndexEntries);
        }
    }
}
