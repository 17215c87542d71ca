using System.Text.Json;
using QuoteExtraction.Sample;

namespace QuoteExtraction.Tests.Sample;

public class SampleCliTests
{
    private static (int ExitCode, string Output, string Errors) Run(string[] args, string? stdin = null) => SampleRun.Text(args, stdin);

    [Fact]
    public void With_no_input_it_prints_a_table_of_the_embedded_article()
    {
        var (exitCode, output, _) = Run([]);
        exitCode.Should().Be(0);
        output.Should().Contain("article-en").And.Contain("This is absolutely unlikely,");
    }

    [Fact]
    public void The_french_demo_article_has_its_speakers_named()
    {
        var (exitCode, output, _) = Run(["--demo", "fr", "--format", "jsonl"]);
        exitCode.Should().Be(0);
        var article = JsonDocument.Parse(output).RootElement;
        article.GetProperty("id").GetString().Should().Be("article-fr");
        var quotes = article.GetProperty("quotes").EnumerateArray().ToList();
        quotes.Should().HaveCountGreaterThan(5);

        // Every quote but a negated one ("n'a pas voulu parler de « succès »") has a named speaker.
        quotes.Count(q => q.GetProperty("speaker").ValueKind == JsonValueKind.Null).Should().BeLessThanOrEqualTo(1);
    }

    [Fact]
    public void Stats_report_the_articles_read_and_the_throughput_on_standard_error()
    {
        const string input = "{\"id\": \"a\", \"text\": \"He said \\\"yes.\\\"\"}\n{\"id\": \"b\", \"text\": \"No quote.\"}\n";
        var (exitCode, output, errors) = Run(["extract", "--input-format", "jsonl", "--format", "jsonl", "--stats"], input);
        exitCode.Should().Be(0);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
        errors.Should().Contain("2 articles").And.Contain("MB/s").And.Contain("articles/s");
    }

    [Fact]
    public void The_plain_table_has_a_speaker_summary_and_fits_in_80_columns()
    {
        var (exitCode, output, _) = Run([]);
        exitCode.Should().Be(0);
        output.Split('\n').Should().OnlyContain(line => line.TrimEnd('\r').Length <= 80);
        output.Split('\n').Count(line => line.Contains("): ", StringComparison.Ordinal) && line.EndsWith("quote(s)", StringComparison.Ordinal))
            .Should().BeGreaterThan(1);
    }

    [Fact]
    public void The_terminal_table_fits_in_80_columns()
    {
        using var output = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Ansi = Spectre.Console.AnsiSupport.No,
            ColorSystem = Spectre.Console.ColorSystemSupport.NoColors,
            Out = new Spectre.Console.AnsiConsoleOutput(output),
        });
        console.Profile.Width = 80;
        QuoteTable.Write(console, output, "seed", new QuoteExtractor().Analyze(TestHelpers.SeedArticle));
        var lines = output.ToString().Split('\n');
        lines.Should().OnlyContain(line => line.TrimEnd('\r').Length <= 80);
        lines.Should().Contain(line => line.Contains("Conf.", StringComparison.Ordinal));
    }

    [Fact]
    public void Highlight_marks_every_quote_with_its_number_when_not_on_a_terminal()
    {
        var (exitCode, output, _) = Run(["--highlight"]);
        exitCode.Should().Be(0);
        int quotes = new QuoteExtractor().ExtractQuotes(TestHelpers.SeedArticle).Count;
        output.Count(c => c == '⟪').Should().Be(quotes);
        output.Should().Contain("⟪1 ").And.Contain($"⟪{quotes} ");
    }

    [Fact]
    public void Html_files_folders_and_globs_are_read_as_articles()
    {
        var folder = Directory.CreateTempSubdirectory("quote-sample-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.html"),
                "<html><head><title>x</title><script>var s = \"“not a quote”\";</script></head><body><nav>“Menu”</nav>"
                + "<article><h1>Title</h1><p>“We are ready,” Senator Jane Doe said on Monday.</p></article></body></html>");
            File.WriteAllText(Path.Combine(folder, "b.txt"), "“No,” Mark Smith said.");
            File.WriteAllText(Path.Combine(folder, "c.md"), "“Ignored,” she said.");

            var (folderExit, folderOutput, _) = Run(["extract", folder, "--format", "jsonl"]);
            folderExit.Should().Be(0);
            var articles = folderOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            articles.Select(a => Path.GetFileName(a.GetProperty("id").GetString())).Should().Equal("a.html", "b.txt");
            var quote = articles[0].GetProperty("quotes").EnumerateArray().Single();
            quote.GetProperty("text").GetString().Should().Be("We are ready,");
            quote.GetProperty("speaker").GetProperty("name").GetString().Should().Be("Jane Doe");

            var (globExit, globOutput, _) = Run(["extract", Path.Combine(folder, "*.txt"), "--format", "jsonl"]);
            globExit.Should().Be(0);
            globOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain("Mark Smith");

            var (noMatchExit, _, noMatchErrors) = Run(["extract", Path.Combine(folder, "*.none")]);
            noMatchExit.Should().Be(1);
            noMatchErrors.Should().Contain("no file matches");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Json_output_of_a_web_page_carries_its_metadata_and_with_include_text_the_text_the_offsets_point_into()
    {
        var page = Path.Combine(AppContext.BaseDirectory, "Html", "Pages", "news-cards.html");

        var (exitCode, output, _) = Run(["extract", page, "--format", "json", "--include-text"]);

        exitCode.Should().Be(0);
        var article = JsonDocument.Parse(output).RootElement.EnumerateArray().Single();
        article.GetProperty("title").GetString().Should().Be("Harbor town votes to rebuild its sea wall");
        article.GetProperty("byline").GetString().Should().Be("Dana Whitfield, Omar Lindqvist");
        article.GetProperty("published").GetString().Should().Be("2024-03-14T09:30:00-04:00");
        article.GetProperty("siteName").GetString().Should().Be("The Coastal Ledger");
        var text = article.GetProperty("text").GetString()!;
        var quote = article.GetProperty("quotes").EnumerateArray().First();
        text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()].Should().Be(quote.GetProperty("text").GetString());

        var (_, plain, _) = Run(["extract", page, "--format", "jsonl"]);
        JsonDocument.Parse(plain).RootElement.TryGetProperty("text", out _).Should().BeFalse();
    }

    [Fact]
    public void A_web_page_without_an_article_gets_an_error_line_and_exit_code_3()
    {
        var page = Path.Combine(AppContext.BaseDirectory, "Html", "Pages", "no-article.html");

        var (exitCode, output, _) = Run(["extract", page, "--format", "jsonl"]);

        exitCode.Should().Be(3);
        JsonDocument.Parse(output).RootElement.GetProperty("error").GetString().Should().EndWith("no article text found");
    }

    [Fact]
    public void Unknown_arguments_get_a_usage_message_and_exit_code_2()
    {
        var (exitCode, _, errors) = Run(["--no-such-option"]);
        exitCode.Should().Be(2);
        errors.Should().Contain("usage");
    }

    [Fact]
    public void A_missing_file_gets_a_clear_message_and_a_non_zero_exit()
    {
        var (exitCode, _, errors) = Run(["extract", "/no/such/file.txt"]);
        exitCode.Should().NotBe(0);
        errors.Should().Contain("no such file: /no/such/file.txt");
    }

    [Fact]
    public void Jsonl_in_gives_one_line_out_per_line_in_order_with_errors_for_bad_lines()
    {
        const string input = "{\"id\": \"a\", \"text\": \"He said \\\"yes.\\\"\"}\nnot json\n{\"id\": \"c\"}\n{\"id\": \"d\", \"text\": 5}\n{\"id\": \"e\", \"text\": \"\"}\n";
        var (exitCode, output, _) = Run(["extract", "--input-format", "jsonl", "--format", "jsonl"], input);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(5);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        objects[0].GetProperty("id").GetString().Should().Be("a");
        var quote = objects[0].GetProperty("quotes")[0];
        quote.GetProperty("text").GetString().Should().Be("yes.");
        quote.GetProperty("start").GetInt32().Should().Be(9);
        quote.GetProperty("end").GetInt32().Should().Be(13);
        quote.TryGetProperty("speaker", out _).Should().BeTrue();
        objects[1].GetProperty("error").GetString().Should().Contain(":2");
        objects[2].GetProperty("id").GetString().Should().Be("c");
        objects[2].GetProperty("error").GetString().Should().Contain("missing \"text\"");
        objects[3].GetProperty("error").GetString().Should().Contain("not a string");
        objects[4].GetProperty("quotes").GetArrayLength().Should().Be(0);
        exitCode.Should().Be(3);
    }

    [Fact]
    public void One_bad_line_among_a_thousand_gives_a_thousand_lines_with_one_error()
    {
        const int lineCount = 1000;
        const int badLine = 617;
        var input = string.Concat(Enumerable.Range(0, lineCount).Select(i => i == badLine
            ? "{\"id\": \"broken\", \"text\": \n"
            : $"{{\"id\": \"a{i}\", \"text\": \"“We will see,” the minister said on day {i}.\"}}\n"));
        var (exitCode, output, _) = Run(["extract", "--input-format", "jsonl", "--format", "jsonl"], input);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(lineCount);
        lines.Count(l => l.TryGetProperty("error", out _)).Should().Be(1);
        lines[badLine].GetProperty("error").GetString().Should().Contain($":{badLine + 1}");
        var results = lines.Where(l => l.TryGetProperty("quotes", out _)).ToList();
        results.Should().HaveCount(lineCount - 1);
        results.Select(l => l.GetProperty("id").GetString()).Should().Equal(Enumerable.Range(0, lineCount).Where(i => i != badLine).Select(i => $"a{i}"), "results keep the input order");
        results.Should().OnlyContain(l => l.GetProperty("quotes").GetArrayLength() == 1);
        exitCode.Should().Be(3);
    }

    [Fact]
    public void Tokenize_writes_token_and_sentence_offsets()
    {
        const string input = "{\"id\": \"x\", \"text\": \"Hi there. Bye.\"}\n";
        var (exitCode, output, _) = Run(["tokenize", "--input-format", "jsonl"], input);
        exitCode.Should().Be(0);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("id").GetString().Should().Be("x");
        root.GetProperty("tokens").GetArrayLength().Should().Be(5);
        var sentences = root.GetProperty("sentences");
        sentences.GetArrayLength().Should().Be(2);
        sentences[1][0].GetInt32().Should().Be(10);
        sentences[1][1].GetInt32().Should().Be(14);
    }
}
