using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace QuoteExtraction.Html;

/// <summary>
/// What an element's tag, <c>class</c>, <c>id</c> and <c>role</c> say about it, with the hints of
/// Mozilla's Readability: words that mark boilerplate (comments, related stories, share bars, ads)
/// or content (article, story, post).
/// </summary>
internal static partial class ElementHints
{
    /// <summary>Tags never part of the text a person reads: code, media, controls, navigation, asides, page footers, figures and their captions.</summary>
    private static readonly HashSet<string> s_boilerplateTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "picture",
        "img", "button", "select", "input", "textarea", "nav", "aside", "footer", "figure", "figcaption", "dialog", "menu", "link", "meta",
    };

    /// <summary>Roles of landmarks and widgets outside the article.</summary>
    private static readonly HashSet<string> s_boilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search",
    };

    /// <summary>Tags that start a block of their own: a paragraph in the text.</summary>
    private static readonly HashSet<string> s_blockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul",
    };

    /// <summary>Tags whose presence in a <c>div</c> makes it a container rather than a paragraph (Readability's list).</summary>
    private static readonly HashSet<string> s_paragraphBreakers = new(StringComparer.Ordinal)
    {
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
    };

    /// <summary>Whether an element is boilerplate by its tag or role, or hidden from the reader.</summary>
    public static bool IsBoilerplate(IElement element)
    {
        if (s_boilerplateTags.Contains(element.LocalName))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && s_boilerplateRoles.Contains(role))
        {
            return true;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    /// <summary>Whether an element's class or id marks it as unlikely to hold the article (comments, related stories, menus, ads), unless it also says it is content.</summary>
    public static bool IsUnlikely(IElement element)
    {
        var hints = Hints(element);
        return hints.Length != 0 && element.LocalName is not ("body" or "a" or "article" or "main")
            && Unlikely().IsMatch(hints) && !MaybeContent().IsMatch(hints);
    }

    /// <summary>
    /// Whether an element names the author (by class, id, <c>rel</c> or <c>itemprop</c>), or is a
    /// dateline or a photo credit, which are set aside with bylines but name no author.
    /// </summary>
    public static BylineKind BylineKindOf(IElement element)
    {
        if (string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase)
            || (element.GetAttribute("itemprop")?.Contains("author", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return BylineKind.Author;
        }

        var hints = Hints(element);
        return hints.Length == 0 ? BylineKind.None
            : Byline().IsMatch(hints) ? BylineKind.Author
            : Credit().IsMatch(hints) ? BylineKind.Credit
            : BylineKind.None;
    }

    /// <summary>Whether an element is a share bar or a similar widget inside the article.</summary>
    public static bool IsShareWidget(IElement element)
    {
        var hints = Hints(element);
        return hints.Length != 0 && Share().IsMatch(hints);
    }

    /// <summary>The class and id weight of Readability: +25 for each content hint, -25 for each boilerplate hint.</summary>
    public static int ClassWeight(IElement element)
    {
        int weight = 0;
        foreach (var value in (ReadOnlySpan<string?>)[element.ClassName, element.Id])
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (Negative().IsMatch(value))
            {
                weight -= 25;
            }

            if (Positive().IsMatch(value))
            {
                weight += 25;
            }
        }

        return weight;
    }

    /// <summary>The score an element starts with as a candidate, by its tag (Readability's values).</summary>
    public static int TagWeight(string tag) => tag switch
    {
        "div" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    /// <summary>Whether a tag starts a block of its own.</summary>
    public static bool IsBlock(string tag) => s_blockTags.Contains(tag);

    /// <summary>Whether a child with this tag makes a <c>div</c> a container rather than a paragraph.</summary>
    public static bool BreaksParagraph(string tag) => s_paragraphBreakers.Contains(tag);

    private static string Hints(IElement element)
    {
        var className = element.ClassName;
        var id = element.Id;
        return string.IsNullOrEmpty(id) ? className ?? string.Empty : string.IsNullOrEmpty(className) ? id : className + " " + id;
    }

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|promo|recommend|most-?read|trending|outbrain|taboola|\bad(s|vert\w*|-\w+)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|mathjax|shadow", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeContent();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|caption|credit", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"byline|author|auteur|signature|writtenby|p-author", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"dateline|credit", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    [GeneratedRegex(@"(\b|_)(share|sharedaddy|sharing|social)(\b|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();
}

/// <summary>What a short element names: nobody, the article's author, or a date or photo credit.</summary>
internal enum BylineKind
{
    /// <summary>Not a byline.</summary>
    None,

    /// <summary>The article's author: the byline.</summary>
    Author,

    /// <summary>A dateline or a photo credit.</summary>
    Credit,
}
