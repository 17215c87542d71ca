namespace QuoteExtraction.Tests.Evaluation;

/// <summary>Finds the shared evaluation data (<c>shared/eval</c> beside the repository), when it is there.</summary>
internal static class EvaluationData
{
    public static string? Find(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "eval", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
