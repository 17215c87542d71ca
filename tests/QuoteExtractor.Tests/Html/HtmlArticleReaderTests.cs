using System.Text;
using QuoteExtraction.Html;

namespace QuoteExtraction.Tests.Html;

/// <summary>
/// The article read from made-up pages of the shapes found on news sites and blogs (<c>Html/Pages</c>):
/// which paragraphs are kept, which boilerplate is dropped, and that the quotes of the text come out
/// with their speakers.
/// </summary>
public class HtmlArticleReaderTests
{
    private static readonly QuoteExtractor s_extractor = new();

    private static HtmlArticle ReadPage(string name)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Html", "Pages", name));
        return HtmlArticleReader.Read(stream);
    }

    private static string[] Paragraphs(HtmlArticle article) => article.Text.Split("\n\n");

    [Fact]
    public void A_news_story_in_a_div_among_story_cards_is_read_without_the_cards_comments_and_bars()
    {
        var article = ReadPage("news-cards.html");

        article.Found.Should().BeTrue();
        var paragraphs = Paragraphs(article);
        paragraphs.Should().HaveCount(10);
        paragraphs[0].Should().Be("Harbor town votes to rebuild its sea wall");
        paragraphs[2].Should().StartWith("The town council voted 6 to 1");
        paragraphs[^1].Should().StartWith("“We will keep one lane of the harbor road open");
        foreach (var boilerplate in new[] { "Opinion", "ferry operator", "Dana Whitfield", "Share on", "It leaks", "Storm season", "Library extends", "About time", "All rights reserved", "not a quote" })
        {
            article.Text.Should().NotContain(boilerplate);
        }

        article.Text.Should().NotContain("  ").And.NotContain("\n\n\n");
    }

    [Fact]
    public void The_quotes_of_a_news_story_come_out_with_their_speakers_and_none_from_the_boilerplate()
    {
        var quotes = s_extractor.ExtractQuotes(ReadPage("news-cards.html").Text);

        quotes.Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Speaker?.Name).Should().Equal(
            "Helen Ostrander", "Raymond Tull", "Grace Pellham", "Grace Pellham", "Victor Alms");
    }

    [Fact]
    public void The_metadata_comes_from_json_ld_and_open_graph()
    {
        var article = ReadPage("news-cards.html");

        article.Title.Should().Be("Harbor town votes to rebuild its sea wall");
        article.Byline.Should().Be("Dana Whitfield, Omar Lindqvist");
        article.Published.Should().Be(new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.FromHours(-4)));
        article.SiteName.Should().Be("The Coastal Ledger");
    }

    [Fact]
    public void A_story_split_into_columns_between_story_cards_is_read_whole_without_the_cards_and_ads()
    {
        var article = ReadPage("story-columns.html");

        var paragraphs = Paragraphs(article);
        paragraphs[0].Should().Be("Rail strike ends after union accepts new offer");
        paragraphs.Should().Contain(p => p.StartsWith("Under the deal, workers will receive raises", StringComparison.Ordinal));
        foreach (var boilerplate in new[] { "What to know", "what comes next", "Advertisement", "Airport workers", "Bus fares", "Terms", "U.S." })
        {
            article.Text.Should().NotContain(boilerplate);
        }

        article.Byline.Should().Be("By Nora Feld");
        s_extractor.ExtractQuotes(article.Text).Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Speaker?.Name)
            .Should().Equal("Ines Caldwell", "Paul Brandt", "Sam Okafor", "Sam Okafor");
    }

    [Fact]
    public void Text_between_line_breaks_in_a_layout_table_makes_paragraphs()
    {
        var article = ReadPage("br-paragraphs.html");

        Paragraphs(article).Should().ContainInOrder(
            "Town fair draws record crowd",
            "More than twelve thousand people came to the town fair this weekend, the largest crowd in its history, according to the organizers.",
            "\"We ran out of lemonade by noon on Saturday,\" said Ruth Hallam, who has run the fair's kitchen for twenty years. \"That has never happened before.\"");
        s_extractor.ExtractQuotes(article.Text).Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Speaker?.Name)
            .Should().Equal("Ruth Hallam", "Ruth Hallam", "Dan Ostrowski");
    }

    [Theory]
    [InlineData("""{"@type": ["ReportageNewsArticle"], "headline": "Le port rouvre", "author": "Luc Martin", "datePublished": "2020-05-04", "publisher": {"name": "La Gazette"}}""")]
    [InlineData("""[{"@type": "Organization", "name": "Other"}, {"@type": "BlogPosting", "name": "Le port rouvre", "author": [{"name": "Luc Martin"}], "dateCreated": "2020-05-04T00:00:00Z", "publisher": "La Gazette"}]""")]
    public void Json_ld_gives_the_metadata_whatever_its_shape(string jsonLd)
    {
        var article = HtmlArticleReader.Read($"<html><head><title>Page</title><script type=\"application/ld+json\">{{ broken</script><script type=\"application/ld+json\">{jsonLd}</script></head>"
            + "<body><p>« Le port rouvrira lundi », a annoncé le maire, Paul Girard, devant la presse.</p></body></html>");

        article.Title.Should().Be("Le port rouvre");
        article.Byline.Should().Be("Luc Martin");
        article.Published.Should().Be(new DateTimeOffset(2020, 5, 4, 0, 0, 0, TimeSpan.Zero));
        article.SiteName.Should().Be("La Gazette");
    }

    [Fact]
    public void Without_metadata_the_page_title_is_the_title_and_the_rest_is_unknown()
    {
        var article = HtmlArticleReader.Read("<html><head><title>  The   page </title></head><body><p>“We are ready,” the coach Maria Lund said on Sunday.</p></body></html>");

        article.Title.Should().Be("The page");
        article.Byline.Should().BeNull();
        article.Published.Should().BeNull();
        article.SiteName.Should().BeNull();
    }

    [Fact]
    public void A_blog_post_is_read_without_its_sidebar_share_bar_and_comments()
    {
        var article = ReadPage("blog-post.html");

        var paragraphs = Paragraphs(article);
        paragraphs.Should().Contain("What the pot tells you");
        paragraphs.Should().Contain(p => p.StartsWith("My grandmother never measured anything.", StringComparison.Ordinal));
        paragraphs[^1].Should().StartWith("So this week, try cooking one dish without a timer.");
        foreach (var boilerplate in new[] { "Share this", "thoughts on", "word for word", "Recent Posts", "Salt first", "Proudly powered" })
        {
            article.Text.Should().NotContain(boilerplate);
        }

        article.Byline.Should().Be("Priya Castellanos");
        article.Published.Should().Be(new DateTimeOffset(2023, 11, 2, 18, 5, 0, TimeSpan.Zero));
        article.SiteName.Should().Be("Simmer and Steep");
        s_extractor.ExtractQuotes(article.Text).Should().Contain(q => q.Speaker != null && q.Speaker.Name == "Tomas");
    }

    [Fact]
    public void A_french_page_in_windows_1252_is_decoded_as_it_declares()
    {
        var article = ReadPage("french-1252.html");

        article.Title.Should().Be("Le conseil municipal adopte le budget de l'école | Le Courrier du Val");
        article.SiteName.Should().Be("Le Courrier du Val");
        article.Text.Should().Contain("« C'est une très bonne nouvelle pour les enfants et pour les enseignants », s'est réjouie la maire");
        article.Text.Should().NotContain("Accueil").And.NotContain("À lire aussi").And.NotContain("Mentions légales").And.NotContain("Par Claire Dumoulin");
        var quotes = s_extractor.ExtractQuotes(article.Text);
        quotes.Select(q => q.Speaker?.Name).Should().StartWith(["Françoise Lebrun", "Henri Vasseur"]);
    }

    [Fact]
    public void An_article_in_main_is_read_without_its_aside_of_related_links()
    {
        var article = ReadPage("main-aside.html");

        Paragraphs(article).Should().HaveCount(5);
        article.Text.Should().StartWith("Union and city reach deal on bus drivers' pay");
        article.Text.Should().NotContain("backing down").And.NotContain("Subscribe").And.NotContain("Main Street");
        article.Text.Should().NotContain("June 30");
        article.Byline.Should().BeNull("a dateline names no author");
        article.Published.Should().Be(new DateTimeOffset(2022, 6, 30, 0, 0, 0, TimeSpan.Zero));
        s_extractor.ExtractQuotes(article.Text).Select(q => q.Speaker?.Name).Should().Equal("Marta Quill", "Alan Mercer");
    }

    [Fact]
    public void A_page_without_an_article_says_so()
    {
        var article = ReadPage("no-article.html");

        article.Found.Should().BeFalse();
        article.Text.Should().BeEmpty();
        article.Title.Should().BeNull();
        HtmlArticleReader.Read("").Found.Should().BeFalse();
        HtmlArticleReader.Read("<html><body><a href='/'>Home</a></body></html>").Found.Should().BeFalse();
    }

    [Fact]
    public void An_article_inside_a_wrapper_named_like_boilerplate_is_still_found()
    {
        var page = new StringBuilder("<body><div class=notice><p>Our offices are closed on Monday, as every year.</p></div><div class=\"page-header-layout\"><div class=story>");
        for (int i = 0; i < 6; i++)
        {
            page.Append("<p>“The harbor will reopen next week,” the port director Lena Marsh said, after a long inspection of the docks.</p>");
        }

        page.Append("</div></div></body>");

        var article = HtmlArticleReader.Read(page.ToString());

        Paragraphs(article).Should().HaveCount(6).And.OnlyContain(p => p.Contains("Lena Marsh", StringComparison.Ordinal));
    }

    [Fact]
    public void A_byte_order_mark_and_a_meta_charset_choose_the_encoding()
    {
        const string page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>« Nous irons jusqu'au bout », a déclaré le député Paul Girard.</p></body></html>";
        var latin1 = HtmlArticleReader.Read(new MemoryStream(Encoding.Latin1.GetBytes(page)));
        latin1.Text.Should().Be("« Nous irons jusqu'au bout », a déclaré le député Paul Girard.");

        var utf16 = HtmlArticleReader.Read(new MemoryStream([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(page.Replace("iso-8859-1", "utf-8", StringComparison.Ordinal))]));
        utf16.Text.Should().Be(latin1.Text);
    }

    [Fact]
    public void Malformed_html_is_read_as_a_browser_reads_it()
    {
        const string page = "<body><div class=story><p>“The bridge will open in May,” the engineer Anna Berg said on Friday<p>Work started in the spring of last year, after a long delay.<div>unclosed <b>bold";

        var article = HtmlArticleReader.Read(page);

        Paragraphs(article).Should().StartWith(["“The bridge will open in May,” the engineer Anna Berg said on Friday", "Work started in the spring of last year, after a long delay."]);
        s_extractor.ExtractQuotes(article.Text).Single().Speaker!.Name.Should().Be("Anna Berg");
    }

    [Fact]
    public void Line_breaks_and_headings_make_paragraphs_in_page_order()
    {
        const string page = "<body><div class=post><h2>First part</h2><p>One sentence of the post, with a comma.<br>Another line, after a break.</p><h3>Second part</h3><p>The last paragraph of the post, again with a comma.</p></div></body>";

        Paragraphs(HtmlArticleReader.Read(page)).Should().Equal("First part", "One sentence of the post, with a comma.", "Another line, after a break.", "Second part", "The last paragraph of the post, again with a comma.");
    }

    [Fact]
    public void A_long_page_is_read_in_linear_time()
    {
        var page = new StringBuilder("<html><body><div class=cards>");
        for (int i = 0; i < 20_000; i++)
        {
            page.Append("<article><a href='/x'><h3>A story card headline</h3></a><p>A summary of another story, for the card.</p></article>");
        }

        page.Append("</div><div class=story>");
        for (int i = 0; i < 20_000; i++)
        {
            page.Append("<p>“We will keep working,” the mayor said, as the council met again on the budget.</p>");
        }

        page.Append("</div></body></html>");

        var article = HtmlArticleReader.Read(page.ToString());

        page.Length.Should().BeGreaterThan(3_000_000);
        Paragraphs(article).Should().HaveCount(20_000).And.OnlyContain(p => p.StartsWith('“'));
    }
}
