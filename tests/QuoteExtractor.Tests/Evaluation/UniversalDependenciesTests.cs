using System.Text.Json;

namespace QuoteExtraction.Tests.Evaluation;

/// <summary>
/// Token and sentence boundaries scored against Universal Dependencies dev data, the same way as
/// the reference scorer. Skipped when the evaluation data is not beside the repository.
/// </summary>
public class UniversalDependenciesTests
{
    [SkippableTheory]
    [InlineData("ud-en-ewt-dev.jsonl", Language.English, 0.99, 0.82)]
    [InlineData("ud-fr-gsd-dev.jsonl", Language.French, 0.995, 0.96)]
    public void Boundaries_reach_the_bars(string file, Language language, double tokenBar, double sentenceBar)
    {
        var path = EvaluationData.Find(file);
        Skip.If(path is null, $"{file} is not available");

        var extractor = new QuoteExtractor(new QuoteExtractorOptions { Language = language });
        var tokens = new F1();
        var sentences = new F1();
        foreach (var line in File.ReadLines(path!))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var analysis = extractor.Analyze(text);
            tokens.Add(Spans(root.GetProperty("tokens"), text, trim: false), analysis.Tokens.Select(t => (t.Start, t.End)));
            sentences.Add(Spans(root.GetProperty("sentences"), text, trim: true), analysis.Sentences.Select(s => Trim(text, s.Span.Start, s.Span.End)));
        }

        tokens.Score.Should().BeGreaterThanOrEqualTo(tokenBar);
        sentences.Score.Should().BeGreaterThanOrEqualTo(sentenceBar);
    }

    private static IEnumerable<(int, int)> Spans(JsonElement array, string text, bool trim) =>
        array.EnumerateArray().Select(pair => (pair[0].GetInt32(), pair[1].GetInt32()))
            .Select(span => trim ? Trim(text, span.Item1, span.Item2) : span);

    private static (int, int) Trim(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return (start, end);
    }

    private sealed class F1
    {
        private int _truePositives, _predicted, _gold;

        public double Score => _truePositives == 0 ? 0 : 2.0 * _truePositives / (_predicted + _gold);

        public void Add(IEnumerable<(int, int)> gold, IEnumerable<(int, int)> predicted)
        {
            var goldSet = gold.ToHashSet();
            var predictedSet = predicted.ToHashSet();
            _gold += goldSet.Count;
            _predicted += predictedSet.Count;
            _truePositives += predictedSet.Count(goldSet.Contains);
        }
    }
}
