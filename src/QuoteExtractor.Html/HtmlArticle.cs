namespace QuoteExtraction.Html;

/// <summary>
/// The article read from an HTML page: its text, one paragraph per block separated by a blank line,
/// and what the page says about it. A page without article text gives <see cref="Found"/> false and
/// an empty <see cref="Text"/>, so that an empty success is never mistaken for an article.
/// </summary>
public sealed class HtmlArticle
{
    internal static readonly HtmlArticle NotFound = new(string.Empty, new PageMetadata());

    internal HtmlArticle(string text, PageMetadata metadata)
    {
        Text = text;
        Title = metadata.Title;
        Byline = metadata.Byline;
        Published = metadata.Published;
        SiteName = metadata.SiteName;
    }

    /// <summary>Whether the page holds article text; false for a page of links, forms or nothing.</summary>
    public bool Found => Text.Length != 0;

    /// <summary>
    /// The article's headings and paragraphs in page order, one per block, separated by a blank line
    /// (<c>"\n\n"</c>), spaces collapsed; empty when <see cref="Found"/> is false. Quote offsets from
    /// QuoteExtractor point into this string.
    /// </summary>
    public string Text { get; }

    /// <summary>The article's title (Open Graph, JSON-LD <c>headline</c>, else the page title), or null.</summary>
    public string? Title { get; }

    /// <summary>Who wrote the article (JSON-LD <c>author</c>, the author meta tag, else the page's byline), or null.</summary>
    public string? Byline { get; }

    /// <summary>When the article was published (JSON-LD <c>datePublished</c>, <c>article:published_time</c> and similar meta tags), or null.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>The publication's name (<c>og:site_name</c>, JSON-LD <c>publisher</c>), or null.</summary>
    public string? SiteName { get; }
}
