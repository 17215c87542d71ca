using System.Text;
using System.Text.Json;

namespace QuoteExtraction.Benchmarks;

/// <summary>
/// The news articles the throughput benchmarks read: the PolNeAR train texts when the evaluation data
/// sits beside the repository (<c>../shared/eval/polnear-train.jsonl</c>), else a corpus built from
/// the embedded demo articles, so that the suite runs anywhere.
/// </summary>
public static class NewsCorpus
{
    private static readonly Lazy<List<string>> s_news = new(LoadNews);

    /// <summary>The corpus names a benchmark can take: <c>seed</c> (the seed article alone) and <c>news</c>.</summary>
    public static readonly string[] Names = ["seed", "news"];

    /// <summary>Where the news corpus came from.</summary>
    public static string Source { get; private set; } = string.Empty;

    /// <summary>The articles of the corpus called <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> Get(string name) => name switch
    {
        "seed" => [Articles.Seed],
        "news" => s_news.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown corpus."),
    };

    /// <summary>The UTF-8 size of the articles, the unit of the MB/s figures.</summary>
    public static long Utf8Bytes(IEnumerable<string> texts) => texts.Sum(text => (long)Encoding.UTF8.GetByteCount(text));

    /// <summary><paramref name="size"/> characters of news: whole articles of the corpus one after another.</summary>
    public static string OfLength(int size)
    {
        var builder = new StringBuilder(size + 8192);
        var news = s_news.Value;
        for (int i = 0; builder.Length < size; i++)
        {
            builder.Append(news[i % news.Count]).Append("\n\n");
        }

        return builder.ToString(0, size);
    }

    /// <summary>
    /// The first <paramref name="total"/> characters of news (<see cref="OfLength"/>) cut into articles of
    /// <paramref name="size"/> characters: every size reads the same text.
    /// </summary>
    public static string[] CutInto(int total, int size)
    {
        var text = OfLength(total);
        var articles = new string[total / size];
        for (int i = 0; i < articles.Length; i++)
        {
            articles[i] = text.Substring(i * size, size);
        }

        return articles;
    }

    private static List<string> LoadNews()
    {
        if (FindEvaluationFile("polnear-train.jsonl") is { } path)
        {
            Source = path;
            return [.. File.ReadLines(path).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? string.Empty)];
        }

        // Without the evaluation data: the two demo articles, each cut into paragraphs and dealt into
        // 200 articles of different lengths, so that the corpus is not one text repeated.
        Source = "embedded demo articles";
        var paragraphs = (Articles.Seed + "\n\n" + Articles.French).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var articles = new List<string>(200);
        for (int a = 0; a < 200; a++)
        {
            int count = 3 + (a % 17);
            articles.Add(string.Join("\n\n", Enumerable.Range(a, count).Select(p => paragraphs[p % paragraphs.Length])));
        }

        return articles;
    }

    private static string? FindEvaluationFile(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "eval", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
