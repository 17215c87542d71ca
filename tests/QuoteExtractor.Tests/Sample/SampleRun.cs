using System.Text;
using QuoteExtraction.Sample;

namespace QuoteExtraction.Tests.Sample;

/// <summary>Runs the sample's command line in memory, as the console would: bytes in, bytes out.</summary>
internal static class SampleRun
{
    /// <summary>The exit code, standard output as bytes and standard error; null <paramref name="stdin"/> is a terminal.</summary>
    public static (int ExitCode, byte[] Output, string Errors) Bytes(string[] args, byte[]? stdin)
    {
        using var output = new MemoryStream();
        using var errors = new StringWriter();
        using var input = stdin is null ? null : new MemoryStream(stdin);
        int exitCode = Cli.Run(args, input, output, errors);
        return (exitCode, output.ToArray(), errors.ToString());
    }

    /// <summary>The same with UTF-8 text in and out.</summary>
    public static (int ExitCode, string Output, string Errors) Text(string[] args, string? stdin = null)
    {
        var (exitCode, output, errors) = Bytes(args, stdin is null ? null : Encoding.UTF8.GetBytes(stdin));
        return (exitCode, Encoding.UTF8.GetString(output), errors);
    }
}
