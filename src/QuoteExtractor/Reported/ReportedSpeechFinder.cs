using System.Collections.Immutable;
using QuoteExtraction.Attribution;

namespace QuoteExtraction.Reported;

/// <summary>
/// Finds reported speech (<c>Jane Roe said that the talks would go on</c>, <c>Selon le ministre, …</c>): one pass over
/// the sentences, each read by the patterns of each construction, most reliable first, the first that finds a
/// construction deciding. A content clause that holds a quotation mark gives none: its quoted words are a quote
/// already, and the attribution around them is that quote's.
/// </summary>
internal sealed class ReportedSpeechFinder
{
    /// <summary>The fewest words a content clause has: fewer are rather an object (<c>said so</c>, <c>said nothing</c>).</summary>
    private const int MinContentWords = 3;

    /// <summary>The patterns, in the order they are tried on a sentence.</summary>
    private static readonly ImmutableArray<IReportedPattern> s_patterns =
        [new ComplementClausePattern(), new SourceMarkerPattern(), new InvertedCuePattern(), new BareClausePattern()];

    private readonly AttributionContext _context;
    private readonly List<ReportedQuote> _found = [];
    private int _nextSentence;

    /// <summary>A finder over the sentences of <paramref name="context"/>'s document, from its first.</summary>
    public ReportedSpeechFinder(AttributionContext context) => _context = context;

    /// <summary>The reported speech found so far, in text order.</summary>
    public List<ReportedQuote> Found => _found;

    /// <summary>
    /// Reads the sentences not read yet that end at or before token <paramref name="end"/>: the attributor calls it before
    /// each quote, so that the pronouns of a sentence are resolved knowing the quotes before it, as a quote's are.
    /// </summary>
    public void ReadUpTo(int end)
    {
        var sentences = _context.Sentences;
        for (; _nextSentence < sentences.Count && sentences[_nextSentence].EndToken <= end; _nextSentence++)
        {
            foreach (var pattern in s_patterns)
            {
                if (pattern.Find(_context, sentences[_nextSentence]) is { } found)
                {
                    _found.Add(found);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The content of the tokens <c>[first, end)</c>, past the punctuation that ends it, or null when it holds a
    /// quotation mark or a quoted word, or has fewer than <see cref="MinContentWords"/> words.
    /// </summary>
    public static TextSpan? Content(AttributionContext context, int first, int end)
    {
        var tokens = context.Tokens;
        while (end > first && tokens[end - 1].Kind is TokenKind.Punctuation)
        {
            end--;
        }

        int words = 0;
        for (int k = first; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark || context.IsInsideQuote(k))
            {
                return null;
            }

            words += tokens[k].Kind == TokenKind.Word ? 1 : 0;
        }

        return words >= MinContentWords ? TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End) : null;
    }

    /// <summary>
    /// The end of the clause that starts at <paramref name="first"/> in <paramref name="sentence"/>: a semicolon, or the
    /// sentence's end.
    /// </summary>
    public static int ClauseEnd(AttributionContext context, Segment sentence, int first)
    {
        for (int k = first; k < sentence.EndToken; k++)
        {
            if (context.IsText(k, ";"))
            {
                return k;
            }
        }

        return sentence.EndToken;
    }

    /// <summary>The reported quote of the tokens <c>[first, end)</c> said by <paramref name="mention"/> with the cue <c>[cueFirst, cueEnd)</c>, or null.</summary>
    public static ReportedQuote? Report(AttributionContext context, int first, int end, int mention, int cueFirst, int cueEnd, AttributionRule rule) =>
        Content(context, first, end) is { } span && context.Propose(mention, cueFirst, cueEnd, rule) is { } attribution
            ? new ReportedQuote(span, attribution)
            : null;
}
