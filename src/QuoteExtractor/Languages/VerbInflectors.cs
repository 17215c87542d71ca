namespace QuoteExtraction.Languages;

/// <summary>
/// The verb inflectors a language's settings can name (<c>speech-verb-inflector</c>): each turns a verb
/// as its list writes it (an infinitive) into every form news uses. A language whose lists hold every
/// form names none.
/// </summary>
internal static class VerbInflectors
{
    /// <summary>The inflector named <paramref name="name"/> in a language's settings.</summary>
    /// <exception cref="InvalidDataException">When no inflector has that name.</exception>
    public static Func<string, IEnumerable<string>> Named(string name) => name switch
    {
        "french-conjugation" => FrenchConjugation.Forms,
        _ => throw new InvalidDataException($"No verb inflector is named '{name}'."),
    };
}
