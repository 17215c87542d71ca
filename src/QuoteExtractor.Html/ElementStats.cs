namespace QuoteExtraction.Html;

/// <summary>
/// The measures of one element that the scoring reads, summed over its kept descendants in one pass
/// over the page, so that no subtree is walked twice.
/// </summary>
internal sealed class ElementStats
{
    /// <summary>The length of its text, each run of spaces between words counted once.</summary>
    public int TextLength;

    /// <summary>The length of its text inside links.</summary>
    public int LinkLength;

    /// <summary>The commas in its text: each one a clause, a sign of prose.</summary>
    public int Commas;

    /// <summary>The length of the text outside its block children (its own paragraph, when it mixes text and blocks).</summary>
    public int InlineLength;

    /// <summary>The commas of that text.</summary>
    public int InlineCommas;

    /// <summary>The <c>p</c> elements inside it.</summary>
    public int Paragraphs;

    /// <summary>The <c>li</c> elements inside it.</summary>
    public int ListItems;

    /// <summary>Its kept child elements.</summary>
    public int Children;

    /// <summary>Whether a child is a block, so that it is a container rather than a paragraph.</summary>
    public bool HasBlockChild;

    /// <summary>What it names when it is hinted as a byline, a dateline or a credit; set aside when short.</summary>
    public BylineKind Byline;

    /// <summary>Whether it was set aside once measured (a short byline or credit), with everything in it.</summary>
    public bool IsSetAside;

    /// <summary>Whether it has been scored as a candidate for the article's container.</summary>
    public bool IsCandidate;

    /// <summary>Its score as a candidate.</summary>
    public double Score;

    /// <summary>The share of its text inside links.</summary>
    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;
}
