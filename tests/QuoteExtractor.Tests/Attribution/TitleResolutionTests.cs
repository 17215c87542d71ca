using System.Text;

namespace QuoteExtraction.Tests.Attribution;

public class TitleResolutionTests
{
    private static readonly QuoteExtractor s_extractor = new(new QuoteExtractorOptions { Language = Language.English });

    /// <summary>
    /// An article where <paramref name="before"/> people are named, then the minister, then
    /// <paramref name="after"/> other people, and at last "the minister" speaks.
    /// </summary>
    private static string Article(int before, int after)
    {
        var text = new StringBuilder();
        void NamePeople(int first, int count)
        {
            for (int i = first; i < first + count; i++)
            {
                text.Append("John ").Append(Surname(i)).Append(" arrived on Monday.\n\n");
            }
        }

        NamePeople(0, before);
        text.Append("Defense Minister Anna Keller arrived on Monday.\n\n");
        NamePeople(before, after);
        text.Append("“We will act,” the minister said.\n");
        return text.ToString();
    }

    /// <summary>A made-up surname for each number, in no word list: Kab, Kac, … Kbb, ….</summary>
    private static string Surname(int i) => $"K{(char)('a' + (i / 20 % 20))}{(char)('b' + (i % 20))}{(char)('a' + (i / 400))}ler";

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 40)]
    [InlineData(40, 30)]
    [InlineData(70, 30)]
    [InlineData(100, 45)]
    [InlineData(130, 48)]
    public void A_description_names_the_latest_person_holding_the_title(int before, int after)
    {
        var quote = s_extractor.ExtractQuotes(Article(before, after)).Single();

        quote.Speaker!.Name.Should().Be("Anna Keller");
        quote.Speaker.Title.Should().Be("Defense Minister");
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(70, 55)]
    public void A_description_does_not_reach_past_the_fifty_latest_people(int before, int after)
    {
        var quote = s_extractor.ExtractQuotes(Article(before, after)).Single();

        quote.Speaker!.Name.Should().Be("the minister", "past them, the description is a person of its own");
    }
}
