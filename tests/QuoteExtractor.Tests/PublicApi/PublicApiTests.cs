using PublicApiGenerator;

namespace QuoteExtraction.Tests.PublicApi;

/// <summary>
/// The library's public API is kept in <c>QuoteExtractor.approved.txt</c> beside this file, so that
/// every change to it is deliberate and shows up in review.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var folder = RepositoryPaths.Combine("tests", "QuoteExtractor.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "QuoteExtractor.approved.txt");
        var receivedPath = Path.Combine(folder, "QuoteExtractor.received.txt");

        var received = Normalize(typeof(QuoteExtractor).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Build metadata (repository URL, commit) varies with the clone; it is not API.
            ExcludeAttributes = ["System.Reflection.AssemblyMetadataAttribute"],
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
