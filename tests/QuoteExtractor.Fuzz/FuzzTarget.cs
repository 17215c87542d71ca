using System.Buffers.Binary;
using System.Text;

namespace QuoteExtraction.Fuzz;

/// <summary>
/// What the fuzzer runs on each input: the bytes read as UTF-8 and as raw UTF-16, each analyzed with
/// every language setting, with and without non-speech quotes, and checked against
/// <see cref="AnalysisInvariants"/>. A broken guarantee throws, which the fuzzer records as a crash.
/// </summary>
public static class FuzzTarget
{
    /// <summary>One extractor for each language setting, each with and without non-speech quotes.</summary>
    public static IReadOnlyList<QuoteExtractor> Extractors { get; } =
    [
        .. new[] { Language.English, Language.French, Language.Auto }.SelectMany(language => new[]
        {
            new QuoteExtractor(new QuoteExtractorOptions { Language = language }),
            new QuoteExtractor(new QuoteExtractorOptions { Language = language, IncludeNonSpeech = true }),
        }),
    ];

    /// <summary>Checks every reading of <paramref name="data"/> with every extractor.</summary>
    /// <param name="data">The fuzzer's input.</param>
    public static void Run(ReadOnlySpan<byte> data)
    {
        foreach (var (_, text) in Decodings(data))
        {
            Check(text);
        }
    }

    /// <summary>
    /// The texts <paramref name="data"/> stands for: its UTF-8 decoding (invalid bytes become U+FFFD) and
    /// its code units read two bytes at a time, little-endian, which keeps lone surrogates and NUL.
    /// </summary>
    /// <param name="data">Raw bytes.</param>
    /// <returns>Each decoding's name and text.</returns>
    public static IReadOnlyList<(string Name, string Text)> Decodings(ReadOnlySpan<byte> data) =>
        [("UTF-8", Encoding.UTF8.GetString(data)), ("UTF-16", ReadUtf16(data))];

    /// <summary>Analyzes <paramref name="text"/> with every extractor and checks every guarantee.</summary>
    /// <param name="text">Any string.</param>
    /// <exception cref="InvariantViolationException">When a guarantee is broken.</exception>
    public static void Check(string text)
    {
        foreach (var extractor in Extractors)
        {
            var analysis = extractor.Analyze(text);
            AnalysisInvariants.CheckAll(text, analysis);
            if (!extractor.Tokenize(text).Select(WithoutSegmentFlags).SequenceEqual(analysis.Tokens.Select(WithoutSegmentFlags)))
            {
                throw new InvariantViolationException($"Tokenize and Analyze disagree on the tokens ({extractor.Options}).");
            }

            if (AnalysisInvariants.DescribeQuotes(extractor.ExtractQuotes(text)) != AnalysisInvariants.DescribeQuotes(analysis.Quotes))
            {
                throw new InvariantViolationException($"Two calls on the same text found different quotes ({extractor.Options}).");
            }
        }
    }

    /// <summary>A token's facts without the sentence and paragraph starts, which only a whole analysis sets.</summary>
    private static (TextSpan Span, TokenKind Kind, TokenFlags Flags, QuoteMarkFamily Family, QuoteMarkRole Role, TextSpan Clitic) WithoutSegmentFlags(Token token) =>
        (token.Span, token.Kind, token.Flags & ~(TokenFlags.SentenceStart | TokenFlags.ParagraphStart), token.QuoteFamily, token.QuoteRole, token.Clitic);

    private static string ReadUtf16(ReadOnlySpan<byte> data)
    {
        var chars = new char[data.Length / 2];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(2 * i, 2));
        }

        return new string(chars);
    }
}
