namespace QuoteExtraction.Benchmarks;

/// <summary>Benchmark inputs, built once before measuring.</summary>
public static class Articles
{
    /// <summary>The seed article.</summary>
    public static string Seed { get; } = Load("article-en.txt");

    /// <summary>The French demo article.</summary>
    public static string French { get; } = Load("article-fr.txt");

    private static string Load(string name)
    {
        using var stream = typeof(Articles).Assembly.GetManifestResourceStream($"QuoteExtraction.Benchmarks.{name}")
            ?? throw new InvalidOperationException($"The benchmark input {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
