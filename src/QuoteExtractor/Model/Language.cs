namespace QuoteExtraction;

/// <summary>A language profile: the marks, abbreviations and rules used for an article.</summary>
public enum Language : byte
{
    /// <summary>Detect the language from the article itself.</summary>
    Auto,

    /// <summary>English rules.</summary>
    English,

    /// <summary>French rules.</summary>
    French,
}
