using System.CommandLine;
using System.Text;
using Spectre.Console;

namespace QuoteExtraction.Sample;

/// <summary>The sample's command line: <c>extract</c> (the default) and <c>tokenize</c>.</summary>
internal static class Cli
{
    private static readonly string[] s_commandNames = ["extract", "tokenize", "-h", "--help", "-?", "--version"];

    /// <summary>Runs the command in <paramref name="args"/> and returns its exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdin">Standard input, or null when it is not redirected.</param>
    /// <param name="stdout">Where results go, as UTF-8.</param>
    /// <param name="stderr">Where messages go.</param>
    /// <param name="showProgress">Whether a long jsonl run shows its progress on <paramref name="stderr"/> (a terminal).</param>
    /// <param name="terminal">Whether <paramref name="stdout"/> is a terminal, which gets colored tables.</param>
    public static int Run(string[] args, Stream? stdin, Stream stdout, TextWriter stderr, bool showProgress = false, bool terminal = false)
    {
        // JSON goes out as bytes; tables and help as text through the same buffer, flushed before any JSON.
        using var output = new BufferedStream(stdout, 1 << 16);
        using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 12, leaveOpen: true);
        try
        {
            return Run(args, stdin, output, text, stderr, showProgress, terminal);
        }
        finally
        {
            text.Flush();
        }
    }

    private static int Run(string[] args, Stream? stdin, Stream output, TextWriter stdout, TextWriter stderr, bool showProgress, bool terminal)
    {
        // The sample runs "extract" when no command is named, so that `dotnet run` alone shows the demo.
        if (args.Length == 0 || !s_commandNames.Contains(args[0], StringComparer.Ordinal))
        {
            args = ["extract", .. args];
        }

        var filesArgument = new Argument<string[]>("files")
        {
            Description = "Text or jsonl files to read; '-' reads standard input. With none, standard input is read when it is redirected, else the embedded demo article.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        filesArgument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            }
        });
        var inputFormatOption = new Option<string>("--input-format")
        {
            Description = "How the input is laid out: 'text' (one article per file) or 'jsonl' (one {\"id\", \"text\"} object per line).",
            DefaultValueFactory = _ => "text",
        };
        inputFormatOption.AcceptOnlyFromAmong("text", "jsonl");
        var languageOption = new Option<Language>("--language")
        {
            Description = "The article language; Auto detects it per article.",
            DefaultValueFactory = _ => Language.Auto,
        };

        var extractFormatOption = new Option<string>("--format")
        {
            Description = "Output: 'table' for people, 'json' (one array) or 'jsonl' (one line per article) for programs.",
            DefaultValueFactory = _ => "table",
        };
        extractFormatOption.AcceptOnlyFromAmong("table", "json", "jsonl");
        var demoOption = new Option<string>("--demo")
        {
            Description = "Which embedded demo article to read when no input is given: 'en' (the seed article) or 'fr'.",
            DefaultValueFactory = _ => "en",
        };
        demoOption.AcceptOnlyFromAmong(InputReader.DemoLanguages);
        var highlightOption = new Option<bool>("--highlight")
        {
            Description = "Show each article with its quotes colored by speaker (marked ⟪n …⟫ when the output is not a terminal).",
        };
        var threadsOption = new Option<int>("--threads")
        {
            Description = "How many articles to process at a time with JSON output (default: one per core); 1 runs everything on one thread.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        threadsOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--threads must be at least 1");
            }
        });
        var statsOption = new Option<bool>("--stats")
        {
            Description = "After the run, write the articles read and the throughput (MB/s, articles/s) to standard error.",
        };
        var includeTextOption = new Option<bool>("--include-text")
        {
            Description = "With JSON output, also write each article's text, which the quote offsets point into (for an HTML page, the article text read from it).",
        };
        var includeNonSpeechOption = new Option<bool>("--include-non-speech")
        {
            Description = "Also list quoted text that is not speech: titles of works, nicknames, scare quotes.",
        };

        var extract = new Command("extract", "Find the quotes in articles and who said them (the default command).")
        {
            filesArgument, inputFormatOption, extractFormatOption, languageOption, includeNonSpeechOption, includeTextOption, demoOption, statsOption,
            highlightOption, threadsOption,
        };
        extract.SetAction(parsed =>
        {
            var options = new QuoteExtractorOptions
            {
                Language = parsed.GetValue(languageOption),
                IncludeNonSpeech = parsed.GetValue(includeNonSpeechOption),
            };
            bool jsonl = parsed.GetValue(inputFormatOption) == "jsonl";
            var inputs = new InputReader(parsed.GetValue(filesArgument) ?? [], jsonl, stdin, parsed.GetValue(demoOption)!);
            // Counting costs a pass over every text: only when the throughput or the progress is shown.
            bool stats = parsed.GetValue(statsOption);
            var report = stats || (jsonl && showProgress) ? new RunReport(stderr, stats, progress: jsonl && showProgress) : null;
            var console = terminal ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) }) : null;
            return Commands.Extract(new QuoteExtractor(options), inputs, parsed.GetValue(extractFormatOption)!, output, stdout, stderr, report,
                console, parsed.GetValue(highlightOption), parsed.GetValue(threadsOption), parsed.GetValue(includeTextOption));
        });

        var tokenizeFormatOption = new Option<string>("--format")
        {
            Description = "Output: 'jsonl' ({\"id\", \"tokens\", \"sentences\"} per article) or 'table' (one token per line).",
            DefaultValueFactory = _ => "jsonl",
        };
        tokenizeFormatOption.AcceptOnlyFromAmong("jsonl", "table");
        var tokenize = new Command("tokenize", "Split articles into tokens and sentences, with offsets.")
        {
            filesArgument, inputFormatOption, tokenizeFormatOption, languageOption, demoOption, threadsOption,
        };
        tokenize.SetAction(parsed =>
        {
            var extractor = new QuoteExtractor(new QuoteExtractorOptions { Language = parsed.GetValue(languageOption) });
            var inputs = new InputReader(parsed.GetValue(filesArgument) ?? [], parsed.GetValue(inputFormatOption) == "jsonl", stdin, parsed.GetValue(demoOption)!);
            return Commands.Tokenize(extractor, inputs, parsed.GetValue(tokenizeFormatOption)!, output, stdout, stderr, threads: parsed.GetValue(threadsOption));
        });

        var root = new RootCommand("QuoteExtractor sample: who said what in a news article.") { extract, tokenize };
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("usage: QuoteExtractor.Sample [extract|tokenize] [files...] [--input-format text|jsonl] [--format ...] [--language Auto|English|French] [--demo en|fr] [--include-text] [--highlight] [--stats] [--threads N]");
            stderr.WriteLine("Run with --help for details.");
            return ExitCodes.Usage;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
