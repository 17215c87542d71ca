using System.Text;
using AngleSharp.Html.Parser;

namespace QuoteExtraction.Html;

/// <summary>
/// Reads the article a person reads from an HTML page, as a browser's reader mode does (Mozilla's
/// Readability): the main text, one paragraph per block, without navigation, related stories, story
/// cards, comments, share bars, figures, captions and bylines, with the page's title, byline,
/// publication date and site name. Pass <see cref="HtmlArticle.Text"/> to QuoteExtractor: the quote
/// offsets then point into that text. Thread-safe; the time is linear in the page.
/// </summary>
public static class HtmlArticleReader
{
    static HtmlArticleReader()
    {
        // Pages declare legacy encodings (windows-1252, ISO-8859-x, Shift_JIS...): .NET has them only through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Reads the article of a page already decoded to a string.</summary>
    /// <param name="html">The page's HTML; malformed HTML is read as a browser reads it.</param>
    /// <returns>The article, or a result whose <see cref="HtmlArticle.Found"/> is false when the page holds no article text.</returns>
    public static HtmlArticle Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Read(new HtmlParser().ParseDocument(html), html.Length);
    }

    /// <summary>
    /// Reads the article of a page as bytes, decoded as the page says: a byte order mark, else a
    /// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration, else UTF-8.
    /// </summary>
    /// <param name="stream">The page's bytes, as saved or downloaded; left open.</param>
    /// <returns>The article, or a result whose <see cref="HtmlArticle.Found"/> is false when the page holds no article text.</returns>
    public static HtmlArticle Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        int capacity = stream.CanSeek ? (int)Math.Min(stream.Length - stream.Position, int.MaxValue / 2) : 1 << 16;
        return Read(new HtmlParser().ParseDocument(stream), capacity);
    }

    private static HtmlArticle Read(AngleSharp.Html.Dom.IHtmlDocument document, int htmlLength)
    {
        var metadata = PageMetadata.Read(document);
        if (document.Body is not { } body)
        {
            return HtmlArticle.NotFound;
        }

        var finder = ArticleFinder.Find(body, out var roots);
        metadata.Byline ??= finder.Byline;
        var text = roots.Count == 0 ? string.Empty : ArticleText.Write(roots, finder, Math.Max(16, htmlLength / 8));
        return HasParagraph(text) ? new HtmlArticle(text, metadata) : HtmlArticle.NotFound;
    }

    /// <summary>Whether the text holds one paragraph at least as long as a scored one: a site name, a menu's last links or a form's labels are no article.</summary>
    private static bool HasParagraph(string text)
    {
        for (int start = 0; start < text.Length;)
        {
            int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            if (end - start >= ArticleFinder.MinimumParagraphLength)
            {
                return true;
            }

            start = end + 2;
        }

        return false;
    }
}
