using CsCheck;
using QuoteExtraction.Fuzz;

namespace QuoteExtraction.Tests.Properties;

/// <summary>
/// Properties of the whole pipeline over generated raw strings and article-like text, with each
/// language setting. Each property samples a bounded number of cases so that the suite stays fast; set
/// the environment variable <c>CsCheck_Iter</c> (say to 10000) to sample more. A failure is shrunk to a
/// small input, printed as a C# literal with the CsCheck seed that reproduces it (set <c>CsCheck_Seed</c>
/// to replay it). The guarantees themselves are written once in <see cref="AnalysisInvariants"/>.
/// </summary>
public class ExtractorPropertyTests
{
    /// <summary>Generated inputs per property and setting.</summary>
    private const long Iterations = 300;

    /// <summary>Batches for the concurrency property: 30 batches of up to 10 texts, each text analyzed 4 times concurrently.</summary>
    private const long ConcurrencyBatches = 30;

    /// <summary>The bounded count, unless <c>CsCheck_Iter</c> asks for another (-1 lets CsCheck read it).</summary>
    private static long Bounded(long count) => string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CsCheck_Iter")) ? count : -1;

    public static TheoryData<TextKind, Language> Settings()
    {
        var data = new TheoryData<TextKind, Language>();
        foreach (var kind in Enum.GetValues<TextKind>())
        {
            foreach (var language in new[] { Language.English, Language.French, Language.Auto })
            {
                data.Add(kind, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Any_string_is_valid_input(TextKind kind, Language language)
    {
        var extractors = Extractors(language);
        Sample(kind, text =>
        {
            foreach (var extractor in extractors)
            {
                extractor.Analyze(text);
                extractor.ExtractQuotes(text);
                extractor.Tokenize(text);
            }
        });
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Every_span_lies_inside_the_text_on_whole_characters(TextKind kind, Language language) =>
        SampleAnalyses(kind, language, AnalysisInvariants.CheckSpans);

    [Theory]
    [MemberData(nameof(Settings))]
    public void Quote_mention_and_cue_texts_are_the_text_at_their_spans(TextKind kind, Language language) =>
        SampleAnalyses(kind, language, AnalysisInvariants.CheckTexts);

    [Theory]
    [MemberData(nameof(Settings))]
    public void Quotes_do_not_overlap_and_their_parts_lie_inside_them(TextKind kind, Language language) =>
        SampleAnalyses(kind, language, (_, analysis) =>
        {
            AnalysisInvariants.CheckQuoteLayout(analysis);
            AnalysisInvariants.CheckSpeakers(analysis);
        });

    /// <summary>
    /// The tokenizer's contract: tokens are non-empty, ordered and disjoint, and every code unit that is
    /// not a separator lies in a token. Separators are white space (every line end included), controls
    /// (NUL included), U+200B, U+2060, U+FEFF, the direction marks U+200E and U+200F, and the bidirectional
    /// embeddings and isolates U+202A–U+202E and U+2066–U+2069 (<see cref="AnalysisInvariants.IsSeparator"/>);
    /// they may belong to no token, and no token starts or ends with one. Everything else, lone surrogates and
    /// the joiners U+00AD, U+200C and U+200D included, is in a token.
    /// </summary>
    [Theory]
    [MemberData(nameof(Settings))]
    public void Tokens_are_ordered_disjoint_and_cover_every_visible_character(TextKind kind, Language language)
    {
        var extractor = Extractors(language)[0];
        Sample(kind, text => AnalysisInvariants.CheckTokens(text, extractor.Tokenize(text)));
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Sentences_and_paragraphs_partition_the_tokens(TextKind kind, Language language)
    {
        var extractor = Extractors(language)[0];
        Sample(kind, text => AnalysisInvariants.CheckSegments(extractor.Analyze(text)));
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void The_same_input_gives_the_same_output(TextKind kind, Language language)
    {
        var extractors = Extractors(language);
        Sample(kind, text =>
        {
            foreach (var extractor in extractors)
            {
                var first = extractor.Analyze(text);
                AnalysisInvariants.Describe(new QuoteExtractor(extractor.Options).Analyze(text)).Should().Be(AnalysisInvariants.Describe(first), "another call, on another extractor with the same options, gives the same analysis");
                AnalysisInvariants.DescribeQuotes(extractor.ExtractQuotes(text)).Should().Be(AnalysisInvariants.DescribeQuotes(first.Quotes), "a second call on the same extractor gives the same quotes");
            }
        });
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Concurrent_calls_on_one_extractor_match_sequential_calls(TextKind kind, Language language)
    {
        var extractor = Extractors(language)[1];
        TextGenerators.For(kind).Array[1, 10].Sample(
            texts =>
            {
                // ExtractQuotes reuses each thread's working memory, Analyze does not: both must match.
                string Both(string text) => AnalysisInvariants.Describe(extractor.Analyze(text)) + "\n" + AnalysisInvariants.DescribeQuotes(extractor.ExtractQuotes(text));
                var expected = texts.Select(Both).ToArray();
                const int repeats = 4;
                var actual = new string[texts.Length * repeats];
                Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
                    actual[i] = Both(texts[i % texts.Length]));
                for (int i = 0; i < actual.Length; i++)
                {
                    actual[i].Should().Be(expected[i % texts.Length], $"a concurrent call on text {i % texts.Length} gives the sequential result");
                }
            },
            iter: Bounded(ConcurrencyBatches),
            print: texts => string.Join(",\n", texts.Select(Literal.Of)));
    }

    /// <summary>The extractors for a language setting: with the default options, and with non-speech quotes too.</summary>
    private static QuoteExtractor[] Extractors(Language language) =>
    [
        new(new QuoteExtractorOptions { Language = language }),
        new(new QuoteExtractorOptions { Language = language, IncludeNonSpeech = true }),
    ];

    /// <summary>Checks <paramref name="property"/> on the analysis of every sampled text by each extractor of the language setting.</summary>
    private static void SampleAnalyses(TextKind kind, Language language, Action<string, ArticleAnalysis> property)
    {
        var extractors = Extractors(language);
        Sample(kind, text =>
        {
            foreach (var extractor in extractors)
            {
                property(text, extractor.Analyze(text));
            }
        });
    }

    private static void Sample(TextKind kind, Action<string> property) =>
        TextGenerators.For(kind).Sample(property, iter: Bounded(Iterations), print: Literal.Of);
}
