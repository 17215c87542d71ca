using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using QuoteExtraction.Html;

namespace QuoteExtraction.Benchmarks;

/// <summary>
/// Reading web pages: the article alone (<see cref="HtmlArticleReader"/>, HTML parsing included), then
/// the whole process a user runs on a saved page, article and quotes. A page is a news page as outlets
/// lay them out: a header with navigation, story cards before and after the article, the article's
/// paragraphs (the seed article's), comments and a footer; the MB/s column counts bytes of HTML.
/// </summary>
[MemoryDiagnoser]
public class HtmlBenchmarks
{
    private readonly QuoteExtractor _extractor = new(new QuoteExtractorOptions { Language = Language.English });
    private string _page = string.Empty;

    /// <summary>The page's size in characters of HTML: a long news page, and a page of 10 MB.</summary>
    [Params(200_000, 10_000_000)]
    public int Size { get; set; }

    /// <summary>Builds the page.</summary>
    [GlobalSetup]
    public void Setup() => _page = Page(Size);

    /// <summary>The article of the page.</summary>
    [Benchmark]
    public int ReadArticle() => HtmlArticleReader.Read(_page).Text.Length;

    /// <summary>The article of the page and its quotes.</summary>
    [Benchmark]
    public int ReadArticleAndExtractQuotes() => _extractor.ExtractQuotes(HtmlArticleReader.Read(_page).Text).Count;

    /// <summary>A news page of about <paramref name="size"/> characters: a third story cards, the rest the article's paragraphs, repeated.</summary>
    public static string Page(int size)
    {
        var paragraphs = Articles.Seed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var page = new StringBuilder(size + 4096);
        page.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A story</title><script>var x = 1;</script></head><body>")
            .Append("<header class=\"site-header\"><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav></header>")
            .Append("<div class=\"page\">");
        void Cards(int characters)
        {
            page.Append("<section class=\"more-stories\">");
            for (int start = page.Length; page.Length - start < characters;)
            {
                page.Append("<article class=\"story-card\"><a href=\"/story\"><h3>A headline of another story</h3></a><p>A summary of the story, which tells what happened and why.</p></article>");
            }

            page.Append("</section>");
        }

        Cards(size / 6);
        page.Append("<div class=\"story-body\"><h1>A story</h1><div class=\"byline\">By A. Writer</div>");
        for (int i = 0; page.Length < size * 5 / 6; i++)
        {
            page.Append("<p>").Append(WebUtility.HtmlEncode(paragraphs[i % paragraphs.Length])).Append("</p>\n");
        }

        page.Append("</div>");
        Cards(size / 6);
        page.Append("<section id=\"comments\"><div class=\"comment\"><p>“A comment,” a reader wrote.</p></div></section></div><footer>© A newspaper</footer></body></html>");
        return page.ToString();
    }
}
