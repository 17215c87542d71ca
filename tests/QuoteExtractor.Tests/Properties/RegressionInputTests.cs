using QuoteExtraction.Fuzz;

namespace QuoteExtraction.Tests.Properties;

/// <summary>
/// Fixed inputs checked against every guarantee of <see cref="AnalysisInvariants"/>, with every language
/// setting, with and without non-speech quotes, read as given (<see cref="FuzzTarget.Check(string)"/>):
/// hostile shapes written on purpose, and every input that the property tests or the fuzzer found
/// breaking a guarantee, inlined as escaped strings.
/// </summary>
public class RegressionInputTests
{
    public static TheoryData<string> HostileInputs() => new()
    {
        "",
        "   \n\t ",
        "Emoji 👨‍👩‍👧 and flags 🇫🇷🇺🇸, a lone \uD83D surrogate and \uDC00 another.",
        "NUL\0and\u0001controls\r\nmixed\rline\u2028ends\u2029here",
        "Right-to-left: \u202Bمرحبا\u202C and combining e\u0301\u0301 marks, zero\u200Bwidth\u200Djoin",
        "<p class=\"x\">HTML &amp; left «in» it</p>",
        new string('"', 1000),
        new string('«', 500) + new string('»', 500),
        string.Concat(Enumerable.Repeat("[…] (...) ' ’ ‘ “ ” ", 200)),
        "'''''' ``` '' `` -- --- ... …… ?!?! :-) :-( <3",
        "a-t-il -t-il - -- -t- l' qu' ' 's n't",
        "\uDBFF\uDFFF\uDBFF \uDFFF\uD800“\uDC00”\uD800",
    };

    /// <summary>Inputs that broke a guarantee once, each with what it broke.</summary>
    public static TheoryData<string> FoundInputs() => new()
    {
        // An aside inside a nested quote divided the outer quote, leaving the nested quote across both parts.
        "\u00AB Il m'a dit \u201CJe reste, a-t-il insist\u00E9. Je pars.\u201D puis il est parti \u00BB, raconte-t-elle.",
        // A dialogue turn inside a nested quote divided the outer quote in the same way.
        "\u201C \u00AB Vous transportez quelque chose ? demande le douanier. \u2014 Rien du tout \u00BB, r\u00E9pond l'Otan.",
        // Found by the fuzzer: a lone "n't" was read as a contraction with an empty stem, and reading a name from it threw.
        "<N'T",
        "Mde Nx de N'T/'M",
        "'\uFFFD''N't-il ajout\u00E9\uFFFD\uFFFD,\uFFFD",
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_inputs_keep_every_guarantee(string text) => FuzzTarget.Check(text);

    [Theory]
    [MemberData(nameof(FoundInputs))]
    public void Inputs_that_once_broke_a_guarantee_keep_every_guarantee(string text) => FuzzTarget.Check(text);

    [Fact]
    public void The_seed_article_keeps_every_guarantee() => FuzzTarget.Check(TestHelpers.SeedArticle);

    [Fact]
    public void Every_file_of_the_fuzzing_seed_corpus_keeps_every_guarantee()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "FuzzCorpus");
        var files = Directory.GetFiles(corpus);
        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            FuzzTarget.Run(File.ReadAllBytes(file));
        }
    }
}
