using System.Text;

namespace QuoteExtraction.Tests;

/// <summary>
/// Seeded random strings built from the pieces that stress every stage (marks, elisions, clitics,
/// abbreviations, emoji, invisible characters): the whole pipeline never throws and keeps its spans valid.
/// </summary>
public class RandomInputTests
{
    private static readonly string[] s_pieces =
    [
        "a", "b", "c", "X", "Y", "Z", "0", "1", " ", " ", " ", ".", ",", ";", ":", "!", "?", "'", "\"", "“", "”", "‘", "’", "«", "»", "‹", "›",
        "„", "‚", "`", "-", "–", "—", "(", ")", "[", "]", "{", "}", "…", "@", "#", "$", "%", "&", "/", "\\", "_", "\n", "\r\n", "\t",
        "\u00A0", "\u202F", "\u200B", "\u200D", "\u00AD", "l'", "qu'", "-t-il", "Mr.", "U.S.", "[…]", "(...)", "http://x.y", "a@b.c",
        "😀", "👍🏽", "e\u0301", "n't", "'s", "\uD83D", "said", "he", "told", "according to", "Sen.", "John Smith", "the minister", ", who",
    ];

    /// <summary>Endings that leave an attribution pattern cut off by the end of the text.</summary>
    private static readonly string[] s_tails =
    [
        "“We won,” John Smith", "“We won,” said", "“We won,” the minister", "“We won,” he", "“We won,” according to",
        "John Smith said: “", "“We won,” John Smith, who", "“We won” ― ", "“We won,” Sen. Jane Doe (D-Mo.)", "« Nous », a-t-il",
    ];

    /// <summary>Openings that leave an attribution pattern cut off by the start of the text.</summary>
    private static readonly string[] s_heads = ["(D-Mo.) said “We won.”", ", said “We won.”", "who said: “", "said, “", "according to “"];

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.French)]
    public void Random_strings_never_throw_and_keep_valid_spans(Language language)
    {
        var random = new Random(20261128);
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { Language = language, IncludeNonSpeech = true });
        var builder = new StringBuilder();
        for (int run = 0; run < 1500; run++)
        {
            builder.Clear();
            if (random.Next(3) == 0)
            {
                builder.Append(s_heads[random.Next(s_heads.Length)]);
            }

            int pieces = random.Next(0, 120);
            for (int p = 0; p < pieces; p++)
            {
                builder.Append(s_pieces[random.Next(s_pieces.Length)]);
            }

            if (random.Next(3) == 0)
            {
                builder.Append(s_tails[random.Next(s_tails.Length)]);
            }

            var text = builder.ToString();
            var analysis = extractor.Analyze(text);
            foreach (var quote in analysis.Quotes)
            {
                text.Substring(quote.Span.Start, quote.Span.Length).Should().Be(quote.Text);
                if (quote.SpeakerMention is { } mention)
                {
                    text.Substring(mention.Span.Start, mention.Span.Length).Should().Be(mention.Text);
                }
            }
        }
    }
}
