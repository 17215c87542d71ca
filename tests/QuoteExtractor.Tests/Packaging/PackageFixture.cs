namespace QuoteExtraction.Tests.Packaging;

/// <summary>
/// Packs the library once for the packaging tests, as <c>dotnet pack</c> does for a release, into a
/// local folder feed under a fresh temporary folder. The version gets a suffix of its own
/// (<c>0.1.0-pkgtest.…</c>), so that no copy of the package cached by an earlier run can stand in for it.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private readonly Lazy<PackedLibrary> _package;

    /// <summary>Finds <c>dotnet</c> and chooses the temporary folder; nothing is packed until a test asks.</summary>
    public PackageFixture()
    {
        Dotnet = DotnetCli.Find();
        WorkFolder = Path.Combine(Path.GetTempPath(), $"quoteextractor-package-{Guid.NewGuid():N}");
        _package = new Lazy<PackedLibrary>(Pack);
    }

    /// <summary>The <c>dotnet</c> command line, or null when there is none on this machine.</summary>
    internal DotnetCli? Dotnet { get; }

    /// <summary>The temporary folder that holds the feed and the consumer project; deleted afterwards.</summary>
    public string WorkFolder { get; }

    /// <summary>The packed library; packs it on first use.</summary>
    internal PackedLibrary Package => _package.Value;

    /// <summary>The version without suffix, as the library under test carries it (<c>0.1.0</c>).</summary>
    public static string VersionPrefix
    {
        get
        {
            var version = typeof(QuoteExtractor).Assembly.GetName().Version!;
            return $"{version.Major}.{version.Minor}.{version.Build}";
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(WorkFolder))
            {
                Directory.Delete(WorkFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temporary folder left behind is no failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private PackedLibrary Pack()
    {
        var dotnet = Dotnet ?? throw new InvalidOperationException("dotnet is not on PATH.");
        var feed = Path.Combine(WorkFolder, "feed");
        Directory.CreateDirectory(feed);
        var suffix = $"pkgtest.{Guid.NewGuid():N}"[..20];
        var project = RepositoryPaths.Combine("src", "QuoteExtractor", "QuoteExtractor.csproj");

        // The test project's build has restored the library already: --no-restore leaves its obj folder as it is.
        dotnet.Run(RepositoryPaths.Root, "pack", project, "-c", "Release", "-o", feed, $"-p:VersionSuffix={suffix}",
            "--no-restore", "--disable-build-servers");

        var version = $"{VersionPrefix}-{suffix}";
        return new PackedLibrary(feed, version,
            Path.Combine(feed, $"QuoteExtractor.{version}.nupkg"),
            Path.Combine(feed, $"QuoteExtractor.{version}.snupkg"));
    }
}

/// <summary>A package made by <see cref="PackageFixture"/>.</summary>
/// <param name="Feed">The local folder feed that holds it.</param>
/// <param name="Version">Its version, with the test's suffix.</param>
/// <param name="PackagePath">The <c>.nupkg</c> file.</param>
/// <param name="SymbolsPath">The <c>.snupkg</c> file.</param>
internal sealed record PackedLibrary(string Feed, string Version, string PackagePath, string SymbolsPath);
