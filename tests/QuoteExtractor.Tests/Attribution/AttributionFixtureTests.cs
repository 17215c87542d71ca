using QuoteExtraction.Tests.Quotes;

namespace QuoteExtraction.Tests.Attribution;

/// <summary>Runs every annotated snippet in <c>Attribution/Fixtures</c>: who says each quote, with which mention and cue.</summary>
public class AttributionFixtureTests
{
    private const string EnglishFile = "attribution.en.txt";
    private const string FrenchFile = "attribution.fr.txt";

    public static TheoryData<string> EnglishFixtures() => new(Load(EnglishFile).Select(f => f.Name));

    public static TheoryData<string> FrenchFixtures() => new(Load(FrenchFile).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(EnglishFixtures))]
    public void English_fixture(string name) => Check(Load(EnglishFile).Single(f => f.Name == name), TestHelpers.English);

    [Theory]
    [MemberData(nameof(FrenchFixtures))]
    public void French_fixture(string name) => Check(Load(FrenchFile).Single(f => f.Name == name), TestHelpers.French);

    private static void Check((string Name, string Text, List<(string Quote, string Speaker, string Mention, string Cue)> Expected) fixture, QuoteExtractor extractor)
    {
        var quotes = extractor.ExtractQuotes(fixture.Text).Quoted();
        quotes.Select(q => q.Text).Should().Equal(fixture.Expected.Select(e => e.Quote));
        for (int i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var (_, speaker, mention, cue) = fixture.Expected[i];
            Check(quote.Speaker?.Name, speaker, $"speaker of «{quote.Text}»");
            Check(quote.SpeakerMention?.Text, mention, $"mention of «{quote.Text}»");
            Check(quote.Cue?.Text, cue, $"cue of «{quote.Text}»");
            if (quote.SpeakerMention is { } m)
            {
                fixture.Text.Substring(m.Span.Start, m.Span.Length).Should().Be(m.Text);
            }

            if (quote.Speaker is not null)
            {
                quote.Confidence.Should().BeInRange(0.5, 1);
                quote.Rule.Should().NotBeNullOrEmpty();
            }
        }
    }

    private static void Check(string? actual, string expected, string what)
    {
        if (expected == "*")
        {
            return;
        }

        if (expected == "-")
        {
            actual.Should().BeNull(what);
        }
        else
        {
            actual.Should().Be(expected, what);
        }
    }

    private static List<(string Name, string Text, List<(string Quote, string Speaker, string Mention, string Cue)> Expected)> Load(string file)
    {
        var fixtures = new List<(string, string, List<(string, string, string, string)>)>();
        string? name = null;
        foreach (var line in System.IO.File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Attribution", "Fixtures", file)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                name = line[1..^1];
            }
            else if (line.StartsWith("text: ", StringComparison.Ordinal))
            {
                fixtures.Add((name!, QuoteFixture.Unescape(line[6..]), []));
            }
            else if (line.StartsWith("expect: ", StringComparison.Ordinal))
            {
                var parts = QuoteFixture.Unescape(line[8..]).Split(" | ");
                fixtures[^1].Item3.Add((parts[0], parts[1], parts[2], parts[3]));
            }
        }

        return fixtures;
    }
}
