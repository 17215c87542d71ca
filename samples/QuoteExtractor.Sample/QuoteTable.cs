namespace QuoteExtraction.Sample;

/// <summary>Writes quotes as a plain table that stays readable at 80 columns.</summary>
internal static class QuoteTable
{
    private const int SpeakerWidth = 24;
    private const int QuoteWidth = 48;

    public static void Write(TextWriter output, string id, IReadOnlyList<Quote> quotes)
    {
        output.WriteLine($"{id}: {quotes.Count} quote(s)");
        output.WriteLine($"{"#",3}  {"Speaker",-SpeakerWidth}  {"Quote",-QuoteWidth}");
        output.WriteLine(new string('-', 3 + 2 + SpeakerWidth + 2 + QuoteWidth));
        for (int i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var speaker = quote.Speaker is { } s ? (s.Title is null ? s.Name : $"{s.Name} ({s.Title})") : "(unknown)";
            output.WriteLine($"{i + 1,3}  {Fit(speaker, SpeakerWidth),-SpeakerWidth}  {Fit($"“{quote.Text}”", QuoteWidth)}");
        }

        output.WriteLine();
    }

    private static string Fit(string text, int width)
    {
        var flat = Commands.Printable(text.ReplaceLineEndings(" "));
        return flat.Length <= width ? flat : string.Concat(flat.AsSpan(0, width - 1), "…");
    }
}
