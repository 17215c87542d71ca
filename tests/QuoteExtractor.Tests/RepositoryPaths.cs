namespace QuoteExtraction.Tests;

/// <summary>Finds the repository's folders from the test assembly's output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test output that holds <c>QuoteExtractor.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "QuoteExtractor.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No QuoteExtractor.sln above {AppContext.BaseDirectory}: the tests must run from a build inside the repository.");
    }
}
