using System.Text;

namespace QuoteExtraction.Tests.Attribution;

public class NamesakeTests
{
    private static readonly QuoteExtractor s_extractor = new(new QuoteExtractorOptions { Language = Language.English });

    /// <summary>
    /// John Smith is named, then <paramref name="others"/> other people called Smith, each once, and at
    /// last John Smith speaks.
    /// </summary>
    private static (string Text, Quote Quote) Article(int others)
    {
        var text = new StringBuilder("John Smith arrived on Monday.\n\n");
        for (int i = 0; i < others; i++)
        {
            text.Append(FirstName(i)).Append(" Smith arrived on Monday.\n\n");
        }

        text.Append("“We will act,” John Smith said.\n");
        var article = text.ToString();
        return (article, s_extractor.ExtractQuotes(article).Single());
    }

    /// <summary>A made-up capitalized first name for each number: Qab, Qac, … Qba, ….</summary>
    private static string FirstName(int i) => $"Q{(char)('a' + (i / 26 % 26))}{(char)('a' + (i % 26))}";

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(62)]
    public void A_name_is_the_person_of_that_name_among_the_people_of_its_surname(int others)
    {
        var (text, quote) = Article(others);

        quote.Speaker!.Name.Should().Be("John Smith");
        quote.Speaker.Mentions.Should().HaveCount(2, "the first John Smith and the speaker are one person");
        quote.Speaker.Mentions[0].Span.Start.Should().Be(0);
        text[quote.Speaker.Mentions[1].Span.Start..].Should().StartWith("John Smith said");
    }

    [Fact]
    public void A_name_is_compared_with_the_sixty_four_people_of_its_surname_mentioned_last()
    {
        // Past them a text of thousands of namesakes would compare every name with all the others.
        var (text, quote) = Article(70);

        quote.Speaker!.Name.Should().Be("John Smith");
        quote.Speaker.Mentions.Should().ContainSingle().Which.Span.Start.Should().Be(text.IndexOf("John Smith said", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_surname_is_the_namesake_the_article_has_mentioned_most()
    {
        const string text = "John Smith arrived on Monday. Smith was tired.\n\n"
            + "Mary Smith, his sister, waited at the station.\n\n"
            + "“We will act,” Smith said.\n";

        var quote = s_extractor.ExtractQuotes(text).Single();

        quote.Speaker!.Name.Should().Be("John Smith");
    }

    [Theory]
    [InlineData(Language.English, "Finance Minister Carla Vander Mott announced a budget.\n\n“It is fair,” Ms. Vander Mott said.\n", "Carla Vander Mott", "Finance Minister")]
    [InlineData(Language.French, "Le Premier ministre Elio Di Ruppa a annoncé un accord.\n\n« Il est juste », a déclaré M. Di Ruppa.\n", "Elio Di Ruppa", "Premier ministre")]
    public void A_surname_of_several_words_without_the_first_name_is_the_person_named_in_full(Language language, string text, string name, string title)
    {
        var quote = new QuoteExtractor(new QuoteExtractorOptions { Language = language }).ExtractQuotes(text).Single(q => q.Kind != QuoteKind.Indirect);

        quote.Speaker!.Name.Should().Be(name);
        quote.Speaker.Title.Should().Be(title);
    }

    [Fact]
    public void A_full_name_after_words_that_are_no_first_name_is_another_mention_than_theirs()
    {
        var quotes = s_extractor.ExtractQuotes("Stunning Paul Marten Moment Shakes Town\n\nPaul Marten arrived on Monday. “We will act,” Paul Marten said.\n");

        quotes.Single().Speaker!.Name.Should().Be("Paul Marten");
    }
}
