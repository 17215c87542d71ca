using QuoteExtraction.Sample;

return Cli.Run(args, Console.IsInputRedirected ? Console.In : null, Console.Out, Console.Error,
    showProgress: !Console.IsErrorRedirected, terminal: !Console.IsOutputRedirected);
