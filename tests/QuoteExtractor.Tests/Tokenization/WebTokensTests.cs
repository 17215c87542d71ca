using QuoteExtraction.Tokenization;

namespace QuoteExtraction.Tests.Tokenization;

/// <summary><see cref="WebTokens"/>: web and e-mail addresses, handles and emoticons.</summary>
public class WebTokensTests
{
    [Theory]
    [InlineData("http://www.example.com/a?b=1, then", "http://www.example.com/a?b=1")]
    [InlineData("HTTPS://example.org/x.", "HTTPS://example.org/x")]
    [InlineData("ftp://files.example.net/a.zip", "ftp://files.example.net/a.zip")]
    [InlineData("www.adobe.com.", "www.adobe.com")]
    [InlineData("(see https://en.wikipedia.org/wiki/A_(b)) now", "https://en.wikipedia.org/wiki/A_(b)")]
    [InlineData("https://example.org/«quoted»", "https://example.org/")]
    public void A_web_address_ends_before_trailing_punctuation_and_unbalanced_brackets(string text, string url)
    {
        int i = text.IndexOf(url, StringComparison.Ordinal);
        WebTokens.UrlEnd(text, i).Should().Be(i + url.Length);
    }

    [Theory]
    [InlineData("www. example")]
    [InlineData("http://")]
    [InlineData("web.example.com")]
    [InlineData("http://.")]
    public void Text_that_only_starts_like_a_web_address_is_not_one(string text)
    {
        WebTokens.UrlEnd(text, 0).Should().Be(-1);
    }

    [Theory]
    [InlineData('h', true)]
    [InlineData('F', true)]
    [InlineData('W', true)]
    [InlineData('x', false)]
    [InlineData('(', false)]
    public void Only_the_first_letter_of_a_scheme_or_www_may_start_a_web_address(char c, bool expected)
    {
        WebTokens.MayStartUrl(c).Should().Be(expected);
    }

    [Theory]
    [InlineData("jane.smith@example.org.", 22)]
    [InlineData("a+b%c@mail.example.fr", 21)]
    [InlineData("jane@", -1)]
    [InlineData("jane@.org", -1)]
    [InlineData("jane smith@example.org", -1)]
    public void An_e_mail_address_has_a_local_part_an_at_sign_and_a_domain(string text, int end)
    {
        WebTokens.EmailEnd(text, 0).Should().Be(end);
    }

    [Fact]
    public void A_local_part_longer_than_an_address_allows_is_not_read()
    {
        WebTokens.EmailEnd(new string('a', 64) + "@example.org", 0).Should().Be(76);
        WebTokens.EmailEnd(new string('a', 65) + "@example.org", 0).Should().Be(-1);
    }

    [Theory]
    [InlineData("@AFP_news.", 9)]
    [InlineData("@a-b- c", 4)]
    [InlineData("@élysée", 1)]
    public void A_handle_ends_before_trailing_joiners(string text, int end)
    {
        WebTokens.HandleEnd(text, 1).Should().Be(end);
    }

    [Theory]
    [InlineData("so happy :-) really", 9, 12)]
    [InlineData(":)", 0, 2)]
    [InlineData("<3 you", 0, 2)]
    [InlineData("a:)", 1, -1)]
    [InlineData(":Dan", 0, -1)]
    [InlineData(": )", 0, -1)]
    public void An_emoticon_stands_alone(string text, int i, int end)
    {
        WebTokens.EmoticonEnd(text, i).Should().Be(end);
    }
}
