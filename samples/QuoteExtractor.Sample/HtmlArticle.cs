using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace QuoteExtraction.Sample;

/// <summary>
/// The article text of an HTML page (a file or a page saved from a browser): the <c>article</c> element,
/// else <c>main</c>, else the body, without scripts, styles, navigation, forms, headers and footers;
/// each block element becomes a paragraph. Quote offsets then point into this text, not into the HTML
/// source, and <see cref="QuoteExtraction.Quote.Text"/> carries the words themselves.
/// </summary>
internal static class HtmlArticle
{
    private static readonly HashSet<string> s_skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select", "svg", "iframe", "head",
    };

    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "td", "th", "dd", "dt", "br", "hr", "tr",
    };

    /// <summary>Whether <paramref name="path"/> names an HTML file.</summary>
    public static bool IsHtmlFile(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>The article text of <paramref name="html"/>.</summary>
    public static string Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = (INode?)document.QuerySelector("article") ?? (INode?)document.QuerySelector("main") ?? document.Body ?? (INode)document;
        var builder = new StringBuilder(html.Length / 2);
        Append(root, builder);
        return Tidy(builder);
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement element when s_skipped.Contains(element.LocalName):
                    break;
                case IElement element:
                    bool block = s_blocks.Contains(element.LocalName);
                    if (block)
                    {
                        builder.Append("\n\n");
                    }

                    Append(element, builder);
                    if (block)
                    {
                        builder.Append("\n\n");
                    }

                    break;
            }
        }
    }

    /// <summary>Collapses runs of spaces inside paragraphs and keeps one blank line between paragraphs.</summary>
    private static string Tidy(StringBuilder builder)
    {
        var paragraphs = builder.ToString().Split("\n\n")
            .Select(paragraph => string.Join(' ', paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(paragraph => paragraph.Length > 0);
        return string.Join("\n\n", paragraphs);
    }
}
