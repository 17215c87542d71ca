namespace QuoteExtraction.Sample;

/// <summary>The sample's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>An input could not be read at all (missing or unreadable file).</summary>
    public const int InputError = 1;

    /// <summary>The command line was not understood.</summary>
    public const int Usage = 2;

    /// <summary>Some articles or lines failed; each got an error line and the others were processed.</summary>
    public const int SomeItemsFailed = 3;
}
