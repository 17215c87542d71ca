using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace QuoteExtraction.Html;

/// <summary>
/// What a page says about its article, from JSON-LD first (the publisher's own structured data), then
/// Open Graph, Dublin Core and plain meta tags, then the page's <c>title</c>.
/// </summary>
internal sealed class PageMetadata
{
    private static readonly string[] s_titleKeys = ["og:title", "twitter:title", "dc.title", "title"];
    private static readonly string[] s_bylineKeys = ["author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"];
    private static readonly string[] s_publishedKeys = ["article:published_time", "og:published_time", "datepublished", "dc.date.issued", "dc.date", "pubdate", "publishdate", "date", "parsely-pub-date", "sailthru.date"];
    private static readonly string[] s_siteNameKeys = ["og:site_name", "application-name"];

    /// <summary>The article's title, or null.</summary>
    public string? Title { get; set; }

    /// <summary>The article's author or authors, or null.</summary>
    public string? Byline { get; set; }

    /// <summary>The publication date, or null.</summary>
    public DateTimeOffset? Published { get; set; }

    /// <summary>The publication's name, or null.</summary>
    public string? SiteName { get; set; }

    /// <summary>Reads the metadata of <paramref name="document"/>; call before any script is set aside, since JSON-LD lives in one.</summary>
    public static PageMetadata Read(IDocument document)
    {
        var metadata = new PageMetadata();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            metadata.ReadJsonLd(script.TextContent);
        }

        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = element.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                // One property attribute may hold several names ("og:title twitter:title").
                foreach (var name in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    meta.TryAdd(name, content.Trim());
                }
            }
        }

        metadata.Title ??= First(meta, s_titleKeys) ?? Clean(document.Title);
        metadata.Byline ??= First(meta, s_bylineKeys, value => !value.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        metadata.Published ??= ParseDate(First(meta, s_publishedKeys, value => ParseDate(value) is not null))
            ?? ParseDate(document.QuerySelector("time[pubdate], time[itemprop='datePublished']")?.GetAttribute("datetime"));
        metadata.SiteName ??= First(meta, s_siteNameKeys);
        return metadata;
    }

    private static string? First(Dictionary<string, string> meta, string[] keys, Func<string, bool>? accept = null)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value) && (accept is null || accept(value)))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Reads one JSON-LD block; the first article object found (also inside <c>@graph</c> or an array) fills what is still missing.</summary>
    private void ReadJsonLd(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            ReadJsonLdNode(document.RootElement, depth: 0);
        }
        catch (JsonException)
        {
            // Broken structured data is common; the meta tags still tell.
        }
    }

    private void ReadJsonLdNode(JsonElement node, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                ReadJsonLdNode(item, depth + 1);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (node.TryGetProperty("@graph", out var graph))
        {
            ReadJsonLdNode(graph, depth + 1);
        }

        if (!IsArticleType(node))
        {
            return;
        }

        Title ??= Clean(StringOf(node, "headline") ?? StringOf(node, "name"));
        Byline ??= node.TryGetProperty("author", out var author) ? Names(author) : null;
        Published ??= ParseDate(StringOf(node, "datePublished") ?? StringOf(node, "dateCreated"));
        SiteName ??= node.TryGetProperty("publisher", out var publisher) ? Names(publisher) : null;
    }

    /// <summary>Whether a JSON-LD object is an article (<c>Article</c>, <c>NewsArticle</c>, <c>BlogPosting</c>, <c>ReportageNewsArticle</c>...).</summary>
    private static bool IsArticleType(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return IsArticleTypeName(type.GetString());
        }

        return type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString()));
    }

    private static bool IsArticleTypeName(string? name) =>
        name is not null && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "Report" or "LiveBlogPosting");

    private static string? StringOf(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The names of a person or organization, a list of them, or a plain string, joined with commas.</summary>
    private static string? Names(JsonElement value)
    {
        var names = value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()],
            JsonValueKind.Object => [StringOf(value, "name")],
            JsonValueKind.Array => value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : item.ValueKind == JsonValueKind.Object ? StringOf(item, "name") : null),
            _ => Array.Empty<string?>(),
        };
        var joined = string.Join(", ", names.Select(Clean).Where(name => name is not null));
        return joined.Length == 0 ? null : joined;
    }

    private static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    /// <summary>A value with its spaces collapsed, or null when nothing is left.</summary>
    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
