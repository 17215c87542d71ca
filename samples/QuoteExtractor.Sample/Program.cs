using System.CommandLine;
using QuoteExtraction;
using QuoteExtraction.Sample;

// The sample runs "extract" when no command is named, so that `dotnet run` alone shows the demo.
string[] commandNames = ["extract", "tokenize", "-h", "--help", "-?", "--version"];
if (args.Length == 0 || !commandNames.Contains(args[0], StringComparer.Ordinal))
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
var includeNonSpeechOption = new Option<bool>("--include-non-speech")
{
    Description = "Also list quoted text that is not speech: titles of works, nicknames, scare quotes.",
};

var extract = new Command("extract", "Find the quotes in articles and who said them (the default command).")
{
    filesArgument, inputFormatOption, extractFormatOption, languageOption, includeNonSpeechOption,
};
extract.SetAction(parsed =>
{
    var options = new QuoteExtractorOptions
    {
        Language = parsed.GetValue(languageOption),
        IncludeNonSpeech = parsed.GetValue(includeNonSpeechOption),
    };
    var inputs = new InputReader(parsed.GetValue(filesArgument) ?? [], parsed.GetValue(inputFormatOption) == "jsonl");
    return Commands.Extract(new QuoteExtractor(options), inputs, parsed.GetValue(extractFormatOption)!, Console.Out, Console.Error);
});

var tokenizeFormatOption = new Option<string>("--format")
{
    Description = "Output: 'jsonl' ({\"id\", \"tokens\", \"sentences\"} per article) or 'table' (one token per line).",
    DefaultValueFactory = _ => "jsonl",
};
tokenizeFormatOption.AcceptOnlyFromAmong("jsonl", "table");
var tokenize = new Command("tokenize", "Split articles into tokens and sentences, with offsets.")
{
    filesArgument, inputFormatOption, tokenizeFormatOption, languageOption,
};
tokenize.SetAction(parsed =>
{
    var extractor = new QuoteExtractor(new QuoteExtractorOptions { Language = parsed.GetValue(languageOption) });
    var inputs = new InputReader(parsed.GetValue(filesArgument) ?? [], parsed.GetValue(inputFormatOption) == "jsonl");
    return Commands.Tokenize(extractor, inputs, parsed.GetValue(tokenizeFormatOption)!, Console.Out, Console.Error);
});

var root = new RootCommand("QuoteExtractor sample: who said what in a news article.") { extract, tokenize };
var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("usage: QuoteExtractor.Sample [extract|tokenize] [files...] [--input-format text|jsonl] [--format ...] [--language Auto|English|French]");
    Console.Error.WriteLine("Run with --help for details.");
    return ExitCodes.Usage;
}

return parseResult.Invoke();
