using System.Text;

namespace QuoteExtraction.Tests.Tokenization;

/// <summary>Properties every tokenization must have, checked over varied and hostile inputs.</summary>
public class TokenInvariantTests
{
    public static TheoryData<string> Inputs() => new()
    {
        "",
        "   \n\t ",
        TestHelpers.SeedArticle,
        "Emoji 👨‍👩‍👧 and flags 🇫🇷🇺🇸, a lone \uD83D surrogate and \uDC00 another.",
        "NUL\0and\u0001controls\r\nmixed\rline\u2028ends\u2029here",
        "Right-to-left: \u202Bمرحبا\u202C and combining e\u0301\u0301 marks, zero\u200Bwidth\u200Djoin",
        "<p class=\"x\">HTML &amp; left «in» it</p>",
        new string('"', 1000),
        new string('«', 500) + new string('»', 500),
        string.Concat(Enumerable.Repeat("[…] (...) ' ’ ‘ “ ” ", 200)),
        "'''''' ``` '' `` -- --- ... …… ?!?! :-) :-( <3",
        "a-t-il -t-il - -- -t- l' qu' ' 's n't",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Tokens_are_ordered_disjoint_and_cover_every_visible_character(string text)
    {
        foreach (var extractor in new[] { TestHelpers.English, TestHelpers.French })
        {
            var tokens = extractor.Tokenize(text);
            var covered = new bool[text.Length];
            int previousEnd = 0;
            foreach (var token in tokens)
            {
                token.Length.Should().BePositive();
                token.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
                token.End.Should().BeLessThanOrEqualTo(text.Length);
                IsSplitPair(text, token.Start).Should().BeFalse("a token must not start inside a surrogate pair");
                IsSplitPair(text, token.End).Should().BeFalse("a token must not end inside a surrogate pair");
                for (int i = token.Start; i < token.End; i++)
                {
                    covered[i] = true;
                }

                previousEnd = token.End;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (!covered[i])
                {
                    IsInvisible(text[i]).Should().BeTrue($"character U+{(int)text[i]:X4} at {i} is visible and must be in a token");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Sentences_and_paragraphs_partition_the_tokens(string text)
    {
        var analysis = TestHelpers.English.Analyze(text);
        foreach (var segments in new[] { analysis.Sentences, analysis.Paragraphs })
        {
            segments.Sum(s => s.TokenCount).Should().Be(analysis.Tokens.Count);
            int next = 0;
            foreach (var segment in segments)
            {
                segment.FirstToken.Should().Be(next);
                segment.Span.Start.Should().Be(analysis.Tokens[segment.FirstToken].Start);
                segment.Span.End.Should().Be(analysis.Tokens[segment.EndToken - 1].End);
                next = segment.EndToken;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Quotes_lie_inside_the_text_and_match_it(string text)
    {
        foreach (var quote in TestHelpers.English.ExtractQuotes(text))
        {
            quote.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            quote.Text.Should().Be(text.Substring(quote.Span.Start, quote.Span.Length));
        }
    }

    private static bool IsSplitPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    private static bool IsInvisible(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || Rune.IsValid(c) && Rune.GetUnicodeCategory(new Rune(c)) == System.Globalization.UnicodeCategory.Format;
}
