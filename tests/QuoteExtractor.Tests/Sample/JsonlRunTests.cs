using System.Text;
using System.Text.Json;
using CsCheck;
using QuoteExtraction.Sample;
using QuoteExtraction.Tests.Properties;

namespace QuoteExtraction.Tests.Sample;

/// <summary>
/// The sample's jsonl runs: any input line, however broken, gives exactly one output line, in input
/// order, and every thread count gives the same bytes.
/// </summary>
public class JsonlRunTests
{
    private static readonly string[] s_extract = ["extract", "--input-format", "jsonl", "--format", "jsonl"];

    /// <summary>A line of some kind, with the text it carries when it is a valid article (else null).</summary>
    private sealed record Line(byte[] Bytes, string? Text);

    [Fact]
    public void An_escaped_lone_surrogate_is_read_as_the_string_it_denotes()
    {
        // Python's json.dumps writes broken text this way; the line is an article like any other.
        const string line = "{\"id\": \"x\", \"text\": \"\\u201cWe will see \\udc00 soon,\\u201d the minister said. abc \\ud800 def\"}\n";
        var (exitCode, output, _) = Run([.. s_extract], Encoding.UTF8.GetBytes(line));
        exitCode.Should().Be(0);
        var result = JsonDocument.Parse(output).RootElement;
        result.GetProperty("id").GetString().Should().Be("x");
        var quote = result.GetProperty("quotes").EnumerateArray().Single();
        quote.GetProperty("start").GetInt32().Should().Be(1);
        quote.GetProperty("end").GetInt32().Should().Be("\u201cWe will see \udc00 soon,".Length);
    }

    [Fact]
    public void Every_escape_is_unescaped_and_bad_utf8_becomes_a_replacement_character()
    {
        var line = Encoding.UTF8.GetBytes("{\"id\": \"e\", \"text\": \"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\\u00e9\\uD83D\\uDE00 \u00e9 \"}").ToList();

        // A byte that is not UTF-8, before the closing quote.
        line.Insert(line.Count - 2, 0xFF);
        var item = JsonlLine.Parse(line.ToArray(), "test:1");
        item.Error.Should().BeNull();
        item.Text.Should().Be("a\"b\\c/d\be\ff\ng\rh\ti\u00e9\U0001F600 \u00e9 \uFFFD");
    }

    [Fact]
    public void Empty_lines_crlf_endings_and_a_byte_order_mark_are_handled_line_by_line()
    {
        var input = "\uFEFF{\"id\": \"a\", \"text\": \"One.\"}\r\n\r\n   \n{\"id\": \"d\", \"text\": \"Two.\"}";
        var (exitCode, output, _) = Run([.. s_extract], Encoding.UTF8.GetBytes(input));
        exitCode.Should().Be(ExitCodes.SomeItemsFailed);
        var lines = Lines(output);
        lines.Should().HaveCount(4);
        lines[0].GetProperty("id").GetString().Should().Be("a");
        lines[1].GetProperty("error").GetString().Should().Be("stdin:2: empty line");
        lines[2].GetProperty("error").GetString().Should().Be("stdin:3: empty line");
        lines[3].GetProperty("id").GetString().Should().Be("d");
    }

    [Fact]
    public void A_line_over_the_limit_gets_an_error_line_and_the_next_lines_are_read()
    {
        var longText = new string('x', 5000);
        var input = $"{{\"id\": \"a\", \"text\": \"“Yes,” she said.\"}}\n{{\"id\": \"b\", \"text\": \"{longText}\"}}\n{{\"id\": \"c\", \"text\": \"No.\"}}\n";
        foreach (int threads in new[] { 1, 3 })
        {
            using var output = new MemoryStream();
            using var text = new StringWriter();
            var inputs = new InputReader([], jsonl: true, new MemoryStream(Encoding.UTF8.GetBytes(input)), maxLineBytes: 1000);
            int exitCode = Commands.Extract(new QuoteExtractor(), inputs, "jsonl", output, text, TextWriter.Null, threads: threads);
            exitCode.Should().Be(ExitCodes.SomeItemsFailed);
            var lines = Lines(output.ToArray());
            lines.Select(l => l.TryGetProperty("error", out var e) ? e.GetString() : l.GetProperty("id").GetString())
                .Should().Equal("a", "stdin:2: the line is longer than the limit of 1,000 bytes", "c");
        }
    }

    [Fact]
    public void A_thousand_random_lines_give_a_thousand_lines_in_order() =>
        Gen.Select(LineGen.Array[1000], Gen.Int[2, 4], (lines, threads) => (lines, threads))
            .Sample(sample => CheckRun(sample.lines, sample.threads), iter: 1);

    [Fact]
    public void Any_mix_of_lines_gives_one_line_out_per_line_in_on_any_thread_count() =>
        Gen.Select(LineGen.Array[1, 40], Gen.Int[2, 5], (lines, threads) => (lines, threads))
            .Sample(sample => CheckRun(sample.lines, sample.threads), iter: 40);

    [Fact]
    public void Tokenize_gives_the_same_bytes_on_one_thread_and_on_several()
    {
        var input = string.Concat(Enumerable.Range(0, 50).Select(i => $"{{\"id\": \"t{i}\", \"text\": \"Line {i}. “Quoted,” he said.\"}}\n"));
        var bytes = Encoding.UTF8.GetBytes(input + "not json\n");
        var (oneExit, one, _) = Run(["tokenize", "--input-format", "jsonl", "--threads", "1"], bytes);
        var (manyExit, many, _) = Run(["tokenize", "--input-format", "jsonl", "--threads", "4"], bytes);
        oneExit.Should().Be(ExitCodes.SomeItemsFailed);
        manyExit.Should().Be(oneExit);
        many.Should().Equal(one);
        Lines(one).Should().HaveCount(51);
    }

    [Fact]
    public void A_thread_count_below_one_is_a_usage_error()
    {
        var (exitCode, _, errors) = Run(["extract", "--threads", "0"], null);
        exitCode.Should().Be(ExitCodes.Usage);
        errors.Should().Contain("--threads");
    }

    [Fact]
    public void Results_are_consumed_in_input_order_with_a_bounded_number_held()
    {
        int read = 0;
        int consumed = 0;
        int mostAhead = 0;
        var order = new List<int>();
        IEnumerable<int> Items()
        {
            for (int i = 0; i < 500; i++)
            {
                mostAhead = Math.Max(mostAhead, Interlocked.Increment(ref read) - Volatile.Read(ref consumed));
                yield return i;
            }
        }

        new OrderedPipeline<int, int>(3, maxBytes: long.MaxValue, _ => 1, i =>
        {
            // Uneven work, so that the workers finish out of order.
            Thread.SpinWait((i * 7919 % 13) * 2000);
            return i;
        }, i =>
        {
            order.Add(i);
            Interlocked.Increment(ref consumed);
        }).Run(Items());

        order.Should().Equal(Enumerable.Range(0, 500));
        mostAhead.Should().BeLessThanOrEqualTo((OrderedPipeline<int, int>.MaxItemsPerThread * 3) + 2);
    }

    [Fact]
    public void A_failure_while_consuming_stops_the_run_and_is_thrown()
    {
        var pipeline = new OrderedPipeline<int, int>(2, maxBytes: 100, _ => 10, i => i, i =>
        {
            if (i == 50)
            {
                throw new IOException("broken pipe");
            }
        });
        var run = () => pipeline.Run(Enumerable.Range(0, 10_000));
        run.Should().Throw<IOException>().WithMessage("broken pipe");
    }

    [Fact]
    public void A_failure_to_read_comes_after_every_item_read_before_it()
    {
        IEnumerable<int> Items()
        {
            for (int i = 0; i < 100; i++)
            {
                yield return i;
            }

            throw new InputException("no such file: b.jsonl");
        }

        var consumed = new List<int>();
        var run = () => new OrderedPipeline<int, int>(3, maxBytes: 1000, _ => 1, i => i, consumed.Add).Run(Items());
        run.Should().Throw<InputException>().WithMessage("no such file: b.jsonl");
        consumed.Should().Equal(Enumerable.Range(0, 100));
    }

    [Fact]
    public void A_missing_second_file_leaves_the_first_files_lines_in_the_output()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, Enumerable.Range(0, 200).Select(i => $"{{\"id\": \"a{i}\", \"text\": \"“Yes,” she said on day {i}.\"}}"));
            var (exitCode, output, errors) = Run([.. s_extract, "--threads", "3", file, file + ".missing"], null);
            exitCode.Should().Be(ExitCodes.InputError);
            errors.Should().Contain("no such file");
            Lines(output).Select(l => l.GetProperty("id").GetString()).Should().Equal(Enumerable.Range(0, 200).Select(i => $"a{i}"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Runs <paramref name="lines"/> on one thread and on <paramref name="threads"/>: the same bytes, one
    /// JSON line per input line, errors naming their line, and valid lines with their quotes inside their text.
    /// </summary>
    private static void CheckRun(Line[] lines, int threads)
    {
        var input = lines.SelectMany((l, i) => (l.Text is null ? l.Bytes : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(l.Bytes).Replace("\"l#\"", $"\"l{i}\"", StringComparison.Ordinal)))
            .Append((byte)'\n')).ToArray();
        var (oneExit, one, _) = Run([.. s_extract, "--threads", "1"], input);
        var (manyExit, many, _) = Run([.. s_extract, "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture)], input);
        many.Should().Equal(one);
        manyExit.Should().Be(oneExit);

        var results = Lines(one);
        results.Should().HaveCount(lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Text is { } text)
            {
                results[i].GetProperty("id").GetString().Should().Be($"l{i}");
                foreach (var quote in results[i].GetProperty("quotes").EnumerateArray())
                {
                    int start = quote.GetProperty("start").GetInt32();
                    int end = quote.GetProperty("end").GetInt32();
                    start.Should().BeInRange(0, end);
                    end.Should().BeLessThanOrEqualTo(text.Length);
                }
            }
            else if (results[i].TryGetProperty("error", out var error))
            {
                error.GetString().Should().StartWith($"stdin:{i + 1}:");
            }
        }
    }

    /// <summary>Valid articles (escaped as ASCII or written as UTF-8, lone surrogates escaped), truncated lines, binary bytes and blank lines.</summary>
    private static Gen<Line> LineGen { get; } =
        Gen.Frequency(
            (5, Gen.Select(Gen.OneOf(TextGenerators.Article, TextGenerators.Raw), Gen.Bool, (text, ascii) => (text, ascii))
                .Select(t => new Line(Encoding.UTF8.GetBytes(JsonLine(t.text, t.ascii)), t.text))),
            (2, Gen.Select(TextGenerators.Raw, Gen.Double[0, 1], (text, cut) =>
            {
                var bytes = Encoding.UTF8.GetBytes(JsonLine(text, ascii: true));
                return new Line(bytes[..(int)(cut * (bytes.Length - 1))], null);
            })),
            (2, Gen.Byte.Array[0, 200].Select(bytes => new Line(bytes.Where(b => b != '\n').ToArray(), null))),
            (1, Gen.OneOf("", " ", "\t", "\r").Select(blank => new Line(Encoding.UTF8.GetBytes(blank), null))));

    /// <summary>
    /// <c>{"id": "l0", "text": ...}</c> with the text escaped as Python's json.dumps does: every code unit
    /// outside ASCII as <c>\uXXXX</c> when <paramref name="ascii"/>, else only lone surrogates. The id is a
    /// placeholder, <c>l#</c>, that <see cref="CheckRun"/> numbers by the line's place.
    /// </summary>
    private static string JsonLine(string text, bool ascii)
    {
        var json = new StringBuilder("{\"id\": \"l#\", \"text\": \"");
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (c is '"' or '\\')
            {
                json.Append('\\').Append(c);
            }
            else if (c < ' ' || (ascii && c > '~') || (char.IsSurrogate(c) && !pair && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))))
            {
                json.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                json.Append(c);
            }
        }

        return json.Append("\"}").ToString();
    }

    private static List<JsonElement> Lines(byte[] output) =>
        Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    private static (int ExitCode, byte[] Output, string Errors) Run(string[] args, byte[]? stdin) => SampleRun.Bytes(args, stdin);
}
