using QuoteExtraction.Attribution;

namespace QuoteExtraction.Tests.Attribution;

public class TextSpanComparerTests
{
    [Theory]
    [InlineData("Trump", "TRUMP")]
    [InlineData("Élysée", "élysée")]
    [InlineData("Trump", "Trumps")]
    [InlineData("Clinton", "Clintons")]
    [InlineData("ſaid", "SAID")]
    [InlineData("Ölz", "olz")]
    [InlineData("White House", "white house")]
    public void Spans_compare_like_their_texts_ignoring_case(string first, string second)
    {
        // Both words in one text, as the coreference indexes see them.
        string text = $"{first} | {second}";
        var comparer = new TextSpanComparer { Text = text };
        var a = new TextSpan(0, first.Length);
        var b = new TextSpan(first.Length + 3, second.Length);
        bool expected = string.Equals(first, second, StringComparison.OrdinalIgnoreCase);

        comparer.Equals(a, b).Should().Be(expected);
        if (expected)
        {
            comparer.GetHashCode(a).Should().Be(comparer.GetHashCode(b), "equal keys must hash alike");
        }
    }

    [Fact]
    public void A_store_keeps_no_article_text_between_calls()
    {
        var store = new EntityIndex();
        store.Keys.Text = "Sergei Ryabkov said";
        store.BySurname[new TextSpan(7, 7)] = [0];

        store.Clear();

        store.Keys.Text.Should().BeEmpty("a thread's kept store must not hold on to the last article");
        store.BySurname.Should().BeEmpty();
    }
}
