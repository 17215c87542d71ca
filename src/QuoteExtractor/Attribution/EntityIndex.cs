namespace QuoteExtraction.Attribution;

/// <summary>
/// The indexes through which <see cref="EntityResolver"/> finds the entity a mention refers to, so that
/// merging costs the same for every mention. Kept for the thread's next call like the rest of the
/// workspace; the keys are spans of the current call's text.
/// </summary>
internal sealed class EntityIndex
{
    private readonly List<List<int>> _entityLists = [];
    private int _entityListsUsed;

    /// <summary>Empty indexes.</summary>
    public EntityIndex()
    {
        BySurname = new(Keys);
        Organizations = new(Keys);
        Groups = new(Keys);
    }

    /// <summary>How the keys of the indexes below compare: by their characters in <see cref="TextSpanComparer.Text"/>.</summary>
    public TextSpanComparer Keys { get; } = new();

    /// <summary>Entities by surname, each list the latest mentioned last.</summary>
    public Dictionary<TextSpan, List<int>> BySurname { get; }

    /// <summary>Organizations by their words.</summary>
    public Dictionary<TextSpan, int> Organizations { get; }

    /// <summary>Groups by their words.</summary>
    public Dictionary<TextSpan, int> Groups { get; }

    /// <summary>A bit for each entity that has a title (bit e % 64 of item e / 64), for descriptions to skip the others.</summary>
    public List<ulong> TitledEntityBits { get; } = [];

    /// <summary>
    /// For each titled entity, a bit for each word of its title, so that a description is compared with
    /// the words of a title only when it may have them all.
    /// </summary>
    public List<ulong> TitleWordBits { get; } = [];

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

    /// <summary>Empties the indexes for a call on <paramref name="text"/>.</summary>
    public void Reset(string text)
    {
        _entityListsUsed = 0;
        TitledEntityBits.Clear();
        TitleWordBits.Clear();
        Workspace.ClearIndex(BySurname);
        Workspace.ClearIndex(Organizations);
        Workspace.ClearIndex(Groups);
        Keys.Text = text;
    }

    /// <summary>Forgets the text, so that an idle index does not keep the last article alive.</summary>
    public void Clear() => Reset(string.Empty);
}
