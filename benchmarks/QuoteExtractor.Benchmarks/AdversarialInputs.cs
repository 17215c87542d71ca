namespace QuoteExtraction.Benchmarks;

/// <summary>Hostile inputs of a given size, for the linear-time benchmarks and tests.</summary>
public static class AdversarialInputs
{
    /// <summary>The shapes: ordinary news, then patterns that break naive quote pairing.</summary>
    public static readonly string[] Shapes = ["news", "unmatched", "alternating", "nested", "brackets", "word", "newlines"];

    /// <summary>Builds <paramref name="size"/> characters of the given shape.</summary>
    public static string Make(string shape, int size) => shape switch
    {
        "news" => Repeat(Articles.Seed + "\n\n", size),
        "unmatched" => new string('“', size),
        "alternating" => Repeat("“a” ‘b ", size),
        "nested" => Repeat("“‘«‹\"", size),
        "brackets" => Repeat("[…] (...) [", size),
        "word" => new string('a', size),
        "newlines" => new string('\n', size),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown shape."),
    };

    private static string Repeat(string unit, int size) => string.Concat(Enumerable.Repeat(unit, size / unit.Length + 1))[..size];
}
