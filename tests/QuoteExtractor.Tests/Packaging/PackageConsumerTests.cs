using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace QuoteExtraction.Tests.Packaging;

/// <summary>
/// The library as a NuGet package: what the package holds, and a new console project that
/// references it by version from a local folder feed (no project reference), runs the README's
/// example on a short article and prints what a user would see.
/// </summary>
public partial class PackageConsumerTests(PackageFixture fixture) : IClassFixture<PackageFixture>
{
    private const string Article = """
        Prime Minister Jane Smith presented the budget on Tuesday. “This plan protects every family,” Smith told reporters in Ottawa. “We will not raise taxes.”

        The opposition leader, Paul Durand, called it “a fantasy.”
        """;

    private const string NoDotnet = "dotnet is not on PATH, so the package cannot be built and consumed here";

    [SkippableFact]
    public void The_package_holds_the_library_its_docs_the_readme_and_the_metadata()
    {
        Skip.If(fixture.Dotnet is null, NoDotnet);
        var package = fixture.Package;

        File.Exists(package.SymbolsPath).Should().BeTrue("dotnet pack should also make the symbols package");
        using (var symbols = ZipFile.OpenRead(package.SymbolsPath))
        {
            symbols.Entries.Select(e => e.FullName).Should().Contain("lib/net10.0/QuoteExtractor.pdb");
        }

        using var zip = ZipFile.OpenRead(package.PackagePath);
        zip.Entries.Select(e => e.FullName).Should().Contain(
            ["QuoteExtractor.nuspec", "README.md", "lib/net10.0/QuoteExtractor.dll", "lib/net10.0/QuoteExtractor.xml"]);

        ReadText(zip, "README.md").Should().Be(File.ReadAllText(RepositoryPaths.Combine("README.md")));
        ReadText(zip, "lib/net10.0/QuoteExtractor.xml").Should().Contain("<member name=\"T:QuoteExtraction.QuoteExtractor\">");

        var nuspec = XDocument.Parse(ReadText(zip, "QuoteExtractor.nuspec"));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Field("id").Should().Be("QuoteExtractor");
        Field("version").Should().Be(package.Version);
        Field("authors").Should().Be("QuoteExtractor contributors");
        Field("license").Should().Be("MIT");
        Field("readme").Should().Be("README.md");
        Field("description").Should().Contain("quotation");
        Field("tags").Split(' ').Should().Contain(["quotes", "quotation", "attribution", "speaker", "nlp", "news", "journalism", "french"]);
        metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("type")!.Value.Should().Be("git");
        metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Should().BeEmpty("the library needs nothing but .NET");

        // Every lexicon file is a resource inside the assembly, under the name the loader asks for.
        using var dll = new MemoryStream();
        using (var entry = zip.GetEntry("lib/net10.0/QuoteExtractor.dll")!.Open())
        {
            entry.CopyTo(dll);
        }

        dll.Position = 0;
        using var pe = new PEReader(dll);
        var reader = pe.GetMetadataReader();
        var resources = reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name)).ToList();
        var lexicons = Directory.GetFiles(RepositoryPaths.Combine("src", "QuoteExtractor", "Lexicons", "Data"), "*.txt")
            .Select(f => $"QuoteExtraction.Lexicons.{Path.GetFileName(f)}").ToList();
        lexicons.Should().NotBeEmpty();
        resources.Should().Contain(lexicons);
    }

    [SkippableFact]
    public void A_new_project_that_references_the_package_by_version_finds_the_quotes_and_their_speakers()
    {
        Skip.If(fixture.Dotnet is null, NoDotnet);
        var package = fixture.Package;
        var dotnet = fixture.Dotnet!;

        var consumer = Path.Combine(fixture.WorkFolder, "Consumer");
        var packages = Path.Combine(fixture.WorkFolder, "packages");
        Directory.CreateDirectory(consumer);

        // Nothing from a folder above (the temporary folder's parents) may change the build.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(consumer, file), "<Project />\n");
        }

        // The feeds this machine is set up with stay (no <clear />); the local folder feed is added to them.
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="quoteextractor-local" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);

        // A packages folder of its own: the restore takes the package from the feed, not from a cache.
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{packages}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="QuoteExtractor" Version="[{package.Version}]" />
              </ItemGroup>
            </Project>
            """);

        // Program.cs is the README's example, word for word; the article is a constant beside it.
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), ReadmeExample());
        File.WriteAllText(Path.Combine(consumer, "Article.cs"), $$"""
            internal static class Article
            {
                internal const string articleText = {{Literal(Article)}};
            }
            """);
        File.WriteAllText(Path.Combine(consumer, "Usings.cs"), "global using static Article;\n");

        var output = Path.Combine(fixture.WorkFolder, "consumer-bin");
        dotnet.Run(consumer, "build", "Consumer.csproj", "-c", "Release", "-o", output, "--disable-build-servers");
        var printed = dotnet.Run(consumer, Path.Combine(output, "Consumer.dll"));

        // The package came from the feed, at the test's version.
        Directory.Exists(Path.Combine(packages, "quoteextractor", package.Version.ToLowerInvariant())).Should().BeTrue();
        File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json")).Should().Contain($"\"QuoteExtractor/{package.Version}\"");

        var lines = printed.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines.Should().Equal(
            "Jane Smith: This plan protects every family,",
            "Jane Smith: We will not raise taxes.",
            "Paul Durand: a fantasy.");

        // And the package does what the library built from this source does.
        lines.Should().Equal(new QuoteExtractor().ExtractQuotes(Article).Select(q => $"{q.Speaker?.Name}: {q.Text}"));
    }

    [Fact]
    public void The_readme_shows_the_package_at_the_version_the_build_makes()
    {
        File.ReadAllText(RepositoryPaths.Combine("README.md"))
            .Should().Contain($"<PackageReference Include=\"QuoteExtractor\" Version=\"{PackageFixture.VersionPrefix}\" />");
    }

    /// <summary>The C# block of the README's "Use the package" section.</summary>
    private static string ReadmeExample()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).ReplaceLineEndings("\n");
        var section = readme.IndexOf("\n## Use the package\n", StringComparison.Ordinal);
        section.Should().BeGreaterThanOrEqualTo(0, "the README should have a 'Use the package' section");
        var match = CSharpBlock().Match(readme, section);
        match.Success.Should().BeTrue("the 'Use the package' section should show a ```csharp example");
        return match.Groups["code"].Value;
    }

    private static string ReadText(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static string Literal(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .ReplaceLineEndings("\n").Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
