using QuoteExtraction.Sample;

return Cli.Run(args, Console.IsInputRedirected ? Console.OpenStandardInput() : null, Console.OpenStandardOutput(), Console.Error,
    showProgress: !Console.IsErrorRedirected, terminal: !Console.IsOutputRedirected);
