namespace QuoteExtraction;

/// <summary>Grammatical or stated gender of a speaker, as far as the text tells.</summary>
public enum Gender : byte
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Female.</summary>
    Female,
}
