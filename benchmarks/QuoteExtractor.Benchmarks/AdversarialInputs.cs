namespace QuoteExtraction.Benchmarks;

/// <summary>Hostile inputs of a given size, for the linear-time benchmarks and tests.</summary>
public static class AdversarialInputs
{
    /// <summary>
    /// The shapes: ordinary news (whole articles of <see cref="NewsCorpus"/> one after another, the
    /// baseline), then patterns that break naive quote pairing, attribution or coreference.
    /// </summary>
    public static readonly string[] Shapes =
        ["news", "unmatched", "alternating", "nested", "brackets", "word", "newlines", "quotes", "attributions", "names", "namesakes", "modifiers"];

    /// <summary>Builds <paramref name="size"/> characters of the given shape.</summary>
    public static string Make(string shape, int size) => shape switch
    {
        "news" => NewsCorpus.OfLength(size),
        "unmatched" => new string('“', size),
        "alternating" => Repeat("“a” ‘b ", size),
        "nested" => Repeat("“‘«‹\"", size),
        "brackets" => Repeat("[…] (...) [", size),
        "word" => new string('a', size),
        "newlines" => new string('\n', size),
        "quotes" => Repeat("“we won,” and ", size),
        "attributions" => Repeat("“we won,” he said. ", size),
        "names" => DistinctNames(size),
        "namesakes" => Namesakes(size),
        "modifiers" => Repeat("former senior ", size),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown shape."),
    };

    /// <summary>Many different people speaking in one sentence: every name is new to coreference.</summary>
    private static string DistinctNames(int size)
    {
        var builder = new System.Text.StringBuilder(size + 32);
        for (int i = 0; builder.Length < size; i++)
        {
            builder.Append(Word(i)).Append(' ').Append(Word(i * 7 + 3)).Append(" said, ");
        }

        return builder.ToString(0, size);
    }

    /// <summary>Thousands of people of one surname: every new name is compared with its namesakes.</summary>
    private static string Namesakes(int size)
    {
        var builder = new System.Text.StringBuilder(size + 32);
        for (int i = 0; builder.Length < size; i++)
        {
            builder.Append(Word(i)).Append(" Smith said, ");
        }

        return builder.ToString(0, size);
    }

    /// <summary>A capitalized word spelling <paramref name="n"/> in base 26.</summary>
    private static string Word(int n)
    {
        var letters = new System.Text.StringBuilder("Q");
        do
        {
            letters.Append((char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return letters.ToString();
    }

    private static string Repeat(string unit, int size) => string.Concat(Enumerable.Repeat(unit, size / unit.Length + 1))[..size];
}
