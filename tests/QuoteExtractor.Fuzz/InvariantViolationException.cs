namespace QuoteExtraction.Fuzz;

/// <summary>Thrown when an analysis breaks one of the guarantees checked by <see cref="AnalysisInvariants"/>.</summary>
public sealed class InvariantViolationException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public InvariantViolationException()
        : base("An analysis broke one of its guarantees.")
    {
    }

    /// <summary>Creates the exception with a message that names the broken guarantee.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public InvariantViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that revealed the violation.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The exception that revealed the violation.</param>
    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
