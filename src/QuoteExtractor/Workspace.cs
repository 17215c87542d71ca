using QuoteExtraction.Attribution;
using QuoteExtraction.Quotes;

namespace QuoteExtraction;

/// <summary>
/// The token, segment, quote and mention storage of a call. When the result does not keep them, the
/// thread's next call reuses them, so that extracting many articles does not allocate them again and again.
/// </summary>
internal sealed class Workspace
{
    /// <summary>The entries an index keeps room for between calls: an article has a few hundred.</summary>
    private const int MaxKeptIndexEntries = 4096;

    /// <summary>
    /// Lists grown past this many tokens (an article of some five million characters) are kept for the
    /// thread only through a weak reference, so that one huge article does not pin its memory for good.
    /// </summary>
    private const int MaxKeptTokens = 1 << 20;

    [ThreadStatic]
    private static Workspace? t_idle;

    // A huge article's workspace: the next call reuses it unless a full collection ran in between and
    // reclaimed it. Allocating it again costs more than the work on the tokens (page faults, zeroing,
    // and the collections that the fresh memory brings on).
    [ThreadStatic]
    private static WeakReference<Workspace>? t_idleLarge;

    /// <summary>A workspace whose token list starts with room for <paramref name="tokenCapacity"/> tokens.</summary>
    public Workspace(int tokenCapacity = 4096)
    {
        Tokens = new(tokenCapacity);
    }

    /// <summary>The tokenizer's output (<see cref="Document.Tokens"/>).</summary>
    public List<Token> Tokens { get; }

    /// <summary>The segmenter's paragraphs (<see cref="Document.Paragraphs"/>).</summary>
    public List<Segment> Paragraphs { get; } = [];

    /// <summary>The segmenter's sentences (<see cref="Document.Sentences"/>).</summary>
    public List<Segment> Sentences { get; } = [];

    /// <summary>The quote scanner's paired marks, before it drafts the quotes.</summary>
    public PairingResult Pairing { get; } = new();

    /// <summary>The quote scanner's output (<see cref="Document.Quotes"/>).</summary>
    public List<ScannedQuote> Quotes { get; } = [];

    /// <summary>The mentions and entities (<see cref="Document.Mentions"/>, <see cref="Document.Entities"/>).</summary>
    public MentionStore Mentions { get; } = new();

    /// <summary>The entity resolver's indexes.</summary>
    public EntityIndex Entities { get; } = new();

    /// <summary>The short texts of the results.</summary>
    public SharedTexts Texts { get; } = new();

    /// <summary>About how many tokens a text of <paramref name="textLength"/> characters has (news averages over five characters a token).</summary>
    public static int ExpectedTokens(int textLength) => textLength / 5 + 4;

    /// <summary>
    /// This thread's idle workspace (for a huge text, the huge one it may still hold), or a new one when
    /// it is in use (a call made from inside another),
    /// with room for the tokens of a text of <paramref name="textLength"/> characters: a long article's
    /// token list is allocated once rather than grown and copied a dozen times.
    /// </summary>
    public static Workspace Take(int textLength)
    {
        // Only a huge text takes the huge workspace: clearing its big indexes would slow every small call.
        Workspace? workspace = null;
        if (ExpectedTokens(textLength) > MaxKeptTokens && t_idleLarge is { } large)
        {
            large.TryGetTarget(out workspace);
            t_idleLarge = null;
        }

        if (workspace is null)
        {
            workspace = t_idle ?? new Workspace();
            t_idle = null;
        }

        workspace.Tokens.EnsureCapacity(ExpectedTokens(textLength));
        return workspace;
    }

    /// <summary>Clears <paramref name="workspace"/> and keeps it for the thread's next call, weakly when it grew big.</summary>
    public static void Give(Workspace workspace)
    {
        workspace.Tokens.Clear();
        workspace.Paragraphs.Clear();
        workspace.Sentences.Clear();
        workspace.Mentions.Clear();
        workspace.Entities.Clear();
        workspace.Texts.Clear();
        workspace.Pairing.Clear();
        workspace.Quotes.Clear();
        if (workspace.Tokens.Capacity > MaxKeptTokens || workspace.Quotes.Capacity > MaxKeptTokens / 8 || !workspace.Mentions.IsSmallEnoughToPin)
        {
            t_idleLarge = new WeakReference<Workspace>(workspace);
        }
        else
        {
            t_idle = workspace;
        }
    }

    /// <summary>Empties an index; clearing costs its capacity, not its count, so one a long article grew is shrunk too.</summary>
    public static void ClearIndex<TKey, TValue>(Dictionary<TKey, TValue> index)
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
