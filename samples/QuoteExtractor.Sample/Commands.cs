using System.Buffers;
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

    /// <summary>How many bytes of input a run holds at most besides the one item always let in: a few hundred articles.</summary>
    private const long MaxBytesInFlight = 32 << 20;

    private static readonly byte[] s_newline = "\n"u8.ToArray();

    /// <summary>This thread's buffer for one item's JSON; each worker keeps its own across items.</summary>
    [ThreadStatic]
    private static ItemBuffer? t_buffer;

    /// <summary>
    /// Finds the quotes of every input. <paramref name="console"/> (a terminal) gets colored tables, or,
    /// with <paramref name="highlight"/>, the articles with their quotes colored by speaker; without it
    /// the same goes out as plain text to <paramref name="text"/>. JSON goes to <paramref name="output"/>,
    /// from <paramref name="threads"/> threads, in input order.
    /// </summary>
    /// <remarks>
    /// JSON carries an HTML page's title, byline, publication date and site name when the page gives them,
    /// and, with <paramref name="includeText"/>, each article's text, which the quote offsets point into.
    /// </remarks>
    public static int Extract(QuoteExtractor extractor, InputReader inputs, string format, Stream output, TextWriter text, TextWriter errors,
        RunReport? report = null, IAnsiConsole? console = null, bool highlight = false, int threads = 1, bool includeText = false)
    {
        bool table = format == "table" || highlight;
        return Run(inputs, errors, format == "json", output, table ? text : null, report, table ? 1 : threads, (item, writer) =>
        {
            if (table)
            {
                var analysis = extractor.Analyze(item.Text!);
                if (highlight)
                {
                    QuoteTable.WriteHighlighted(console, text, item.Id!, analysis);
                }
                else
                {
                    QuoteTable.Write(console, text, item.Id!, analysis);
                }

                return;
            }

            var quotes = extractor.ExtractQuotes(item.Text!);

            writer.WriteStartObject();
            writer.WriteString("id"u8, item.Id);
            if (item.Page is { } page)
            {
                WritePage(writer, page);
            }

            if (includeText)
            {
                writer.WriteString("text"u8, item.Text);
            }

            writer.WriteStartArray("quotes"u8);
            foreach (var quote in quotes)
            {
                QuoteJson.Write(writer, quote);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// Writes the tokens and sentences of every input: JSON to <paramref name="output"/> from
    /// <paramref name="threads"/> threads in input order, or one token per line to <paramref name="text"/>.
    /// </summary>
    public static int Tokenize(QuoteExtractor extractor, InputReader inputs, string format, Stream output, TextWriter text, TextWriter errors,
        RunReport? report = null, int threads = 1)
    {
        bool table = format == "table";
        return Run(inputs, errors, array: false, output, table ? text : null, report, table ? 1 : threads, (item, writer) =>
        {
            var analysis = extractor.Analyze(item.Text!);
            if (table)
            {
                foreach (var token in analysis.Tokens)
                {
                    text.WriteLine($"{token.Start,7} {token.End,7}  {token.Kind,-16} {Printable(token.GetText(analysis.Text))}");
                }

                return;
            }

            writer.WriteStartObject();
            writer.WriteString("id"u8, item.Id);
            writer.WriteStartArray("tokens"u8);
            foreach (var token in analysis.Tokens)
            {
                WritePair(writer, token.Start, token.End);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("sentences"u8);
            foreach (var sentence in analysis.Sentences)
            {
                WritePair(writer, sentence.Span.Start, sentence.Span.End);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// Runs <paramref name="process"/> on every input item, on <paramref name="threads"/> threads, and writes
    /// the results in input order: to <paramref name="text"/> when it is given (tables, one thread), else
    /// as UTF-8 to <paramref name="output"/>. A bad item gets an error line in the output and processing
    /// goes on; the exit code then says that some items failed.
    /// </summary>
    private static int Run(InputReader inputs, TextWriter errors, bool array, Stream output, TextWriter? text, RunReport? report, int threads,
        Action<InputItem, Utf8JsonWriter> process)
    {
        int failures = 0;
        bool first = true;
        void Write(ReadOnlySpan<byte> bytes)
        {
            if (text is null)
            {
                output.Write(bytes);
            }
            else
            {
                text.Write(Encoding.UTF8.GetString(bytes));
            }
        }

        void Consume(ItemResult result)
        {
            if (result.Failed)
            {
                failures++;
            }
            else
            {
                report?.Add(result.TextBytes, result.Elapsed);
            }

            if (result.Length > 0)
            {
                if (array && !first)
                {
                    Write(","u8);
                }

                Write(result.Bytes.AsSpan(0, result.Length));
                if (!array)
                {
                    Write(s_newline);
                }

                first = false;
            }

            if (result.Bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(result.Bytes);
            }
        }

        try
        {
            if (array)
            {
                Write("["u8);
            }

            new OrderedPipeline<InputRecord, ItemResult>(threads, MaxBytesInFlight, record => record.Size,
                record => Process(record, report is not null, process), Consume).Run(inputs.Read());

            if (array)
            {
                Write("]"u8);
                Write(s_newline);
            }
        }
        catch (InputException e)
        {
            text?.Flush();
            output.Flush();
            errors.WriteLine($"error: {e.Message}");
            return ExitCodes.InputError;
        }

        text?.Flush();
        output.Flush();
        report?.Finish(threads);
        if (failures > 0)
        {
            errors.WriteLine($"{failures} input item(s) failed; see the error lines in the output.");
            return ExitCodes.SomeItemsFailed;
        }

        return ExitCodes.Success;
    }

    /// <summary>One item's result, as UTF-8 JSON in a pooled buffer: its quotes or tokens, or its error line.</summary>
    private static ItemResult Process(InputRecord record, bool count, Action<InputItem, Utf8JsonWriter> process)
    {
        var item = record.ToItem();
        var buffer = t_buffer ??= new ItemBuffer();
        buffer.Reset();
        bool failed = false;
        long textBytes = 0;
        TimeSpan elapsed = default;
        if (item.Error is null)
        {
            try
            {
                long started = Stopwatch.GetTimestamp();
                process(item, buffer.Writer);
                elapsed = Stopwatch.GetElapsedTime(started);

                // Counting costs a pass over the text: only when the throughput is shown.
                textBytes = count ? Encoding.UTF8.GetByteCount(item.Text!) : 0;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One bad article never stops a batch: it gets its error line and the run goes on.
                buffer.Reset();
                WriteError(buffer.Writer, item.Id, e.Message);
                failed = true;
            }
        }
        else
        {
            WriteError(buffer.Writer, item.Id, item.Error);
            failed = true;
        }

        buffer.Writer.Flush();
        var written = buffer.Bytes.WrittenSpan;
        byte[]? bytes = null;
        if (written.Length > 0)
        {
            bytes = ArrayPool<byte>.Shared.Rent(written.Length);
            written.CopyTo(bytes);
        }

        return new ItemResult(bytes, written.Length, failed, textBytes, elapsed);
    }

    private static void WriteError(Utf8JsonWriter writer, string? id, string message)
    {
        writer.WriteStartObject();
        if (id is null)
        {
            writer.WriteNull("id"u8);
        }
        else
        {
            writer.WriteString("id"u8, id);
        }

        writer.WriteString("error"u8, message);
        writer.WriteEndObject();
    }

    /// <summary>What an HTML page says about its article, each field left out when the page does not say it.</summary>
    private static void WritePage(Utf8JsonWriter writer, Html.HtmlArticle page)
    {
        if (page.Title is { } title)
        {
            writer.WriteString("title"u8, title);
        }

        if (page.Byline is { } byline)
        {
            writer.WriteString("byline"u8, byline);
        }

        if (page.Published is { } published)
        {
            writer.WriteString("published"u8, published);
        }

        if (page.SiteName is { } siteName)
        {
            writer.WriteString("siteName"u8, siteName);
        }
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

    /// <summary>One item's output: <paramref name="Length"/> bytes of <paramref name="Bytes"/> (pooled), whether it failed, and its text's size and time for the statistics.</summary>
    private readonly record struct ItemResult(byte[]? Bytes, int Length, bool Failed, long TextBytes, TimeSpan Elapsed);

    /// <summary>A JSON writer and the buffer it writes to, reused item after item.</summary>
    private sealed class ItemBuffer
    {
        /// <summary>Creates the writer over its own buffer.</summary>
        public ItemBuffer() => Writer = new Utf8JsonWriter(Bytes, s_jsonOptions);

        /// <summary>The item's JSON so far.</summary>
        public ArrayBufferWriter<byte> Bytes { get; } = new(1 << 14);

        /// <summary>Writes into <see cref="Bytes"/>.</summary>
        public Utf8JsonWriter Writer { get; }

        /// <summary>Empties the buffer for the next item, dropping anything a failed item left.</summary>
        public void Reset()
        {
            Writer.Reset();
            Bytes.ResetWrittenCount();
        }
    }
}
