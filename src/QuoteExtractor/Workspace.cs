using QuoteExtraction.Attribution;

namespace QuoteExtraction;

/// <summary>
/// The token, segment and mention storage of a call whose result does not keep them, reused by the next call on
/// the same thread so that extracting many articles does not allocate them again and again.
/// </summary>
internal sealed class Workspace
{
    /// <summary>
    /// Lists grown past this many tokens (an article of some five million characters) are dropped after
    /// the call rather than kept for the thread; below it, articles of any size reuse the same memory.
    /// </summary>
    private const int MaxKeptTokens = 1 << 20;

    [ThreadStatic]
    private static Workspace? t_idle;

    public List<Token> Tokens { get; } = new(4096);

    public List<Segment> Paragraphs { get; } = new(64);

    public List<Segment> Sentences { get; } = new(256);

    public MentionStore Mentions { get; } = new();

    /// <summary>This thread's idle workspace, or a new one when it is in use (a call made from inside another).</summary>
    public static Workspace Take()
    {
        var workspace = t_idle ?? new Workspace();
        t_idle = null;
        return workspace;
    }

    /// <summary>Clears <paramref name="workspace"/> and keeps it for the thread's next call, unless it grew too big to keep.</summary>
    public static void Give(Workspace workspace)
    {
        if (workspace.Tokens.Capacity > MaxKeptTokens || !workspace.Mentions.IsWorthKeeping)
        {
            return;
        }

        workspace.Tokens.Clear();
        workspace.Paragraphs.Clear();
        workspace.Sentences.Clear();
        workspace.Mentions.Clear();
        t_idle = workspace;
    }
}
