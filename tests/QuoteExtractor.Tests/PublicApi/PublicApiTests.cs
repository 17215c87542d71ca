using Microsoft.Extensions.DependencyInjection;
using PublicApiGenerator;
using QuoteExtraction.Html;

namespace QuoteExtraction.Tests.PublicApi;

/// <summary>
/// The public API of each package is kept in <c>&lt;assembly&gt;.approved.txt</c> beside this file,
/// so that every change to it is deliberate and shows up in review.
/// </summary>
public class PublicApiTests
{
    /// <summary>The assemblies of the packages, by name.</summary>
    public static TheoryData<string> Packages => ["QuoteExtractor", "QuoteExtractor.DependencyInjection", "QuoteExtractor.Html"];

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_is_the_approved_one(string assemblyName)
    {
        var assembly = new[] { typeof(QuoteExtractor).Assembly, typeof(QuoteExtractorServiceCollectionExtensions).Assembly, typeof(HtmlArticleReader).Assembly }
            .Single(a => a.GetName().Name == assemblyName);
        var folder = RepositoryPaths.Combine("tests", "QuoteExtractor.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, $"{assemblyName}.approved.txt");
        var receivedPath = Path.Combine(folder, $"{assemblyName}.received.txt");

        var received = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Build metadata (repository URL, commit) varies with the clone; it is not API.
            ExcludeAttributes = ["System.Reflection.AssemblyMetadataAttribute"],

            // The service collection extensions live in Microsoft's namespace, which is left out unless allowed.
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
        }));
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;

        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        received.Should().Be(approved,
            $"the public API should match {approvedPath}. The API as built is in {receivedPath}: if the change is "
            + $"deliberate, approve it with `mv {receivedPath} {approvedPath}` and commit the approved file");
    }

    private static string Normalize(string api) => api.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
