using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace QuoteExtraction.Sample;

/// <summary>The sample's commands: each reads its inputs, writes one result per article, and returns an exit code.</summary>
internal static class Commands
{
    private static readonly JsonWriterOptions s_jsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Finds the quotes of every input. <paramref name="console"/> (a terminal) gets colored tables, or,
    /// with <paramref name="highlight"/>, the articles with their quotes colored by speaker; without it
    /// the same goes out as plain text.
    /// </summary>
    public static int Extract(QuoteExtractor extractor, InputReader inputs, string format, TextWriter output, TextWriter errors,
        RunReport? report = null, IAnsiConsole? console = null, bool highlight = false)
    {
        return Run(inputs, errors, format == "json", output, report, (item, writer) =>
        {
            if (format == "table" || highlight)
            {
                var analysis = extractor.Analyze(item.Text!);
                if (highlight)
                {
                    QuoteTable.WriteHighlighted(console, output, item.Id!, analysis);
                }
                else
                {
                    QuoteTable.Write(console, output, item.Id!, analysis);
                }

                return;
            }

            var quotes = extractor.ExtractQuotes(item.Text!);

            writer!.WriteStartObject();
            writer.WriteString("id", item.Id);
            writer.WriteStartArray("quotes");
            foreach (var quote in quotes)
            {
                QuoteJson.Write(writer, quote);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    public static int Tokenize(QuoteExtractor extractor, InputReader inputs, string format, TextWriter output, TextWriter errors, RunReport? report = null)
    {
        return Run(inputs, errors, array: false, output, report, (item, writer) =>
        {
            var analysis = extractor.Analyze(item.Text!);
            if (format == "table")
            {
                foreach (var token in analysis.Tokens)
                {
                    output.WriteLine($"{token.Start,7} {token.End,7}  {token.Kind,-16} {Printable(token.GetText(analysis.Text))}");
                }

                return;
            }

            writer!.WriteStartObject();
            writer.WriteString("id", item.Id);
            writer.WriteStartArray("tokens");
            foreach (var token in analysis.Tokens)
            {
                WritePair(writer, token.Start, token.End);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("sentences");
            foreach (var sentence in analysis.Sentences)
            {
                WritePair(writer, sentence.Span.Start, sentence.Span.End);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// Runs <paramref name="process"/> on every input item in order. A bad item gets an error line in the
    /// output and processing goes on; the exit code then says that some items failed.
    /// </summary>
    private static int Run(InputReader inputs, TextWriter errors, bool array, TextWriter output, RunReport? report, Action<InputItem, Utf8JsonWriter?> process)
    {
        int failures = 0;
        using var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer, s_jsonOptions);
        try
        {
            if (array)
            {
                output.Write('[');
            }

            bool first = true;
            foreach (var item in inputs.Read())
            {
                writer.Reset();
                buffer.SetLength(0);
                if (item.Error is null)
                {
                    try
                    {
                        long started = Stopwatch.GetTimestamp();
                        process(item, writer);
                        report?.Add(item.Text!, Stopwatch.GetElapsedTime(started));
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // One bad article never stops a batch: it gets its error line and the run goes on.
                        writer.Reset();
                        buffer.SetLength(0);
                        WriteError(writer, item.Id, e.Message);
                        failures++;
                    }
                }
                else
                {
                    WriteError(writer, item.Id, item.Error);
                    failures++;
                }

                writer.Flush();
                if (buffer.Length > 0)
                {
                    if (array && !first)
                    {
                        output.Write(',');
                    }

                    output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                    if (!array)
                    {
                        output.WriteLine();
                    }

                    first = false;
                }
            }

            if (array)
            {
                output.WriteLine(']');
            }
        }
        catch (InputException e)
        {
            output.Flush();
            errors.WriteLine($"error: {e.Message}");
            return ExitCodes.InputError;
        }

        output.Flush();
        report?.Finish();
        if (failures > 0)
        {
            errors.WriteLine($"{failures} input item(s) failed; see the error lines in the output.");
            return ExitCodes.SomeItemsFailed;
        }

        return ExitCodes.Success;
    }

    private static void WriteError(Utf8JsonWriter writer, string? id, string message)
    {
        writer.WriteStartObject();
        if (id is null)
        {
            writer.WriteNull("id");
        }
        else
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("error", message);
        writer.WriteEndObject();
    }

    private static void WritePair(Utf8JsonWriter writer, int start, int end)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(start);
        writer.WriteNumberValue(end);
        writer.WriteEndArray();
    }

    internal static string Printable(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? '\uFFFD' : c);
        }

        return builder.ToString();
    }
}
