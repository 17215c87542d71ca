using CsCheck;
using QuoteExtraction.Lexicons;

namespace QuoteExtraction.Tests.Lexicons;

public class LexiconTests
{
    // Short letter words (held by the packed index), long and non-ASCII ones (left to the dictionary),
    // a hyphen, and a long s whose capital is the ASCII S but which no ASCII letter equals ignoring case.
    private static readonly Dictionary<string, string> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Donald"] = "m",
        ["Hillary"] = "f",
        ["Al"] = "m",
        ["Jean-Pierre"] = "m",
        ["Marie-Thérèse"] = "f",
        ["Maximilianna"] = "f",
        ["Maximiliannah"] = "f",
        ["Zoë"] = "f",
        ["ſtan"] = "m",
        ["Kim"] = "u",
        ["Sam"] = string.Empty,
    };

    [Theory]
    [InlineData("Donald", "m")]
    [InlineData("DONALD", "m")]
    [InlineData("donald", "m")]
    [InlineData("Donal", null)]
    [InlineData("Donalds", null)]
    [InlineData("AL", "m")]
    [InlineData("jean-pierre", "m")]
    [InlineData("Jean_Pierre", null)]
    [InlineData("MARIE-THÉRÈSE", "f")]
    [InlineData("MAXIMILIANNA", "f")]
    [InlineData("maximiliannah", "f")]
    [InlineData("Maximilianna-", null)]
    [InlineData("ZOË", "f")]
    [InlineData("Stan", null)]
    [InlineData("ſTAN", "m")]
    [InlineData("Kim", "u")]
    [InlineData("sam", "")]
    [InlineData("", null)]
    public void A_word_has_the_tag_of_its_entry_whatever_its_case(string word, string? tag)
    {
        var lexicon = Lexicon.FromEntries(s_names, ignoreCase: true);

        lexicon.TagOf(word).Should().Be(tag);
        lexicon.Contains(word).Should().Be(tag is not null);
    }

    [Fact]
    public void A_case_sensitive_lexicon_tells_case()
    {
        var lexicon = Lexicon.FromEntries(s_names, ignoreCase: false);

        lexicon.TagOf("Donald").Should().Be("m");
        lexicon.TagOf("donald").Should().BeNull();
    }

    [Fact]
    public void Any_word_gets_what_a_case_insensitive_dictionary_gives_with_few_or_many_tags()
    {
        var letters = Gen.OneOf('a', 'A', 'l', 'L', 'd', 'D', 'o', 'n', 'm', 'S', 'ſ', 'v', '-', '_', '@', '[', '`', '{', 'ë', 'Ë', ' ');
        var words = letters.Array[0, 15].Select(chars => new string(chars));
        var entries = Gen.Select(words, Gen.Int[0, 40]).Array[0, 60];
        Gen.Select(entries, words.Array[1, 30]).Sample((list, queries) =>
        {
            // Up to 41 distinct tags: both a lexicon with a packed index and one without it.
            var expected = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (form, tag) in list)
            {
                expected[form] = tag.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var lexicon = Lexicon.FromEntries(expected, ignoreCase: true);
            foreach (var query in queries.Concat(expected.Keys).Concat(expected.Keys.Select(key => key.ToUpperInvariant())))
            {
                lexicon.TagOf(query).Should().Be(expected.GetValueOrDefault(query), "the query is \"{0}\"", query);
            }
        });
    }
}
