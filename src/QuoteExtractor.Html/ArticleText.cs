using System.Text;
using AngleSharp.Dom;

namespace QuoteExtraction.Html;

/// <summary>
/// Writes the article's blocks as text: one paragraph per block element (and per line break), separated by
/// a blank line, each run of HTML white space one space. Non-breaking spaces are kept, since French
/// typography puts them inside quotation marks.
/// </summary>
internal sealed class ArticleText
{
    private readonly StringBuilder _text;
    private bool _space;
    private bool _block;

    private ArticleText(int capacity) => _text = new StringBuilder(capacity);

    /// <summary>Whether <paramref name="c"/> is HTML white space.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>The text of <paramref name="roots"/> without what <paramref name="finder"/> set aside or finds to be boilerplate inside the article.</summary>
    public static string Write(IReadOnlyList<IElement> roots, ArticleFinder finder, int capacity)
    {
        var writer = new ArticleText(capacity);
        foreach (var root in roots)
        {
            writer.WriteRoot(root, finder);
        }

        return writer._text.ToString();
    }

    private void WriteRoot(IElement root, ArticleFinder finder)
    {
        Block();
        var frames = new Stack<(INodeList Children, int Index, bool Block)>();
        frames.Push((root.ChildNodes, 0, true));
        while (frames.TryPop(out var frame))
        {
            if (frame.Index == frame.Children.Length)
            {
                if (frame.Block)
                {
                    Block();
                }

                continue;
            }

            var node = frame.Children[frame.Index];
            frames.Push((frame.Children, frame.Index + 1, frame.Block));
            if (node is IText text)
            {
                Write(text.Data);
            }
            else if (node is IElement element && finder.StatsOf(element) is { } stats && !ArticleFinder.IsBoilerplateInArticle(element, stats))
            {
                bool block = element.LocalName == "br" || ElementHints.IsBlock(element.LocalName);
                if (block)
                {
                    Block();
                }

                frames.Push((element.ChildNodes, 0, block));
            }
        }
    }

    private void Block()
    {
        _block = true;
        _space = false;
    }

    private void Write(string data)
    {
        var rest = data.AsSpan();
        while (rest.Length > 0)
        {
            int start = 0;
            while (start < rest.Length && IsSpace(rest[start]))
            {
                start++;
            }

            if (start > 0)
            {
                _space = true;
                rest = rest[start..];
                continue;
            }

            int end = 1;
            while (end < rest.Length && !IsSpace(rest[end]))
            {
                end++;
            }

            if (_text.Length > 0 && _block)
            {
                _text.Append("\n\n");
            }
            else if (_text.Length > 0 && _space && !_block)
            {
                _text.Append(' ');
            }

            _block = false;
            _space = false;
            _text.Append(rest[..end]);
            rest = rest[end..];
        }
    }
}
