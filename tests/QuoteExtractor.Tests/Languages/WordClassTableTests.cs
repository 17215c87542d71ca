using CsCheck;
using QuoteExtraction.Languages;

namespace QuoteExtraction.Tests.Languages;

public class WordClassTableTests
{
    private static readonly Dictionary<string, WordClass> s_words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["said"] = WordClass.SpeechVerb,
        ["a"] = WordClass.Determiner | WordClass.Function,
        ["Mr."] = WordClass.Honorific,
        ["vice-president"] = WordClass.Title,
        ["counterterrorism"] = WordClass.Title,
        ["counterterrorismo"] = WordClass.Title,
        ["président"] = WordClass.Title,
        ["déclaré"] = WordClass.SpeechVerb,
        ["a-t-il"] = WordClass.SpeechVerb,

        // Its capital is "SAID", yet ignoring case it is not "said".
        ["ſaid"] = WordClass.Title,
    };

    private static readonly WordClassTable s_table = new(s_words);

    [Theory]
    [InlineData("said", "said")]
    [InlineData("SAID", "said")]
    [InlineData("Said", "said")]
    [InlineData("sai", null)]
    [InlineData("saids", null)]
    [InlineData("A", "a")]
    [InlineData("mr.", "Mr.")]
    [InlineData("Vice-President", "vice-president")]
    [InlineData("counterterrorism", "counterterrorism")]
    [InlineData("COUNTERTERRORISMO", "counterterrorismo")]
    [InlineData("Président", "président")]
    [InlineData("PRÉSIDENT", "président")]
    [InlineData("A-t-il", "a-t-il")]
    [InlineData("s@id", null)]
    [InlineData("ſAID", "ſaid")]
    public void A_word_has_the_classes_of_its_entry_whatever_its_case(string word, string? entry)
    {
        var expected = entry is null ? WordClass.None : s_words[entry];

        // The same word alone (its end is the text's end) and followed by more text.
        s_table.Of(word, 0, word.Length).Should().Be(expected);
        var text = "« " + word + " » and more text after the word";
        s_table.Of(text, 2, word.Length).Should().Be(expected);
    }

    [Fact]
    public void Any_word_of_any_text_gets_what_a_case_insensitive_dictionary_gives()
    {
        var letters = Gen.OneOf('s', 'S', 'ſ', 'a', 'A', 'i', 'I', 'd', 'D', '.', '-', 'é', 'É', 'r', 'M', 't', 'l', 'o', 'n', 'e', 'c', 'u', 'p', 'v');
        var words = Gen.OneOf(Gen.OneOf(s_words.Keys.ToArray()), letters.Array[1, 20].Select(chars => new string(chars)));
        Gen.Select(words, Gen.String[Gen.Char.AlphaNumeric, 0, 20]).Sample((word, after) =>
        {
            var expected = s_words.TryGetValue(word, out var found) ? found : WordClass.None;
            var text = word + after;
            s_table.Of(text, 0, word.Length).Should().Be(expected);
            s_table.Of(word.ToUpperInvariant(), 0, word.Length).Should().Be(s_words.GetValueOrDefault(word.ToUpperInvariant()));
        });
    }

    [Fact]
    public void A_table_of_thousands_of_words_finds_every_one_and_nothing_else()
    {
        // Enough words that many share a slot and must sit in their other one, or move others there.
        var random = new Random(7);
        string RandomWord() => new([.. Enumerable.Range(0, random.Next(1, 17)).Select(_ => (char)('a' + random.Next(26)))]);
        var words = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        while (words.Count < 5000)
        {
            words[RandomWord()] = (WordClass)(1u << random.Next(20));
        }

        var table = new WordClassTable(words);
        foreach (var (word, wordClass) in words)
        {
            table.Of(word, 0, word.Length).Should().Be(wordClass, word);
            table.Of(word.ToUpperInvariant() + " next", 0, word.Length).Should().Be(wordClass, word);
        }

        for (int i = 0; i < 20000; i++)
        {
            var word = RandomWord();
            table.Of(word, 0, word.Length).Should().Be(words.GetValueOrDefault(word), word);
        }
    }
}
