using System.Diagnostics;
using System.Text;

namespace QuoteExtraction.Tests.Packaging;

/// <summary>Runs the <c>dotnet</c> command line from a test, the way a user's shell would.</summary>
internal sealed class DotnetCli
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    private DotnetCli(string path) => FilePath = path;

    /// <summary>The full path of the <c>dotnet</c> executable.</summary>
    public string FilePath { get; }

    /// <summary>Finds <c>dotnet</c> on PATH (or, failing that, the host the tests run under); null when there is none.</summary>
    public static DotnetCli? Find()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
        var found = onPath ?? Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return found is not null && File.Exists(found) ? new DotnetCli(found) : null;
    }

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/> and fails the test when it exits with an error.</summary>
    public string Run(string workingDirectory, params string[] arguments)
    {
        var (exitCode, output, errors) = TryRun(workingDirectory, arguments);
        exitCode.Should().Be(0, $"`dotnet {string.Join(' ', arguments)}` should succeed; it printed:\n{Tail(output)}\n{Tail(errors)}");
        return output;
    }

    /// <summary>Runs <c>dotnet</c> and returns its exit code and what it printed.</summary>
    public (int ExitCode, string Output, string Errors) TryRun(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(FilePath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host inherits the MSBuild settings of the `dotnet test` that started it; a child
        // command must find its SDK on its own, as it would from a shell.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {FilePath}.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`dotnet {string.Join(' ', arguments)}` did not finish within {s_timeout.TotalMinutes} minutes.");
        }

        // A build server left running could hold the pipes open; the process itself has exited.
        Task.WaitAll([output, errors], TimeSpan.FromSeconds(30));
        return (process.ExitCode, output.IsCompletedSuccessfully ? output.Result : string.Empty,
            errors.IsCompletedSuccessfully ? errors.Result : string.Empty);
    }

    private static string Tail(string text) => text.Length <= 6000 ? text : "…" + text[^6000..];
}
