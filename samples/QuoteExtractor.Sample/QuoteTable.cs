using System.Globalization;
using System.Text;
using Spectre.Console;

namespace QuoteExtraction.Sample;

/// <summary>
/// Writes an article's quotes for people: a table (speaker, title, quote, cue, confidence) and a
/// summary per speaker, colored on a terminal and plain when redirected, readable at 80 columns; and
/// the article itself with each speaker's quotes in their own color (<c>--highlight</c>).
/// </summary>
internal static class QuoteTable
{
    private const int QuoteExcerpt = 60;
    private const int SpeakerWidth = 22;
    private const int PlainQuoteWidth = 44;

    private static readonly Color[] s_palette =
        [Color.Aqua, Color.Yellow, Color.Lime, Color.Fuchsia, Color.Orange1, Color.DeepSkyBlue1, Color.LightPink1, Color.SpringGreen1];

    /// <summary>The table and the per-speaker summary of one article.</summary>
    public static void Write(IAnsiConsole? console, TextWriter output, string id, ArticleAnalysis analysis)
    {
        if (console is null)
        {
            WritePlain(output, id, analysis);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(id)}[/]: {analysis.Quotes.Count} quote(s)")
            .AddColumn("#").AddColumn("Speaker").AddColumn("Quote").AddColumn("Cue").AddColumn(new TableColumn("Conf.").RightAligned());
        for (int i = 0; i < analysis.Quotes.Count; i++)
        {
            var quote = analysis.Quotes[i];
            var color = ColorOf(analysis, quote.Speaker);
            var speaker = quote.Speaker is { } s
                ? $"[{color.ToMarkup()}]{Markup.Escape(s.Name)}[/]" + (s.Title is null ? string.Empty : $"\n[dim]{Markup.Escape(s.Title)}[/]")
                : "[grey](unknown)[/]";
            table.AddRow(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                speaker,
                Markup.Escape(Shown(quote, QuoteExcerpt)),
                Markup.Escape(quote.Cue?.Text ?? "-"),
                quote.Speaker is null ? "-" : quote.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        foreach (var speaker in analysis.Speakers)
        {
            console.MarkupLine($"[{ColorOf(analysis, speaker).ToMarkup()}]{Markup.Escape(Describe(speaker))}[/]: {analysis.QuotesOf(speaker).Count} quote(s)");
        }

        console.WriteLine();
    }

    /// <summary>The article with each quote in its speaker's color, or marked <c>⟪n …⟫</c> (n: the quote's number) when plain.</summary>
    public static void WriteHighlighted(IAnsiConsole? console, TextWriter output, string id, ArticleAnalysis analysis)
    {
        var text = analysis.Text;
        var markup = new StringBuilder(text.Length + 64 * analysis.Quotes.Count);
        var plain = new StringBuilder(text.Length + 16 * analysis.Quotes.Count);
        int at = 0;
        for (int i = 0; i < analysis.Quotes.Count; i++)
        {
            var span = analysis.Quotes[i].Span;
            if (span.Start < at)
            {
                continue;
            }

            var before = text[at..span.Start];
            var inside = text[span.Start..span.End];
            markup.Append(Markup.Escape(before)).Append('[').Append(ColorOf(analysis, analysis.Quotes[i].Speaker).ToMarkup()).Append(']')
                .Append(Markup.Escape(inside)).Append("[/]");
            plain.Append(before).Append('⟪').Append(i + 1).Append(' ').Append(inside).Append('⟫');
            at = span.End;
        }

        markup.Append(Markup.Escape(text[at..]));
        plain.Append(text[at..]);
        if (console is null)
        {
            output.WriteLine($"{id}:");
            output.WriteLine(plain.ToString());
            output.WriteLine();
            return;
        }

        console.MarkupLine($"[bold]{Markup.Escape(id)}[/]");
        foreach (var speaker in analysis.Speakers)
        {
            console.MarkupLine($"  [{ColorOf(analysis, speaker).ToMarkup()}]■ {Markup.Escape(Describe(speaker))}[/]");
        }

        console.MarkupLine("  [grey]■ (unknown speaker)[/]");
        console.WriteLine();
        console.MarkupLine(markup.ToString());
        console.WriteLine();
    }

    private static void WritePlain(TextWriter output, string id, ArticleAnalysis analysis)
    {
        output.WriteLine($"{id}: {analysis.Quotes.Count} quote(s)");
        output.WriteLine($"{"#",3}  {"Speaker",-SpeakerWidth}  {"Quote",-PlainQuoteWidth}  {"Conf.",5}");
        output.WriteLine(new string('-', 3 + 2 + SpeakerWidth + 2 + PlainQuoteWidth + 2 + 5));
        for (int i = 0; i < analysis.Quotes.Count; i++)
        {
            var quote = analysis.Quotes[i];
            var speaker = quote.Speaker is { } s ? (s.Title is null ? s.Name : $"{s.Name} ({s.Title})") : "(unknown)";
            var confidence = quote.Speaker is null ? "-" : quote.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
            output.WriteLine($"{i + 1,3}  {Excerpt(speaker, SpeakerWidth),-SpeakerWidth}  {Shown(quote, PlainQuoteWidth),-PlainQuoteWidth}  {confidence,5}");
        }

        if (analysis.Speakers.Count > 0)
        {
            output.WriteLine();
            foreach (var speaker in analysis.Speakers)
            {
                output.WriteLine($"{Excerpt(Describe(speaker), 66)}: {analysis.QuotesOf(speaker).Count} quote(s)");
            }
        }

        output.WriteLine();
    }

    /// <summary>A quote's text cut to <paramref name="width"/>: in quotation marks, or after <c>(reported)</c> for reported speech, which has none.</summary>
    private static string Shown(Quote quote, int width) =>
        quote.Kind == QuoteKind.Indirect ? Excerpt($"(reported) {quote.Text}", width) : Excerpt($"“{quote.Text}”", width);

    private static string Describe(Speaker speaker)
    {
        var details = string.Join(", ", new[] { speaker.Title, speaker.Affiliation }.Where(d => d is not null));
        return details.Length == 0 ? speaker.Name : $"{speaker.Name} ({details})";
    }

    private static Color ColorOf(ArticleAnalysis analysis, Speaker? speaker)
    {
        if (speaker is null)
        {
            return Color.Grey;
        }

        int index = 0;
        foreach (var known in analysis.Speakers)
        {
            if (ReferenceEquals(known, speaker))
            {
                return s_palette[index % s_palette.Length];
            }

            index++;
        }

        return Color.Grey;
    }

    private static string Excerpt(string text, int width)
    {
        var flat = Commands.Printable(text.ReplaceLineEndings(" "));
        return flat.Length <= width ? flat : string.Concat(flat.AsSpan(0, width - 1), "…");
    }
}
