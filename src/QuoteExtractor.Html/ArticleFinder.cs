using System.Runtime.InteropServices;
using AngleSharp.Dom;

namespace QuoteExtraction.Html;

/// <summary>
/// Finds the article in a page as Mozilla's Readability does: boilerplate is set aside, every paragraph
/// scores its parent and ancestors by its length and commas, each candidate's score is cut by its link
/// density, and the best candidate is kept with those of its siblings that score near it. Each step is
/// one pass over the page or over the candidates, so the time is linear in the page.
/// </summary>
internal sealed class ArticleFinder
{
    /// <summary>How many ancestors a paragraph scores (Readability's value).</summary>
    private const int AncestorLevels = 5;

    /// <summary>How many top candidates are compared to find a common container.</summary>
    private const int TopCandidates = 5;

    /// <summary>How many near-top candidates must share an ancestor for it to become the container.</summary>
    private const int MinimumSharedCandidates = 3;

    /// <summary>The shortest text that scores as a paragraph.</summary>
    public const int MinimumParagraphLength = 25;

    /// <summary>The longest byline or credit, in characters; a longer element is more than a name.</summary>
    private const int MaximumBylineLength = 100;

    /// <summary>The text length under which a reading is tried again without the unlikely hints (Readability's value).</summary>
    private const int ShortArticleLength = 500;

    /// <summary>Commas from which a block is prose and is never cleaned away.</summary>
    private const int ProseCommas = 10;

    private readonly Dictionary<IElement, ElementStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> _order = [];
    private readonly IElement _body;
    private readonly bool _stripUnlikely;

    private ArticleFinder(IElement body, bool stripUnlikely)
    {
        _body = body;
        _stripUnlikely = stripUnlikely;
    }

    /// <summary>The first byline found in the page's text, set aside from the article.</summary>
    public string? Byline { get; private set; }

    /// <summary>
    /// The blocks that hold the article of <paramref name="body"/>, in page order, with the measures of their
    /// elements; empty when no paragraph scores. Elements hinted as unlikely (comments, related stories) are
    /// set aside first; when what is left is shorter than a short article, the hint may have hidden the
    /// article itself (a wrapper named after a menu or a header), so the page is read again with them and
    /// the longer reading wins, as in Readability.
    /// </summary>
    public static ArticleFinder Find(IElement body, out IReadOnlyList<IElement> roots)
    {
        var finder = new ArticleFinder(body, stripUnlikely: true);
        var found = finder.Run();
        int length = finder.LengthOf(found);
        if (length < ShortArticleLength)
        {
            var again = new ArticleFinder(body, stripUnlikely: false);
            var foundAgain = again.Run();
            if (again.LengthOf(foundAgain) > length)
            {
                (finder, found) = (again, foundAgain);
            }
        }

        roots = found;
        return finder;
    }

    private int LengthOf(List<IElement> roots) => roots.Sum(root => _stats[root].TextLength);

    /// <summary>The measures of a kept element, or null when it was set aside as boilerplate.</summary>
    public ElementStats? StatsOf(IElement element) => _stats.GetValueOrDefault(element) is { IsSetAside: false } stats ? stats : null;

    private List<IElement> Run()
    {
        Measure();
        var top = BestCandidate();
        return top is null ? [] : WithSiblings(top);
    }

    /// <summary>
    /// One pass over the page: sets boilerplate aside and sums each kept element's measures. Children are
    /// read by index from their parent's list, since a node's next sibling costs a scan of its parent.
    /// </summary>
    private void Measure()
    {
        var root = new ElementStats();
        _stats[_body] = root;
        _order.Add(_body);
        var frames = new List<Frame> { new(_body, root, _body.ChildNodes) };
        while (frames.Count > 0)
        {
            ref var frame = ref CollectionsMarshal.AsSpan(frames)[^1];
            if (frame.Index == frame.Children.Length)
            {
                var (element, stats) = (frame.Element, frame.Stats);
                frames.RemoveAt(frames.Count - 1);
                if (frames.Count > 0)
                {
                    Exit(element, stats, frames[^1].Stats);
                }

                continue;
            }

            var node = frame.Children[frame.Index++];
            if (node is IElement child)
            {
                if (Enter(child) is { } childStats)
                {
                    frames.Add(new Frame(child, childStats, child.ChildNodes));
                }
            }
            else if (node is IText text)
            {
                AddText(text.Data, frame.Stats);
            }
        }
    }

    private ElementStats? Enter(IElement element)
    {
        if (ElementHints.IsBoilerplate(element) || (_stripUnlikely && ElementHints.IsUnlikely(element)))
        {
            return null;
        }

        // A byline is known to be short only once measured: it is set aside on the way out.
        var stats = new ElementStats { Byline = ElementHints.BylineKindOf(element) };
        _stats[element] = stats;
        _order.Add(element);
        return stats;
    }

    private void Exit(IElement element, ElementStats stats, ElementStats parentStats)
    {
        if (stats.Byline != BylineKind.None && stats.TextLength <= MaximumBylineLength)
        {
            stats.IsSetAside = true;
            if (stats.Byline == BylineKind.Author && Byline is null)
            {
                Byline = PageMetadata.Clean(element.TextContent);
            }

            return;
        }

        var tag = element.LocalName;
        parentStats.TextLength += stats.TextLength;
        parentStats.LinkLength += tag == "a" ? stats.TextLength : stats.LinkLength;
        parentStats.Commas += stats.Commas;
        parentStats.Paragraphs += stats.Paragraphs + (tag == "p" ? 1 : 0);
        parentStats.ListItems += stats.ListItems + (tag == "li" ? 1 : 0);
        parentStats.Children++;
        if (ElementHints.BreaksParagraph(tag))
        {
            parentStats.HasBlockChild = true;
        }

        if (!ElementHints.IsBlock(tag))
        {
            parentStats.InlineLength += stats.TextLength;
            parentStats.InlineCommas += stats.Commas;
        }
    }

    /// <summary>Adds a text node's length (each run of spaces between words counted once) and commas.</summary>
    private static void AddText(string data, ElementStats stats)
    {
        int length = 0;
        int commas = 0;
        bool space = false;
        foreach (char c in data)
        {
            if (ArticleText.IsSpace(c))
            {
                space = true;
                continue;
            }

            // A run of spaces counts once, and only between words: the spaces that lay out blocks count nothing.
            length += space && length > 0 ? 2 : 1;
            space = false;
            if (c is ',' or '\u060C' or '\uFE50' or '\uFE10' or '\uFE11' or '\u2E41' or '\u2E34' or '\u2E32' or '\uFF0C')
            {
                commas++;
            }
        }

        stats.TextLength += length;
        stats.InlineLength += length;
        stats.Commas += commas;
        stats.InlineCommas += commas;
    }

    /// <summary>Scores every paragraph into its ancestors and returns the best container, or null.</summary>
    private IElement? BestCandidate()
    {
        var candidates = new List<IElement>();
        foreach (var element in _order)
        {
            var stats = _stats[element];
            if (stats.IsSetAside)
            {
                continue;
            }

            var tag = element.LocalName;
            if (tag is "p" or "pre" or "td" or "h2" or "h3" or "h4" or "h5" or "h6" || (tag == "div" && !stats.HasBlockChild))
            {
                ScoreParagraph(stats.TextLength, stats.Commas, ParagraphParent(element), candidates);
            }
            else if (tag is "div" or "section" or "article" && stats.InlineLength > 0)
            {
                // Text between the blocks of a container is a paragraph of its own.
                ScoreParagraph(stats.InlineLength, stats.InlineCommas, element, candidates);
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            var stats = _stats[candidate];
            stats.Score *= 1 - stats.LinkDensity;
        }

        candidates.Sort((a, b) => _stats[b].Score.CompareTo(_stats[a].Score));
        var top = candidates.FirstOrDefault(candidate => !IsSetAside(candidate));
        if (top is null)
        {
            return null;
        }

        top = CommonContainer(top, candidates);
        top = BetterParent(top);
        while (top.ParentElement is { } parent && parent != _body && _stats.TryGetValue(parent, out var parentStats) && parentStats.Children == 1)
        {
            top = parent;
        }

        return top;
    }

    /// <summary>Whether an element lies inside a byline or credit set aside (the paragraphs of one score no further than it).</summary>
    private bool IsSetAside(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null && _stats.TryGetValue(parent, out var stats); parent = parent.ParentElement)
        {
            if (stats.IsSetAside)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The element a paragraph scores first: its parent, or its grandparent when the parent only wraps it.</summary>
    private IElement? ParagraphParent(IElement paragraph)
    {
        var parent = paragraph.ParentElement;
        if (parent is not null && parent != _body && parent.LocalName == "div" && _stats.TryGetValue(parent, out var stats)
            && stats.Children == 1 && stats.InlineLength == 0)
        {
            return parent.ParentElement;
        }

        return parent;
    }

    private void ScoreParagraph(int length, int commas, IElement? parent, List<IElement> candidates)
    {
        if (length < MinimumParagraphLength || parent is null)
        {
            return;
        }

        double score = 1 + commas + Math.Min(length / 100, 3);
        var ancestor = parent;
        for (int level = 0; level < AncestorLevels && ancestor is not null; level++)
        {
            if (!_stats.TryGetValue(ancestor, out var stats) || stats.IsSetAside)
            {
                return;
            }

            if (!stats.IsCandidate)
            {
                stats.IsCandidate = true;
                stats.Score = ElementHints.TagWeight(ancestor.LocalName) + ElementHints.ClassWeight(ancestor);
                candidates.Add(ancestor);
            }

            stats.Score += level switch
            {
                0 => score,
                1 => score / 2,
                _ => score / (level * 3),
            };
            if (ancestor == _body)
            {
                return;
            }

            ancestor = ancestor.ParentElement;
        }
    }

    /// <summary>
    /// When several candidates score near the top one, the article is split among them (a page of
    /// sections): their closest common ancestor shared by enough of them is the container.
    /// </summary>
    private IElement CommonContainer(IElement top, List<IElement> sorted)
    {
        double topScore = _stats[top].Score;
        var alternatives = new List<IElement>();
        for (int i = 1; i < Math.Min(TopCandidates, sorted.Count); i++)
        {
            if (_stats[sorted[i]].Score >= 0.75 * topScore)
            {
                alternatives.Add(sorted[i]);
            }
        }

        if (alternatives.Count < MinimumSharedCandidates)
        {
            return top;
        }

        for (var parent = top.ParentElement; parent is not null && parent != _body; parent = parent.ParentElement)
        {
            if (alternatives.Count(alternative => IsAncestor(parent, alternative)) >= MinimumSharedCandidates)
            {
                var stats = _stats[parent];
                if (!stats.IsCandidate)
                {
                    stats.IsCandidate = true;
                    stats.Score = ElementHints.TagWeight(parent.LocalName) + ElementHints.ClassWeight(parent);
                }

                return parent;
            }
        }

        return top;
    }

    private static bool IsAncestor(IElement ancestor, IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Climbs to a parent that scores higher than the candidate below it, while the scores stay within a third of the top.</summary>
    private IElement BetterParent(IElement top)
    {
        double lastScore = _stats[top].Score;
        double threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != _body; parent = parent.ParentElement)
        {
            if (!_stats.TryGetValue(parent, out var stats) || !stats.IsCandidate)
            {
                continue;
            }

            if (stats.Score < threshold)
            {
                break;
            }

            if (stats.Score > lastScore)
            {
                return parent;
            }

            lastScore = stats.Score;
        }

        return top;
    }

    /// <summary>The container and those of its siblings that belong to the article: candidates scoring near it, and plain paragraphs of prose.</summary>
    private List<IElement> WithSiblings(IElement top)
    {
        var parent = top.ParentElement;
        if (top == _body || parent is null || !_stats.ContainsKey(parent))
        {
            return [top];
        }

        var topStats = _stats[top];
        double threshold = Math.Max(10, topStats.Score * 0.2);
        var roots = new List<IElement>();
        foreach (var node in parent.ChildNodes)
        {
            if (node is not IElement sibling || StatsOf(sibling) is not { } stats)
            {
                continue;
            }

            if (sibling == top || IsArticleSibling(sibling, stats, top, topStats, threshold))
            {
                roots.Add(sibling);
            }
        }

        return roots;
    }

    private static bool IsArticleSibling(IElement sibling, ElementStats stats, IElement top, ElementStats topStats, double threshold)
    {
        double bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topStats.Score * 0.2 : 0;
        // A sibling mostly of links is a list of story cards or related links, however many there are.
        if (stats.IsCandidate && stats.Score + bonus >= threshold && stats.LinkDensity < 0.25)
        {
            return true;
        }

        if (sibling.LocalName != "p" && !(sibling.LocalName == "div" && !stats.HasBlockChild))
        {
            return false;
        }

        if (stats.TextLength > 80)
        {
            return stats.LinkDensity < 0.25;
        }

        return stats.TextLength > 0 && stats.LinkLength == 0 && EndsSentence(sibling.TextContent);
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Contains(". ", StringComparison.Ordinal) || trimmed.EndsWith('.');
    }

    /// <summary>
    /// Whether a block inside the article is boilerplate after all (Readability's conditional cleaning):
    /// a share bar, a heading hinted as boilerplate, a story card, or a list, table, form or division of
    /// links, or with more list items than paragraphs, unless it reads as prose.
    /// </summary>
    public static bool IsBoilerplateInArticle(IElement element, ElementStats stats)
    {
        var tag = element.LocalName;
        if (stats.TextLength < 500 && ElementHints.IsShareWidget(element))
        {
            return true;
        }

        if (tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            return ElementHints.ClassWeight(element) < 0;
        }

        // An article inside the article, with a link and one paragraph at most, is a story card: a linked headline and a summary.
        if (tag == "article")
        {
            return stats.LinkLength > 0 && stats.Paragraphs <= 1;
        }

        if (tag is not ("div" or "section" or "ul" or "ol" or "table" or "form" or "fieldset"))
        {
            return false;
        }

        int weight = ElementHints.ClassWeight(element);
        if (weight + (stats.IsCandidate ? stats.Score : 0) < 0)
        {
            return true;
        }

        if (stats.Commas >= ProseCommas)
        {
            return false;
        }

        bool isList = tag is "ul" or "ol";
        double linkDensity = stats.LinkDensity;
        return (!isList && stats.ListItems - 100 > stats.Paragraphs)
            || (!isList && stats.TextLength < MinimumParagraphLength && linkDensity > 0)
            || (!isList && weight < 25 && linkDensity > 0.2)
            || (weight >= 25 && linkDensity > 0.5)
            || (isList && stats.ListItems > 1 && linkDensity > 0.5);
    }

    /// <summary>An element being walked: its measures, its children and the next child to read.</summary>
    private struct Frame(IElement element, ElementStats stats, INodeList children)
    {
        /// <summary>The element.</summary>
        public readonly IElement Element = element;

        /// <summary>Its measures.</summary>
        public readonly ElementStats Stats = stats;

        /// <summary>Its child nodes.</summary>
        public readonly INodeList Children = children;

        /// <summary>The next child to read.</summary>
        public int Index;
    }
}
