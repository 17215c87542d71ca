using SharpFuzz;

namespace QuoteExtraction.Fuzz;

/// <summary>
/// The fuzzing harness. With no argument it serves afl-fuzz through SharpFuzz (see run-fuzzer.sh);
/// with <c>--replay</c> it runs the target on files or folders of inputs and reports each one.
/// </summary>
internal static class Program
{
    /// <summary>Runs the harness.</summary>
    /// <param name="args">Nothing, to serve afl-fuzz; or <c>--replay</c> and input files or folders.</param>
    /// <returns>0 when every replayed input passed, 1 when one failed, 2 on a usage error.</returns>
    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                FuzzTarget.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            });
            return 0;
        }

        if (args[0] != "--replay" || args.Length < 2)
        {
            Console.Error.WriteLine("usage: QuoteExtractor.Fuzz                      serve afl-fuzz (see run-fuzzer.sh)");
            Console.Error.WriteLine("       QuoteExtractor.Fuzz --replay PATH...     run the checks on input files or folders of them");
            return 2;
        }

        int failures = 0;
        int count = 0;
        foreach (var path in args.Skip(1).SelectMany(Inputs))
        {
            count++;
            var data = File.ReadAllBytes(path);
            foreach (var (name, text) in FuzzTarget.Decodings(data))
            {
                try
                {
                    FuzzTarget.Check(text);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failures++;
                    Console.WriteLine($"FAIL {path} ({name}): {e.GetType().Name}: {e.Message}");
                    Console.WriteLine($"     input: {Literal.Of(text)}");
                    Console.WriteLine(e.StackTrace);
                }
            }
        }

        Console.WriteLine($"{count} input(s), {failures} failure(s)");
        return failures == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Inputs(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetFileName(f) != "README.txt").Order(StringComparer.Ordinal)
            : [path];
}
